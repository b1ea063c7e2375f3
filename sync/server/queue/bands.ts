// Fallback bands: each issuing terminal of a market gets one band index for
// good (sync/protocol/queue turns it into numbers). The unique index on
// (market_id, band_index) is what keeps two terminals out of one band; a
// race between two first leases is retried.
import type { Kysely } from 'kysely';
import { FALLBACK_BANDS } from '../../protocol/queue';
import type { Device } from '../store/devices';
import { isUniqueViolation } from '../store/errors';
import type { Database } from '../store/schema';

const ATTEMPTS = 3;

/** The device's band index, assigning the lowest free one; null when every band of the market is taken. */
export async function ensureBand(db: Kysely<Database>, device: Device): Promise<number | null> {
  if (device.bandIndex !== null) return device.bandIndex;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        const mine = await trx
          .selectFrom('devices')
          .select('band_index')
          .where('id', '=', device.id)
          .executeTakeFirst();
        if (mine?.band_index !== null && mine?.band_index !== undefined) return mine.band_index;
        const taken = await trx
          .selectFrom('devices')
          .select('band_index')
          .where('market_id', '=', device.marketId)
          .where('band_index', 'is not', null)
          .execute();
        const used = new Set(taken.map((r) => r.band_index));
        let free: number | null = null;
        for (let i = 0; i < FALLBACK_BANDS && free === null; i++) if (!used.has(i)) free = i;
        if (free === null) return null;
        // Only while still unset: a concurrent first lease of the same device may have set it.
        const set = await trx
          .updateTable('devices')
          .set({ band_index: free })
          .where('id', '=', device.id)
          .where('band_index', 'is', null)
          .executeTakeFirst();
        if (set.numUpdatedRows > 0n) return free;
        const again = await trx
          .selectFrom('devices')
          .select('band_index')
          .where('id', '=', device.id)
          .executeTakeFirst();
        return again?.band_index ?? null;
      });
    } catch (err) {
      // Another terminal of the market took the same index at the same moment
      // (unique violation): look again. Anything else, or too many tries, is a fault.
      if (!isUniqueViolation(err) || attempt >= ATTEMPTS) throw err;
    }
  }
}
