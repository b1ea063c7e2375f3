// A ticket's state, derived from its append-only events (DESIGN §4). Events
// arrive from several terminals through sync, in any order; sorting them by
// HLC gives every replica the same history, so every replica derives the same
// state. Two terminals cut off from each other can still write conflicting
// events (a kiosk cancels while a window calls); the earlier one by HLC wins
// and the later one is kept as an anomaly rather than crashing the display.
// Tests derive with `strict: true`, where an impossible sequence throws.
import { compareStamps, parseStamp, type HlcStamp } from '../clock/hlc';
import type { Priority, Ticket, TicketEvent, TicketEventType } from '../records/queue';

/** Where the ticket is in its life: waiting in a lane, at a window, or finished. */
export type TicketPhase = 'waiting' | 'called' | 'serving' | 'closed';

/** How a closed ticket ended. */
export type TicketEnding = 'done' | 'no_show' | 'cancelled' | 'expired';

export type PrintStatus = 'pending' | 'printed' | 'failed';

export interface TicketAnomaly {
  readonly eventId: string;
  readonly type: TicketEventType;
  readonly at: HlcStamp;
  /** The phase the ticket was in when the event came. */
  readonly phase: TicketPhase;
  readonly message: string;
}

export interface TicketState {
  readonly ticketId: string;
  readonly marketId: string;
  readonly day: string;
  readonly display: string;
  readonly number: number;
  readonly serviceCode: string;
  readonly priority: Priority;
  readonly issuedBy: string;
  readonly issuedAt: HlcStamp;
  /** The lane the ticket was issued in. */
  readonly issuedLane: string;
  /** The lane it waits in now: the issue lane, or the last transfer's. */
  readonly lane: string;
  readonly phase: TicketPhase;
  readonly ending: TicketEnding | null;
  readonly print: PrintStatus;
  /** 取号成功: a ticket counts as handed out once printed (DESIGN §5), or once a window has taken it. */
  readonly handedOut: boolean;
  /** The window that called or serves it; null while waiting. */
  readonly windowNumber: number | null;
  /** A transfer to a named window: only that window should call it next. */
  readonly assignedWindow: number | null;
  /** The terminal that made the current call (the authority's claim winner). */
  readonly calledBy: string | null;
  /** 首问负责: the staff member who took the ticket at the window. */
  readonly staffId: string | null;
  readonly recallCount: number;
  readonly transferCount: number;
  readonly outcome: string | null;
  readonly printedAt: HlcStamp | null;
  readonly firstCalledAt: HlcStamp | null;
  readonly calledAt: HlcStamp | null;
  readonly servingAt: HlcStamp | null;
  readonly closedAt: HlcStamp | null;
  readonly anomalies: readonly TicketAnomaly[];
}

export class TicketSequenceError extends Error {
  readonly code = 'ticket_sequence';
  constructor(readonly anomaly: TicketAnomaly) {
    super(anomaly.message);
  }
}

export interface DeriveOptions {
  /** Throw on the first impossible event instead of recording it (tests). */
  readonly strict?: boolean;
}

