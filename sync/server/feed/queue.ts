// The feed's outbound queue. `enqueueFeed` reads the records written since
// its cursor (the store's change order) and queues those the platform takes:
// published postings, job fairs listed on 渝职聘, seekers (every registration
// carries its consent), and confirmed results. Each item gets one delivery row
// per adapter. Items, deliveries and the cursor move in one transaction, so a
// crash queues nothing twice and skips nothing.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { parseRecord, recordTableSchema } from '../../../domain/records/registry';
import { FEED_FORMAT_VERSION, feedItemSchema, type FeedItem, type FeedKind } from '../../protocol/feed';
import type { Database } from '../store/schema';

export const FEED_ADAPTERS = ['http', 'file'] as const;
export type FeedAdapter = (typeof FEED_ADAPTERS)[number];
const CURSOR = 'records';
const PAGE = 500;

function digest(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 16);
}

/** The feed item for a stored record, or null when the platform does not take it. */
export function feedItemOf(table: string, body: string, queuedAt: number): FeedItem | null {
  const t = recordTableSchema.safeParse(table);
  if (!t.success) return null;
  const base = (kind: FeedKind, recordId: string, marketId: string) => ({
    formatVersion: FEED_FORMAT_VERSION,
    key: `${kind}:${recordId}:${digest(body)}`,
    recordId,
    marketId,
    queuedAt,
  });
  switch (t.data) {
    case 'postings': {
      const p = parseRecord('postings', JSON.parse(body));
      if (p.deleted || p.status !== 'published') return null;
      return feedItemSchema.parse({ ...base('posting', p.id, p.marketId), kind: 'posting', posting: p });
    }
    case 'recruitmentEvents': {
      const e = parseRecord('recruitmentEvents', JSON.parse(body));
      if (e.deleted || !e.listedOnYzp) return null;
      return feedItemSchema.parse({ ...base('job_fair', e.id, e.marketId), kind: 'job_fair', jobFair: e });
    }
    case 'seekers': {
      const s = parseRecord('seekers', JSON.parse(body));
      if (s.deleted) return null;
      const { idNumber: _id, hlc: _h, deleted: _d, ...seeker } = s;
      return feedItemSchema.parse({ ...base('seeker', s.id, s.marketId), kind: 'seeker', seeker });
    }
    case 'applications': {
      const a = parseRecord('applications', JSON.parse(body));
      if (a.deleted || a.confirmedAt === null || !['hired', 'declined', 'no_show'].includes(a.status)) return null;
      return feedItemSchema.parse({ ...base('result', a.id, a.marketId), kind: 'result', result: a });
    }
    default:
      return null;
  }
}

/** Queue what was written since the last call; returns how many items were queued. */
export async function enqueueFeed(db: Kysely<Database>, now: number): Promise<number> {
  let queued = 0;
  for (;;) {
    const more = await db.transaction().execute(async (trx) => {
      const cursor = await trx
        .selectFrom('feed_cursor')
        .select('version')
        .where('name', '=', CURSOR)
        .executeTakeFirst();
      const from = cursor?.version ?? 0;
      const rows = await trx
        .selectFrom('records')
        .select(['table_name', 'body', 'version'])
        .where('version', '>', from)
        .where('table_name', 'in', ['postings', 'recruitmentEvents', 'seekers', 'applications'])
        .orderBy('version')
        .limit(PAGE)
        .execute();
      const last = rows.at(-1);
      if (last === undefined) return false;
      for (const row of rows) {
        const item = feedItemOf(row.table_name, row.body, now);
        if (item === null) continue;
        const inserted = await trx
          .insertInto('feed_items')
          .values({
            key: item.key,
            kind: item.kind,
            record_id: item.recordId,
            market_id: item.marketId,
            body: JSON.stringify(item),
            created_at: now,
          })
          .onConflict((oc) => oc.column('key').doNothing())
          .executeTakeFirst();
        if ((inserted.numInsertedOrUpdatedRows ?? 0n) === 0n) continue;
        queued += 1;
        await trx
          .insertInto('feed_deliveries')
          .values(
            FEED_ADAPTERS.map((adapter) => ({
              item_key: item.key,
              adapter,
              status: 'pending',
              attempts: 0,
              next_attempt_at: now,
              last_error: null,
              delivered_at: null,
            })),
          )
          .execute();
      }
      await trx
        .insertInto('feed_cursor')
        .values({ name: CURSOR, version: last.version })
        .onConflict((oc) => oc.column('name').doUpdateSet({ version: last.version }))
        .execute();
      return rows.length === PAGE;
    });
    if (!more) return queued;
  }
}

