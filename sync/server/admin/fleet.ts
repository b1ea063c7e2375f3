// The fleet list: every device of the markets in reach with its last
// heartbeat, in one indexed select joined to the heartbeat rows, then its
// state worked out in memory (domain/fleet/fleet-state).
import type { Kysely } from 'kysely';
import { fleetState } from '../../../domain/fleet/fleet-state';
import type { Market } from '../../../domain/records/market';
import { printerStateSchema } from '../../protocol/heartbeat';
import { deviceRoleSchema } from '../../protocol/roles';
import type { FleetDevice } from '../../protocol/admin';
import type { Database } from '../store/schema';

export async function readFleet(db: Kysely<Database>, markets: readonly Market[], now: number): Promise<FleetDevice[]> {
  if (markets.length === 0) return [];
  const names = new Map(markets.map((m) => [m.id, m.name]));
  const out: FleetDevice[] = [];
  const ids = [...names.keys()];
  // Chunked so the IN list stays inside both dialects' parameter limits.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('devices')
      .leftJoin('device_heartbeats', 'device_heartbeats.device_id', 'devices.id')
      .select([
        'devices.id',
        'devices.label',
        'devices.role',
        'devices.market_id',
        'devices.revoked',
        'devices.created_at',
        'devices.last_seen_at',
        'device_heartbeats.received_at',
        'device_heartbeats.online_since',
        'device_heartbeats.app_version',
        'device_heartbeats.last_sync_at',
        'device_heartbeats.outbox_depth',
        'device_heartbeats.previous_outbox_depth',
        'device_heartbeats.unread_refusals',
        'device_heartbeats.printer_state',
        'device_heartbeats.free_disk_bytes',
      ])
      .where('devices.market_id', 'in', ids.slice(i, i + 500))
      .orderBy('devices.market_id')
      .orderBy('devices.label')
      .execute();
    for (const r of rows) {
      const hb =
        r.received_at === null
          ? null
          : {
              receivedAt: r.received_at,
              onlineSince: r.online_since ?? r.received_at,
              outboxDepth: r.outbox_depth ?? 0,
              previousOutboxDepth: r.previous_outbox_depth ?? 0,
            };
      const verdict = fleetState(hb, r.created_at, now);
      out.push({
        id: r.id,
        label: r.label,
        role: deviceRoleSchema.parse(r.role),
        marketId: r.market_id,
        marketName: names.get(r.market_id) ?? r.market_id,
        enrolledAt: r.created_at,
        lastSeenAt: r.last_seen_at,
        state: r.revoked !== 0 ? 'revoked' : verdict.state,
        since: verdict.since,
        heartbeat:
          r.received_at === null
            ? null
            : {
                receivedAt: r.received_at,
                appVersion: r.app_version ?? '',
                lastSyncAt: r.last_sync_at,
                outboxDepth: r.outbox_depth ?? 0,
                unreadRefusals: r.unread_refusals ?? 0,
                printer: printerStateSchema.catch('unknown').parse(r.printer_state),
                freeDiskBytes: r.free_disk_bytes,
              },
      });
    }
  }
  return out;
}
