// What the operator runs after restoring the store from a backup (`npm run
// cli -- restored`). The backup is older than what terminals already had
// acknowledged, so two things are wrong at once: their pull cursors point past
// the restored counter, and their next mutation ids are past the restored
// `last_mutation_id`. A new epoch makes every terminal pull everything again
// and queue again what it wrote itself; `rebase_pending` lets each device's
// next push start past its gap once instead of stopping there for ever.
import type { Kysely } from 'kysely';
import { rotateEpoch } from './meta';
import type { Database } from './schema';

export interface RestoreMarked {
  readonly epoch: string;
  /** Devices (not revoked) whose next push may start past a gap. */
  readonly devices: number;
}

export async function markRestored(db: Kysely<Database>): Promise<RestoreMarked> {
  return db.transaction().execute(async (trx) => {
    const epoch = await rotateEpoch(trx);
    const result = await trx
      .updateTable('devices')
      .set({ rebase_pending: 1 })
      .where('revoked', '=', 0)
      .executeTakeFirst();
    return { epoch, devices: Number(result.numUpdatedRows) };
  });
}