export interface DueItem {
  readonly key: string;
  readonly body: string;
  readonly attempts: number;
}

export async function dueItems(
  db: Kysely<Database>,
  adapter: FeedAdapter,
  now: number,
  limit: number,
): Promise<DueItem[]> {
  return db
    .selectFrom('feed_deliveries')
    .innerJoin('feed_items', 'feed_items.key', 'feed_deliveries.item_key')
    .select(['feed_items.key', 'feed_items.body', 'feed_deliveries.attempts'])
    .where('feed_deliveries.adapter', '=', adapter)
    .where('feed_deliveries.status', '=', 'pending')
    .where('feed_deliveries.next_attempt_at', '<=', now)
    .orderBy('feed_deliveries.next_attempt_at')
    .orderBy('feed_items.key')
    .limit(limit)
    .execute();
}

export async function markDelivered(
  db: Kysely<Database>,
  adapter: FeedAdapter,
  keys: readonly string[],
  now: number,
): Promise<void> {
  if (keys.length === 0) return;
  await db
    .updateTable('feed_deliveries')
    .set((eb) => ({ status: 'delivered', delivered_at: now, attempts: eb('attempts', '+', 1), last_error: null }))
    .where('adapter', '=', adapter)
    .where('item_key', 'in', [...keys])
    .execute();
}

export async function markFailed(
  db: Kysely<Database>,
  adapter: FeedAdapter,
  key: string,
  attempts: number,
  error: string,
  nextAttemptAt: number | null,
): Promise<void> {
  await db
    .updateTable('feed_deliveries')
    .set({
      attempts,
      last_error: error.slice(0, 300),
      status: nextAttemptAt === null ? 'dead' : 'pending',
      next_attempt_at: nextAttemptAt ?? 0,
    })
    .where('adapter', '=', adapter)
    .where('item_key', '=', key)
    .execute();
}

export interface DeadLetter {
  readonly key: string;
  readonly adapter: FeedAdapter;
  readonly kind: string;
  readonly marketId: string | null;
  readonly attempts: number;
  readonly lastError: string | null;
}

export async function deadLetters(db: Kysely<Database>): Promise<DeadLetter[]> {
  const rows = await db
    .selectFrom('feed_deliveries')
    .innerJoin('feed_items', 'feed_items.key', 'feed_deliveries.item_key')
    .select([
      'feed_items.key',
      'feed_deliveries.adapter',
      'feed_items.kind',
      'feed_items.market_id',
      'feed_deliveries.attempts',
      'feed_deliveries.last_error',
    ])
    .where('feed_deliveries.status', '=', 'dead')
    .orderBy('feed_items.key')
    .execute();
  return rows.map((r) => ({
    key: r.key,
    adapter: r.adapter === 'file' ? 'file' : 'http',
    kind: r.kind,
    marketId: r.market_id,
    attempts: r.attempts,
    lastError: r.last_error,
  }));
}

/** Put a dead letter back in the queue, due now, with its attempts reset. */
export async function retryDeadLetter(
  db: Kysely<Database>,
  key: string,
  adapter: FeedAdapter,
  now: number,
): Promise<boolean> {
  const r = await db
    .updateTable('feed_deliveries')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now })
    .where('item_key', '=', key)
    .where('adapter', '=', adapter)
    .where('status', '=', 'dead')
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}
