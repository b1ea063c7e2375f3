// Tombstone retention: deletions are kept so every terminal hears of them,
// then purged after a retention period. Purging raises the store's
// min_cursor, so a terminal whose cursor is older than a purged tombstone
// gets a reset (it would otherwise never learn of that deletion).
import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** Default retention: a terminal offline longer than this pulls everything again. */
export const TOMBSTONE_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * Delete tombstones whose HLC is older than `beforeMillis` (HLC stamps start
 * with the ISO time, so string order is time order). Returns how many went.
 */
export async function purgeTombstones(db: Kysely<Database>, beforeMillis: number): Promise<number> {
  const cutoff = new Date(beforeMillis).toISOString();
  return db.transaction().execute(async (trx) => {
    const top = await trx
      .selectFrom('records')
      .select((eb) => eb.fn.max<number | null>('version').as('max'))
      .where('deleted', '=', 1)
      .where('hlc', '<', cutoff)
      .executeTakeFirst();
    const max = top?.max;
    if (max === undefined || max === null) return 0; // no tombstone old enough
    const result = await trx
      .deleteFrom('records')
      .where('deleted', '=', 1)
      .where('hlc', '<', cutoff)
      .where('version', '<=', max)
      .executeTakeFirst();
    await trx
      .updateTable('store_meta')
      .set((eb) => ({
        min_cursor: eb.case().when('min_cursor', '<', max).then(max).else(eb.ref('min_cursor')).end(),
      }))
      .where('id', '=', 1)
      .execute();
    return Number(result.numDeletedRows);
  });
}
