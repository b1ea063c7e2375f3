// POST /v1/relay/devices (hub only): the hub registers the terminals it
// serves, with their token hashes, before relaying their mutations. The
// central server then tracks lastMutationId per original device, whichever
// path its mutations take, and the terminal can fail over to the central
// server with the same id and token. A hub can register only new ids or ids
// it registered itself, always into its own market. Of a device it registered
// before it may change the label and band and revoke it, never un-revoke it
// (a revocation made here, by an operator, stands whatever the hub still
// believes) and never give it another token: a hub that could re-key a
// terminal could take over its id.
import type { FastifyInstance } from 'fastify';
import { RELAY_DEVICES_PATH } from '../../protocol/paths';
import { relayDevicesRequestSchema, type RelayDevicesRequest, type RelayDevicesResponse } from '../../protocol/relay';
import { HUB_ROLE } from '../../protocol/roles';
import type { ServerContext } from '../http/context';
import type { Device } from '../store/devices';
import { ProtocolError } from '../http/protocol-error';
import { isUniqueViolation } from '../store/errors';

export function relayRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: RelayDevicesRequest }>(
    RELAY_DEVICES_PATH,
    { schema: { body: relayDevicesRequestSchema }, onRequest: ctx.auth.onRequest },
    async (request): Promise<RelayDevicesResponse> => {
      const hub = ctx.auth.deviceOf(request);
      if (hub.role !== HUB_ROLE) throw new ProtocolError(403, 'forbidden', hub.role);
      const { devices } = request.body;
      const now = ctx.now();
      await registerDevices(ctx, hub, request.body.devices, now);
      return { registered: devices.length };
    },
  );
}

async function registerDevices(
  ctx: ServerContext,
  hub: Device,
  devices: RelayDevicesRequest['devices'],
  now: number,
): Promise<void> {
  try {
    await ctx.store.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('devices')
        .select(['id', 'hub_id', 'market_id', 'token_hash', 'revoked'])
        .where(
          'id',
          'in',
          devices.map((d) => d.deviceId),
        )
        .execute();
      const known = new Map(existing.map((e) => [e.id, e]));
      for (const d of devices) {
        const row = known.get(d.deviceId);
        if (row !== undefined && (row.hub_id !== hub.id || row.market_id !== hub.marketId)) {
          throw new ProtocolError(403, 'relay_scope', d.deviceId);
        }
        if (row !== undefined && row.token_hash !== d.tokenHash) {
          throw new ProtocolError(403, 'relay_scope', `${d.deviceId}: token change`);
        }
        const fields = {
          role: d.role,
          label: d.label,
          token_hash: d.tokenHash,
          revoked: d.revoked || (row !== undefined && row.revoked !== 0) ? 1 : 0,
          band_index: d.bandIndex,
        };
        if (row === undefined) {
          await trx
            .insertInto('devices')
            .values({
              id: d.deviceId,
              market_id: hub.marketId,
              last_mutation_id: 0,
              created_at: now,
              last_seen_at: null,
              hub_id: hub.id,
              ...fields,
            })
            .execute();
        } else {
          await trx.updateTable('devices').set(fields).where('id', '=', d.deviceId).execute();
        }
      }
    });
  } catch (err) {
    // Another device of the market holds that band, or (astronomically) that token hash.
    if (isUniqueViolation(err)) throw new ProtocolError(409, 'relay_scope', 'band or token already taken');
    throw err;
  }
}
