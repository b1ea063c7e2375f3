// Number-block leases. The counter row of (market, day, lane) is raised inside
// the lease's transaction and locked until it commits (the UPDATE takes the
// row lock on PostgreSQL; SQLite serialises writers), so two leases can never
// receive overlapping numbers, in one process or several.
import type { Kysely } from 'kysely';
import { LEASE_LAST_NUMBER, type NumberRange } from '../../protocol/queue';
import type { Database } from '../store/schema';

export interface LaneDay {
  readonly marketId: string;
  readonly day: string;
  readonly lane: string;
}

export type LeaseResult = { readonly kind: 'leased'; readonly range: NumberRange } | { readonly kind: 'empty' };

/**
 * Take up to `size` numbers from the lane's counter for `deviceId`. `empty`
 * when the counter has nothing left: on the central server the day's lease
 * space is used up; on a hub its block from the central server is.
 * `initialLimit` is the last number a fresh counter may hand out: the whole
 * lease space on the central server, 0 on a hub (it holds nothing yet).
 */
export async function takeNumbers(
  db: Kysely<Database>,
  key: LaneDay,
  size: number,
  deviceId: string,
  now: number,
  initialLimit: number = LEASE_LAST_NUMBER,
): Promise<LeaseResult> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('queue_counters')
      .values({ ...laneRow(key), next_number: 1, limit_number: initialLimit })
      .onConflict((oc) => oc.columns(['market_id', 'day', 'lane']).doNothing())
      .execute();
    // The no-op UPDATE locks the row and reads its latest committed state.
    const counter = await trx
      .updateTable('queue_counters')
      .set((eb) => ({ next_number: eb.ref('next_number') }))
      .where('market_id', '=', key.marketId)
      .where('day', '=', key.day)
      .where('lane', '=', key.lane)
      .returning(['next_number', 'limit_number'])
      .executeTakeFirstOrThrow();
    if (counter.next_number > counter.limit_number) return { kind: 'empty' };
    const from = counter.next_number;
    const to = Math.min(from + size - 1, counter.limit_number);
    await trx
      .updateTable('queue_counters')
      .set({ next_number: to + 1 })
      .where('market_id', '=', key.marketId)
      .where('day', '=', key.day)
      .where('lane', '=', key.lane)
      .execute();
    await trx
      .insertInto('queue_leases')
      .values({ ...laneRow(key), from_number: from, to_number: to, device_id: deviceId, leased_at: now })
      .execute();
    return { kind: 'leased', range: { from, to } };
  });
}

/**
 * On a hub: start handing out a block just leased from the central server.
 * Only when the counter is still empty, so a block fetched by two requests at
 * once is used by one of them (the other is left unused: numbers are skipped,
 * never repeated).
 */
export async function refillCounter(db: Kysely<Database>, key: LaneDay, block: NumberRange): Promise<boolean> {
  const result = await db
    .updateTable('queue_counters')
    .set({ next_number: block.from, limit_number: block.to })
    .where('market_id', '=', key.marketId)
    .where('day', '=', key.day)
    .where('lane', '=', key.lane)
    .where((eb) => eb('next_number', '>', eb.ref('limit_number')))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

function laneRow(key: LaneDay): { market_id: string; day: string; lane: string } {
  return { market_id: key.marketId, day: key.day, lane: key.lane };
}
