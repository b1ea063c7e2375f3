// Shared data for the caller's headless tests: today's queue built from real
// ticket records and events through the domain's derivation.
import { formatStamp } from '../../../../domain/clock/hlc';
import { uuidv7 } from '../../../../domain/ids/uuidv7';
import { deriveQueue } from '../../../../domain/queue/ticket-state';
import type { Priority, Ticket, TicketEvent } from '../../../../domain/records/queue';
import type { CallerTicket, CallerWindow } from '../../../../renderer/state/caller-machine';
import { seededRandom } from '../db/fixtures';

export const NOW = Date.parse('2026-11-26T02:00:00.000Z');
export const DAY = '2026-11-26';
const random = seededRandom(42);
export const id = (): string => uuidv7(NOW - 3_600_000, random);

export const MARKET = id();
export const ME = id();
export const KIOSK = id();
export const STAFF = id();

export const WINDOWS = [
  { number: 1, lanes: ['A', 'C'] },
  { number: 2, lanes: ['B', 'C', 'D'] },
];

export const WINDOW_1: CallerWindow = {
  marketId: MARKET,
  terminalId: ME,
  windowNumber: 1,
  lanes: ['A', 'C'],
  windows: WINDOWS,
};

const SERVICE: Record<string, string> = {
  A: 'seeker-registration',
  B: 'employer-registration',
  C: 'quick-match',
  D: 'policy',
};

export interface TicketSpec {
  readonly lane: string;
  readonly number: number;
  readonly minutesAgo: number;
  readonly priority?: Priority;
  readonly issuedBy?: string;
  readonly postingId?: string | null;
  readonly marketId?: string;
}

export function ticket(spec: TicketSpec): Ticket {
  const stamp = formatStamp({ millis: NOW - spec.minutesAgo * 60_000, counter: spec.number, node: 'aaaaaaaaaaaaaaaa' });
  return {
    id: id(),
    hlc: stamp,
    deleted: false,
    marketId: spec.marketId ?? MARKET,
    day: DAY,
    lane: spec.lane,
    serviceCode: SERVICE[spec.lane] ?? 'policy',
    number: spec.number,
    display: `${spec.lane}${String(spec.number).padStart(3, '0')}`,
    priority: spec.priority ?? 'none',
    issuedBy: spec.issuedBy ?? KIOSK,
    issuedAt: stamp,
    context: { postingId: spec.postingId ?? null, applicationId: null },
  };
}

export function printed(t: Ticket): TicketEvent {
  return {
    id: id(),
    hlc: t.issuedAt,
    deleted: false,
    marketId: t.marketId,
    ticketId: t.id,
    type: 'printed',
    at: t.issuedAt,
    terminalId: t.issuedBy,
    staffId: null,
    windowNumber: null,
    toLane: null,
    outcome: null,
  };
}

/** Today's queue as the window sees it: every ticket printed, plus any further events. */
export function queueOf(tickets: readonly Ticket[], events: readonly TicketEvent[] = []): CallerTicket[] {
  const states = deriveQueue(tickets, [...tickets.map(printed), ...events]);
  return states.map((s) => ({ ...s, postingId: tickets.find((t) => t.id === s.ticketId)?.context.postingId ?? null }));
}
