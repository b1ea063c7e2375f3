// The truth about the wait (issue 12): where a ticket will be called, found by
// running the market's calling rule (fairness.ts) forward over the queue as it
// stands, call by call, exactly as a window's "call next" picks. The caller's
// call-next takes the first ticket of the same order, so the slip, the kiosk
// screen and the phone page can never promise a place the window will not
// give: a priority ticket that the rule moves forward is shown as such, and a
// normal ticket learns that priority tickets will go before it.
//
// The order is worked out at one instant (`now`): who is overdue is decided
// then. Later calls can make more tickets overdue; each screen works the order
// out again as the queue changes (the phone page on every refresh), so the
// figure follows the hall rather than being fixed at issue.
import { windowsServingLane, type WindowLanes } from './config';
import { estimateWait, laneServiceDurations, type WaitEstimate } from './estimate';
import {
  groupOf,
  nextTicket,
  type CallingRule,
  type NextCall,
  type NextTicketOptions,
  type PastCall,
} from './fairness';
import type { WaitingTicket } from './fairness';
import { isWaiting, type TicketState } from './ticket-state';

/**
 * The order in which a window serving `lanes`, with `history` behind it,
 * would call `waiting` if nobody else came and nobody else called. Lazy: the
 * caller's call-next reads only the first, a prediction stops at its ticket.
 */
export function* callOrder<T extends WaitingTicket>(
  waiting: readonly T[],
  history: readonly PastCall[],
  rule: CallingRule,
  now: number,
  lanes: readonly string[],
  options: NextTicketOptions = {},
): Generator<NextCall<T>, void, undefined> {
  let rest: readonly T[] = waiting;
  const past: PastCall[] = [...history];
  for (;;) {
    const next = nextTicket(rest, past, rule, now, lanes, options);
    if (next === null) return;
    yield next;
    past.push({ group: next.group });
    rest = rest.filter((t) => t !== next.ticket);
  }
}

/** The first call of callOrder: what "call next" picks. */
export function firstInOrder<T extends WaitingTicket>(
  waiting: readonly T[],
  history: readonly PastCall[],
  rule: CallingRule,
  now: number,
  lanes: readonly string[],
  options: NextTicketOptions = {},
): NextCall<T> | null {
  const first = callOrder(waiting, history, rule, now, lanes, options).next();
  return first.done === true ? null : first.value;
}

/**
 * How many calls come before `ticketId` in callOrder; null when the order never
 * reaches it (not waiting, or not in these lanes).
 */
export function predictedPosition(
  ticketId: string,
  waiting: readonly WaitingTicket[],
  history: readonly PastCall[],
  rule: CallingRule,
  now: number,
  lanes: readonly string[],
  options: NextTicketOptions = {},
): number | null {
  let position = 0;
  for (const call of callOrder(waiting, history, rule, now, lanes, options)) {
    if (call.ticket.ticketId === ticketId) return position;
    position++;
  }
  return null;
}

/**
 * The lane's calls of the day, oldest first, as the interleave counts them:
 * the history a window serving only this lane would have. Several windows
 * serving one lane take turns from the same waiting line, so the lane's
 * history is the best single account of whose turn it is.
 */
export function laneHistory(states: readonly TicketState[], lane: string, rule: CallingRule): PastCall[] {
  return states
    .filter((s) => s.firstCalledAt !== null && s.lane === lane)
    .sort((a, b) => ((a.firstCalledAt ?? '') < (b.firstCalledAt ?? '') ? -1 : 1))
    .map((s) => ({ group: groupOf(s.priority, rule) }));
}

export interface WaitPredictionInput {
  /** Today's queue of the market, derived (domain/queue/ticket-state). */
  readonly states: readonly TicketState[];
  readonly ticketId: string;
  readonly rule: CallingRule;
  /** Wall clock in milliseconds: who is overdue now. */
  readonly now: number;
  /** The market's windows and the lanes they serve. */
  readonly windows: readonly WindowLanes[];
  readonly defaultServiceMinutes?: number;
}

export interface WaitPrediction {
  /** Tickets the calling rule will call before this one. */
  readonly peopleAhead: number;
  readonly wait: WaitEstimate;
}

/**
 * People ahead and the wait range of a waiting ticket, by the market's rule;
 * null when the ticket is not waiting (called, served, closed or unknown). A
 * ticket just issued counts as waiting before its slip has printed, so the
 * kiosk can tell the seeker at once.
 */
export function predictWait(input: WaitPredictionInput): WaitPrediction | null {
  const own = input.states.find((s) => s.ticketId === input.ticketId);
  if (own === undefined || own.phase !== 'waiting') return null;
  const waiting = input.states.filter((s) => isWaiting(s) || s === own);
  const lanes = [own.lane];
  const options: NextTicketOptions = own.assignedWindow === null ? {} : { windowNumber: own.assignedWindow };
  const history = laneHistory(input.states, own.lane, input.rule);
  const position = predictedPosition(own.ticketId, waiting, history, input.rule, input.now, lanes, options) ?? 0;
  return {
    peopleAhead: position,
    wait: estimateWait({
      peopleAhead: position,
      durationsMs: laneServiceDurations(input.states, own.lane),
      windowsServing: windowsServingLane(input.windows, own.lane).length,
      ...(input.defaultServiceMinutes === undefined ? {} : { defaultServiceMinutes: input.defaultServiceMinutes }),
    }),
  };
}
