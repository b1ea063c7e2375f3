// Requests check revocation on every call, but a poke socket stays open: a
// periodic sweep closes the sockets of devices revoked since they connected
// (by the CLI, possibly in another process).
import type { Kysely } from 'kysely';
import type { PokeHub } from './poke-hub';
import type { Database } from './store/schema';

export const DEFAULT_SWEEP_MS = 30_000;

export async function sweepRevoked(db: Kysely<Database>, hub: PokeHub): Promise<number> {
  const ids = [...hub.deviceIds()];
  if (ids.length === 0) return 0;
  let closed = 0;
  // Chunked so the IN list stays well inside both dialects' parameter limits.
  for (let i = 0; i < ids.length; i += 500) {
    const revoked = await db
      .selectFrom('devices')
      .select('id')
      .where('id', 'in', ids.slice(i, i + 500))
      .where('revoked', '=', 1)
      .execute();
    for (const { id } of revoked) {
      hub.disconnect(id);
      closed += 1;
    }
  }
  return closed;
}