/** Events in the order every replica agrees on: HLC, then id for identical stamps. */
export function orderEvents(events: readonly TicketEvent[]): TicketEvent[] {
  return [...events].sort((a, b) => compareStamps(a.at, b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function initialState(ticket: Ticket): Mutable<TicketState> {
  return {
    ticketId: ticket.id,
    marketId: ticket.marketId,
    day: ticket.day,
    display: ticket.display,
    number: ticket.number,
    serviceCode: ticket.serviceCode,
    priority: ticket.priority,
    issuedBy: ticket.issuedBy,
    issuedAt: ticket.issuedAt,
    issuedLane: ticket.lane,
    lane: ticket.lane,
    phase: 'waiting',
    ending: null,
    print: 'pending',
    handedOut: false,
    windowNumber: null,
    assignedWindow: null,
    calledBy: null,
    staffId: null,
    recallCount: 0,
    transferCount: 0,
    outcome: null,
    printedAt: null,
    firstCalledAt: null,
    calledAt: null,
    servingAt: null,
    closedAt: null,
    anomalies: [],
  };
}

const PHASE_ZH: Record<TicketPhase, string> = {
  waiting: '等候中',
  called: '已叫号',
  serving: '办理中',
  closed: '已结束',
};

/** Which phases each event may come in; anything else is an impossible sequence. */
const ALLOWED_FROM: Record<TicketEventType, readonly TicketPhase[]> = {
  printed: ['waiting', 'called', 'serving'],
  print_failed: ['waiting'],
  reprinted: ['waiting', 'called', 'serving'],
  called: ['waiting'],
  recalled: ['called'],
  serving: ['called'],
  done: ['serving'],
  no_show: ['called'],
  transferred: ['called', 'serving'],
  cancelled: ['waiting', 'called'],
  expired: ['waiting', 'called'],
};

function close(s: Mutable<TicketState>, ending: TicketEnding, e: TicketEvent): void {
  s.phase = 'closed';
  s.ending = ending;
  s.closedAt = e.at;
}

function apply(s: Mutable<TicketState>, e: TicketEvent): void {
  switch (e.type) {
    case 'printed':
    case 'reprinted':
      s.print = 'printed';
      s.handedOut = true;
      s.printedAt ??= e.at;
      return;
    case 'print_failed':
      // A later failure (say, a reprint that jammed) does not take back a slip already in hand.
      if (s.print !== 'printed') s.print = 'failed';
      return;
    case 'called':
      s.phase = 'called';
      s.handedOut = true;
      s.windowNumber = e.windowNumber;
      s.assignedWindow = null;
      s.calledBy = e.terminalId;
      s.staffId = e.staffId;
      s.firstCalledAt ??= e.at;
      s.calledAt = e.at;
      return;
    case 'recalled':
      s.recallCount += 1;
      s.calledAt = e.at;
      return;
    case 'serving':
      s.phase = 'serving';
      s.servingAt = e.at;
      if (e.staffId !== null) s.staffId = e.staffId;
      return;
    case 'done':
      s.outcome = e.outcome;
      close(s, 'done', e);
      return;
    case 'no_show':
      close(s, 'no_show', e);
      return;
    case 'cancelled':
      close(s, 'cancelled', e);
      return;
    case 'expired':
      close(s, 'expired', e);
      return;
    case 'transferred':
      // Back in a queue: the new lane's, keeping its issue time so it does not start again at the end.
      s.phase = 'waiting';
      s.lane = e.toLane ?? s.lane;
      s.assignedWindow = e.windowNumber;
      s.windowNumber = null;
      s.calledBy = null;
      s.servingAt = null;
      s.transferCount += 1;
      return;
  }
}

function problem(s: TicketState, e: TicketEvent): string | null {
  if (e.type === 'transferred' && e.toLane === null) {
    return `转移事件缺少目标队列（${s.display}）/ transfer of ${s.display} names no lane`;
  }
  if ((e.type === 'called' || e.type === 'recalled') && e.windowNumber === null) {
    return `叫号事件缺少窗口号（${s.display}）/ call of ${s.display} names no window`;
  }
  if (!ALLOWED_FROM[e.type].includes(s.phase)) {
    return (
      `票 ${s.display} ${PHASE_ZH[s.phase]}，不能再记“${e.type}” / ` +
      `ticket ${s.display} is ${s.phase}; "${e.type}" cannot follow`
    );
  }
  return null;
}

/**
 * The state of `ticket` after `events` (any order; duplicates and tombstones
 * ignored). Throws if an event belongs to another ticket: that is a caller's
 * bug, not a sync race.
 */
export function deriveTicketState(
  ticket: Ticket,
  events: readonly TicketEvent[],
  options: DeriveOptions = {},
): TicketState {
  const s = initialState(ticket);
  const anomalies: TicketAnomaly[] = [];
  const seen = new Set<string>();
  for (const e of orderEvents(events)) {
    if (e.ticketId !== ticket.id) {
      throw new Error(`事件 ${e.id} 不属于票 ${ticket.display} / event ${e.id} belongs to another ticket`);
    }
    if (e.deleted || seen.has(e.id)) continue;
    seen.add(e.id);
    // Two terminals may both sweep yesterday's queue; the second expiry says nothing new.
    if (e.type === 'expired' && s.ending === 'expired') continue;
    const message = problem(s, e);
    if (message !== null) {
      const anomaly: TicketAnomaly = { eventId: e.id, type: e.type, at: e.at, phase: s.phase, message };
      if (options.strict === true) throw new TicketSequenceError(anomaly);
      anomalies.push(anomaly);
      continue;
    }
    apply(s, e);
  }
  s.anomalies = anomalies;
  return s;
}

/** Group events by ticket and derive every ticket's state (a day's queue). */
export function deriveQueue(
  tickets: readonly Ticket[],
  events: readonly TicketEvent[],
  options: DeriveOptions = {},
): TicketState[] {
  const byTicket = new Map<string, TicketEvent[]>();
  for (const e of events) {
    const list = byTicket.get(e.ticketId);
    if (list) list.push(e);
    else byTicket.set(e.ticketId, [e]);
  }
  return tickets.filter((t) => !t.deleted).map((t) => deriveTicketState(t, byTicket.get(t.id) ?? [], options));
}

/** Callable: waiting, and handed out (a slip that never printed is not in the queue yet). */
export function isWaiting(s: TicketState): boolean {
  return s.phase === 'waiting' && s.handedOut;
}

/** Milliseconds from the start of service to its end, for a ticket that was served to the end. */
export function serviceDurationMs(s: TicketState): number | null {
  if (s.ending !== 'done' || s.servingAt === null || s.closedAt === null) return null;
  return Math.max(0, parseStamp(s.closedAt).millis - parseStamp(s.servingAt).millis);
}

/** Wall-clock millis of an HLC stamp. */
export function stampMillis(stamp: HlcStamp): number {
  return parseStamp(stamp).millis;
}
