// Call claims: the compare-and-set that lets one window only call a ticket.
// One row per (market, ticket); the INSERT … ON CONFLICT DO NOTHING and the
// conditional UPDATE are each atomic on both dialects, so of two windows
// claiming at once exactly one gets the row.
import type { Kysely } from 'kysely';
import type { ClaimResponse } from '../../protocol/queue';
import type { Database } from '../store/schema';

export interface ClaimInput {
  readonly marketId: string;
  readonly ticketId: string;
  readonly windowNumber: number;
  readonly deviceId: string;
  readonly now: number;
}

export async function claimTicket(db: Kysely<Database>, input: ClaimInput): Promise<ClaimResponse> {
  const { marketId, ticketId, windowNumber, deviceId, now } = input;
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('queue_claims')
      .values({
        market_id: marketId,
        ticket_id: ticketId,
        round: 0,
        window_number: windowNumber,
        device_id: deviceId,
        claimed_at: now,
        released: 0,
      })
      .onConflict((oc) => oc.columns(['market_id', 'ticket_id']).doNothing())
      .returning('round')
      .executeTakeFirst();
    if (inserted !== undefined) return { status: 'ok', ticketId, windowNumber, round: 0, at: now };

    // A transfer released the last round: the first window to claim again gets the next one.
    const reclaimed = await trx
      .updateTable('queue_claims')
      .set((eb) => ({
        round: eb('round', '+', 1),
        window_number: windowNumber,
        device_id: deviceId,
        claimed_at: now,
        released: 0,
      }))
      .where('market_id', '=', marketId)
      .where('ticket_id', '=', ticketId)
      .where('released', '=', 1)
      .returning('round')
      .executeTakeFirst();
    if (reclaimed !== undefined) return { status: 'ok', ticketId, windowNumber, round: reclaimed.round, at: now };

    const held = await trx
      .selectFrom('queue_claims')
      .select(['round', 'window_number', 'claimed_at'])
      .where('market_id', '=', marketId)
      .where('ticket_id', '=', ticketId)
      .executeTakeFirstOrThrow();
    // The same window calling again is a recall, not a contest.
    if (held.window_number === windowNumber) {
      return { status: 'ok', ticketId, windowNumber, round: held.round, at: held.claimed_at };
    }
    return {
      status: 'lost',
      ticketId,
      by: { windowNumber: held.window_number, at: held.claimed_at },
      round: held.round,
    };
  });
}

/**
 * A `transferred` event releases the ticket's claim, so another window may
 * claim the next round. Only the holder's own transfer releases it (when the
 * event names its window), so a late event of an older round cannot free a
 * newer claim.
 */
export async function releaseOnTransfer(
  trx: Kysely<Database>,
  transfers: readonly { marketId: string; ticketId: string; windowNumber: number | null }[],
): Promise<void> {
  for (const t of transfers) {
    let q = trx
      .updateTable('queue_claims')
      .set({ released: 1 })
      .where('market_id', '=', t.marketId)
      .where('ticket_id', '=', t.ticketId)
      .where('released', '=', 0);
    if (t.windowNumber !== null) q = q.where('window_number', '=', t.windowNumber);
    await q.execute();
  }
}
