// Today's queue of the terminal's market, derived from the local store: every
// ticket of the market's local day with the state its events give it. All
// three roles read the queue through this one hook, so they agree on it.
import { useLiveQuery } from 'dexie-react-hooks';
import { localDay } from '../../domain/clock/local-day';
import { deriveQueue, type TicketState } from '../../domain/queue/ticket-state';
import { ticketEventsOfDay, ticketsOfDay } from '../db/queries';
import { useTerminal } from './terminal-context';

export interface QueueToday {
  readonly day: string;
  readonly states: readonly TicketState[];
}

export function useQueueToday(marketId: string): QueueToday | undefined {
  const { db, now } = useTerminal();
  const day = localDay(now());
  return useLiveQuery(async () => {
    const [tickets, events] = await Promise.all([
      ticketsOfDay(db, marketId, day),
      ticketEventsOfDay(db, marketId, day),
    ]);
    return { day, states: deriveQueue(tickets, events) };
  }, [db, marketId, day]);
}
