// One rating per ticket (第十七条): a ticket is rated once, whichever kiosk
// or window the rating comes from. The first rating to reach the server keeps
// the ticket; another rating naming it is refused with `rating_taken`, while
// the same rating written again (a correction, or a retried push) passes.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import type { Accepted } from './judge';

function ratedTicket(a: Accepted): string | null {
  if (a.table !== 'surveyResponses') return null;
  const t = a.record.ticketId;
  return typeof t === 'string' ? t : null;
}

export class RatedTickets {
  private constructor(private readonly owners: Map<string, string>) {}

  /** The stored owner of every ticket the batch's ratings name. */
  static async read(trx: Kysely<Database>, accepted: readonly Accepted[]): Promise<RatedTickets> {
    const tickets = [...new Set(accepted.map(ratedTicket).filter((t): t is string => t !== null))];
    const owners = new Map<string, string>();
    if (tickets.length > 0) {
      const rows = await trx
        .selectFrom('rating_tickets')
        .select(['ticket_id', 'rating_id'])
        .where('ticket_id', 'in', tickets)
        .execute();
      for (const r of rows) owners.set(r.ticket_id, r.rating_id);
    }
    return new RatedTickets(owners);
  }

  /** False when another rating already holds this one's ticket; else the ticket is held for it. */
  claim(a: Accepted): boolean {
    const ticket = ratedTicket(a);
    if (ticket === null) return true;
    const owner = this.owners.get(ticket);
    if (owner !== undefined && owner !== a.id) return false;
    this.owners.set(ticket, a.id);
    return true;
  }

  /** Keeps the new holders, in the push's transaction. */
  async write(trx: Kysely<Database>, written: readonly Accepted[]): Promise<void> {
    const rows = written.flatMap((a) => {
      const ticket = ratedTicket(a);
      return ticket === null ? [] : [{ ticket_id: ticket, rating_id: a.id }];
    });
    if (rows.length === 0) return;
    await trx
      .insertInto('rating_tickets')
      .values(rows)
      .onConflict((oc) => oc.column('ticket_id').doNothing())
      .execute();
  }
}
