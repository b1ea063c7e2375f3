// POST /v1/heartbeat: keep the device's last report (one row, replaced), with
// the start of its current unbroken run of heartbeats and its previous outbox
// depth, which the fleet list needs (domain/fleet/fleet-state).
import type { FastifyInstance } from 'fastify';
import { nextOnlineSince } from '../../../domain/fleet/fleet-state';
import { HEARTBEAT_PATH, heartbeatRequestSchema, type HeartbeatRequest } from '../../protocol/heartbeat';
import type { ServerContext } from '../http/context';
import { ProtocolError } from '../http/protocol-error';

export function heartbeatRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: HeartbeatRequest }>(
    HEARTBEAT_PATH,
    { schema: { body: heartbeatRequestSchema }, onRequest: ctx.auth.onRequest },
    async (request) => {
      const device = ctx.auth.deviceOf(request);
      const body = request.body;
      if (body.deviceId !== device.id) throw new ProtocolError(403, 'device_mismatch');
      const now = ctx.now();
      await ctx.store.db.transaction().execute(async (trx) => {
        const prev = await trx
          .selectFrom('device_heartbeats')
          .select(['received_at', 'online_since', 'outbox_depth', 'previous_outbox_depth'])
          .where('device_id', '=', device.id)
          .executeTakeFirst();
        const last =
          prev === undefined
            ? null
            : {
                receivedAt: prev.received_at,
                onlineSince: prev.online_since,
                outboxDepth: prev.outbox_depth,
                previousOutboxDepth: prev.previous_outbox_depth,
              };
        const row = {
          device_id: device.id,
          received_at: now,
          online_since: nextOnlineSince(last, now),
          app_version: body.appVersion,
          last_sync_at: body.lastSyncAt,
          outbox_depth: body.outboxDepth,
          previous_outbox_depth: prev?.outbox_depth ?? body.outboxDepth,
          unread_refusals: body.unreadRefusals,
          printer_state: body.printer,
          free_disk_bytes: body.freeDiskBytes,
        };
        await trx
          .insertInto('device_heartbeats')
          .values(row)
          .onConflict((oc) =>
            oc.column('device_id').doUpdateSet({
              received_at: row.received_at,
              online_since: row.online_since,
              app_version: row.app_version,
              last_sync_at: row.last_sync_at,
              outbox_depth: row.outbox_depth,
              previous_outbox_depth: row.previous_outbox_depth,
              unread_refusals: row.unread_refusals,
              printer_state: row.printer_state,
              free_disk_bytes: row.free_disk_bytes,
            }),
          )
          .execute();
        await trx.updateTable('devices').set({ last_seen_at: now }).where('id', '=', device.id).execute();
      });
      return { ok: true as const, receivedAt: now };
    },
  );
}
