// Reading a pull page. The counter is read before the rows: every version at
// or below it belongs to a committed transaction (the counter row is locked
// until commit), so reading rows up to it can never skip one that commits later.
import type { Kysely } from 'kysely';
import type { RecordTable } from '../../../domain/records/registry';
import { projectForRole } from '../../protocol/public-records';
import { RESET_MESSAGES, type PullResponse } from '../../protocol/pull';
import type { DeviceRole } from '../../protocol/roles';
import { readMeta, type StoreMeta } from '../store/meta';
import type { Database } from '../store/schema';

export interface PageRequest {
  /** Some roles receive some tables only as their public projection. */
  readonly role: DeviceRole;
  readonly marketId: string;
  readonly tables: readonly RecordTable[];
  readonly cursor: string | null;
  readonly epoch: string | null;
  readonly limit: number;
  /**
   * Kiosks and displays: postings only as published. One that was published
   * and is no longer (withdrawn, expired, sent back for review) comes as a
   * tombstone so the screen drops it; one never published is left out.
   */
  readonly publishedPostingsOnly?: boolean;
}

/** A posting change as a kiosk or display may see it, or null when it must not see it at all. */
export function publicPostingChange(record: Record<string, unknown>): Record<string, unknown> | null {
  if (record.status === 'published' || record.deleted === true) return record;
  if (record.publishedAt === null || record.publishedAt === undefined) return null;
  return { ...record, deleted: true };
}

export async function readPage(db: Kysely<Database>, req: PageRequest): Promise<PullResponse> {
  return (await readPageAt(db, req)).page;
}

/** The page and the store's meta row it was read at (the page cache keys on it). */
export async function readPageAt(
  db: Kysely<Database>,
  req: PageRequest,
): Promise<{ page: PullResponse; meta: StoreMeta }> {
  return db.transaction().execute(async (trx) => {
    const meta = await readMeta(trx);
    return { page: await pageAt(trx, meta, req), meta };
  });
}

async function pageAt(trx: Kysely<Database>, meta: StoreMeta, req: PageRequest): Promise<PullResponse> {
  const reset = (reason: keyof typeof RESET_MESSAGES): PullResponse => ({
    type: 'reset',
    reason,
    epoch: meta.epoch,
    message: RESET_MESSAGES[reason],
  });
  // A cursor means nothing without the epoch it was made in.
  if (req.cursor !== null && req.epoch !== meta.epoch) return reset('unknown_epoch');
  const after = req.cursor === null ? 0 : Number(req.cursor);
  if (after > meta.version) return reset('cursor_ahead');
  if (req.cursor !== null && after < meta.minCursor) return reset('cursor_too_old');
  if (req.tables.length === 0) {
    return { type: 'page', changes: [], nextCursor: String(meta.version), hasMore: false, epoch: meta.epoch };
  }
  const rows = await trx
    .selectFrom('records')
    .select(['table_name', 'body', 'version'])
    .where('version', '>', after)
    .where('version', '<=', meta.version)
    .where((eb) => eb.or([eb('market_id', '=', req.marketId), eb('market_id', 'is', null)]))
    .where('table_name', 'in', req.tables)
    .orderBy('version')
    .limit(req.limit + 1)
    .execute();
  const hasMore = rows.length > req.limit;
  const page = hasMore ? rows.slice(0, req.limit) : rows;
  const last = page.at(-1);
  return {
    type: 'page',
    changes: page.flatMap((r) => {
      const table = r.table_name as RecordTable;
      const body = projectForRole(req.role, table, JSON.parse(r.body) as Record<string, unknown>);
      const record =
        body !== null && req.publishedPostingsOnly === true && table === 'postings' ? publicPostingChange(body) : body;
      return record === null ? [] : [{ table, record }];
    }),
    // A short page has read everything up to the counter, so the cursor
    // jumps there even if the last rows were other markets'.
    nextCursor: String(hasMore && last !== undefined ? last.version : meta.version),
    hasMore,
    epoch: meta.epoch,
  };
}
