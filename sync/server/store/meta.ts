// The store's single meta row: epoch, change-order counter, retention floor.
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

export interface StoreMeta {
  readonly epoch: string;
  readonly version: number;
  readonly minCursor: number;
}

/**
 * Every pull reads this row first, so it is one plain statement (the same
 * text on both dialects) rather than a query built node by node.
 */
export async function readMeta(db: Kysely<Database>): Promise<StoreMeta> {
  const { rows } = await sql<Pick<Database['store_meta'], 'epoch' | 'version' | 'min_cursor'>>`
    select epoch, version, min_cursor from store_meta where id = 1`.execute(db);
  const row = rows[0];
  if (row === undefined) throw new Error('store_meta 缺少记录 / store_meta has no row: the store is not migrated');
  return { epoch: row.epoch, version: row.version, minCursor: row.min_cursor };
}

/**
 * Reserve `count` versions inside the caller's write transaction and return
 * the first. The UPDATE takes the row's lock until commit, so on PostgreSQL
 * a later transaction gets higher versions only after this one has committed:
 * a pull that sees version v has seen every version below it.
 */
export async function reserveVersions(trx: Kysely<Database>, count: number): Promise<number> {
  const row = await trx
    .updateTable('store_meta')
    .set((eb) => ({ version: eb('version', '+', count) }))
    .where('id', '=', 1)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version - count + 1;
}

/**
 * Give the store a new epoch, e.g. after restoring a backup: every terminal's
 * cursor then gets a reset answer and it pulls everything again.
 */
export async function rotateEpoch(db: Kysely<Database>): Promise<string> {
  const epoch = randomBytes(12).toString('base64url');
  await db.updateTable('store_meta').set({ epoch }).where('id', '=', 1).execute();
  return epoch;
}
