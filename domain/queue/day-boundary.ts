// The day boundary (DESIGN §4): numbering and queues are per local day of the
// market (Asia/Shanghai), whatever zone the terminal's clock is set to. When a
// new day starts, yesterday's tickets still waiting (or called and never
// answered) are closed as expired. A ticket being served at midnight is left
// for its window to finish, so its ledger entry is not lost.
//
// Pure: returns the events to append; the caller writes them. Two terminals
// may sweep the same ticket; derivation treats a second expiry as a no-op.
import { localDay } from '../clock/local-day';
import type { TicketEvent } from '../records/queue';
import type { TicketState } from './ticket-state';

/** An event before the repository stamps it (id, HLC and time come from the write). */
export type TicketEventDraft = Omit<TicketEvent, 'id' | 'hlc' | 'deleted' | 'at'>;

/** The market's local day now: the day new tickets are numbered in. */
export function queueDay(nowMillis: number, timeZone = 'Asia/Shanghai'): string {
  return localDay(nowMillis, timeZone);
}

export function expiryEvents(
  states: readonly TicketState[],
  nowMillis: number,
  actor: { readonly terminalId: string },
  timeZone = 'Asia/Shanghai',
): TicketEventDraft[] {
  const today = queueDay(nowMillis, timeZone);
  return states
    .filter((s) => s.day < today && (s.phase === 'waiting' || s.phase === 'called'))
    .map((s) => ({
      marketId: s.marketId,
      ticketId: s.ticketId,
      type: 'expired' as const,
      terminalId: actor.terminalId,
      staffId: null,
      windowNumber: null,
      toLane: null,
      outcome: null,
    }));
}
