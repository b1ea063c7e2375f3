// What the lobby display reads of today's queue, in one live query: every
// call and recall of the day (for "now calling", the recent calls and the
// announcer), waiting counts per lane, and the lanes the windows serve.
import { useLiveQuery } from 'dexie-react-hooks';
import { localDay } from '../../domain/clock/local-day';
import { windowsFromTerminals } from '../../domain/queue/config';
import { waitingCounts } from '../../domain/queue/estimate';
import { deriveQueue, stampMillis, type TicketState } from '../../domain/queue/ticket-state';
import type { TicketEvent } from '../../domain/records/queue';
import { useTerminal } from '../app/terminal-context';
import { recordTable } from '../db/database';
import { ticketEventsOfDay, ticketsOfDay } from '../db/queries';
import type { CallToAnnounce } from '../state/announce-machine';

export interface CallView extends CallToAnnounce {
  readonly ticketId: string;
  readonly recall: boolean;
}

export interface LaneCount {
  readonly lane: string;
  readonly waiting: number;
}

export interface DisplayQueue {
  readonly day: string;
  /** Every call and recall of the day that stood, oldest first. */
  readonly calls: readonly CallView[];
  readonly lanes: readonly LaneCount[];
}

/** Calls and recalls that stood: an event the derivation refused (a lost race) is not shown. */
export function callsOf(states: readonly TicketState[], events: readonly TicketEvent[]): CallView[] {
  const refused = new Set<string>();
  const byTicket = new Map<string, TicketState>();
  for (const s of states) {
    byTicket.set(s.ticketId, s);
    for (const a of s.anomalies) refused.add(a.eventId);
  }
  const calls: CallView[] = [];
  for (const e of events) {
    if (e.type !== 'called' && e.type !== 'recalled') continue;
    const ticket = byTicket.get(e.ticketId);
    if (ticket === undefined || e.windowNumber === null || refused.has(e.id)) continue;
    calls.push({
      id: e.id,
      ticketId: e.ticketId,
      display: ticket.display,
      windowNumber: e.windowNumber,
      atMillis: stampMillis(e.at),
      recall: e.type === 'recalled',
    });
  }
  return calls;
}

/** Lanes the windows serve and lanes with tickets today, A to Z, with their waiting counts. */
export function laneCounts(states: readonly TicketState[], servedLanes: readonly string[]): LaneCount[] {
  const counts = waitingCounts(states);
  const lanes = new Set([...servedLanes, ...states.map((s) => s.lane)]);
  return [...lanes].sort().map((lane) => ({ lane, waiting: counts.get(lane) ?? 0 }));
}

export function useDisplayQueue(marketId: string): DisplayQueue | undefined {
  const { db, now } = useTerminal();
  const day = localDay(now());
  return useLiveQuery(async () => {
    const [tickets, events, terminals] = await Promise.all([
      ticketsOfDay(db, marketId, day),
      ticketEventsOfDay(db, marketId, day),
      recordTable(db, 'terminals').where('marketId').equals(marketId).toArray(),
    ]);
    const states = deriveQueue(tickets, events);
    const served = windowsFromTerminals(terminals).flatMap((w) => w.lanes);
    return { day, calls: callsOf(states, events), lanes: laneCounts(states, served) };
  }, [db, marketId, day]);
}
