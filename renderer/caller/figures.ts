// Today's figures at the window (第十八条 evaluation figures start here):
// how many were served, how many wait in each lane, and the average service
// time, all derived from the same queue the calling uses.
import { isWaiting, serviceDurationMs, type TicketState } from '../../domain/queue/ticket-state';

export interface CallerFigures {
  readonly servedAll: number;
  readonly servedHere: number;
  readonly waitingByLane: ReadonlyMap<string, number>;
  /** Mean of start-to-finish times of today's finished services at this window, or null when none. */
  readonly averageServiceMs: number | null;
}

export function callerFigures(states: readonly TicketState[], windowNumber: number): CallerFigures {
  let servedAll = 0;
  let servedHere = 0;
  let total = 0;
  let timed = 0;
  const waitingByLane = new Map<string, number>();
  for (const s of states) {
    if (isWaiting(s)) waitingByLane.set(s.lane, (waitingByLane.get(s.lane) ?? 0) + 1);
    if (s.ending !== 'done') continue;
    servedAll++;
    if (s.windowNumber !== windowNumber) continue;
    servedHere++;
    const ms = serviceDurationMs(s);
    if (ms !== null) {
      total += ms;
      timed++;
    }
  }
  return { servedAll, servedHere, waitingByLane, averageServiceMs: timed === 0 ? null : total / timed };
}
