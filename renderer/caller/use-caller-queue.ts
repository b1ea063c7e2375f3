// Today's queue as the window needs it: each ticket's derived state plus what
// the kiosk attached (the job a seeker picked), from one live query.
import { useLiveQuery } from 'dexie-react-hooks';
import { localDay } from '../../domain/clock/local-day';
import { deriveQueue } from '../../domain/queue/ticket-state';
import { useTerminal } from '../app/terminal-context';
import { ticketEventsOfDay, ticketsOfDay } from '../db/queries';
import type { CallerTicket } from '../state/caller-machine';

export function useCallerQueue(marketId: string): readonly CallerTicket[] | undefined {
  const { db, now } = useTerminal();
  const day = localDay(now());
  return useLiveQuery(async () => {
    const [tickets, events] = await Promise.all([
      ticketsOfDay(db, marketId, day),
      ticketEventsOfDay(db, marketId, day),
    ]);
    const postingOf = new Map(tickets.map((t) => [t.id, t.context.postingId]));
    return deriveQueue(tickets, events).map((s) => ({ ...s, postingId: postingOf.get(s.ticketId) ?? null }));
  }, [db, marketId, day]);
}
