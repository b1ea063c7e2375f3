import { describe, expect, it } from 'vitest';
import { deriveQueue } from '../../../../domain/queue/ticket-state';
import type { Ticket, TicketEvent } from '../../../../domain/records/queue';
import { callsOf, laneCounts } from '../../../../renderer/display/use-display-queue';
import { makeId, MARKET_ID, remoteStamp, T0, TERMINAL_ID, ticketDraft } from '../db/fixtures';

function ticket(lane: string, number: number): Ticket {
  return {
    ...ticketDraft({ lane, number, display: `${lane}${String(number).padStart(3, '0')}` }),
    id: makeId(),
    issuedAt: remoteStamp(T0),
    hlc: remoteStamp(T0),
    deleted: false,
  };
}

let tick = 0;
function ev(t: Ticket, type: TicketEvent['type'], windowNumber: number | null = null): TicketEvent {
  tick += 1;
  return {
    id: makeId(),
    marketId: MARKET_ID,
    ticketId: t.id,
    type,
    at: remoteStamp(T0 + tick * 1000),
    terminalId: TERMINAL_ID,
    staffId: null,
    windowNumber,
    toLane: null,
    outcome: null,
    hlc: remoteStamp(T0 + tick * 1000),
    deleted: false,
  };
}

describe('callsOf', () => {
  it('lists calls and recalls in order with their windows, each its own event', () => {
    const a = ticket('A', 1);
    const events = [ev(a, 'printed'), ev(a, 'called', 2), ev(a, 'recalled', 2)];
    const calls = callsOf(deriveQueue([a], events), events);
    expect(calls.map((c) => [c.display, c.windowNumber, c.recall])).toEqual([
      ['A001', 2, false],
      ['A001', 2, true],
    ]);
    expect(new Set(calls.map((c) => c.id)).size).toBe(2);
    expect(calls[0]?.atMillis).toBe(T0 + 2000);
  });

  it('leaves out a call that lost the race for the ticket', () => {
    const a = ticket('A', 1);
    const won = ev(a, 'called', 1);
    const lost = ev(a, 'called', 3);
    const events = [ev(a, 'printed'), won, lost];
    expect(callsOf(deriveQueue([a], events), events).map((c) => c.id)).toEqual([won.id]);
  });
});

describe('laneCounts', () => {
  it('counts callable tickets per lane, listing served lanes with nobody waiting as 0', () => {
    const a1 = ticket('A', 1);
    const a2 = ticket('A', 2);
    const c1 = ticket('C', 1);
    const events = [ev(a1, 'printed'), ev(a2, 'printed'), ev(c1, 'printed'), ev(c1, 'called', 1)];
    expect(laneCounts(deriveQueue([a1, a2, c1], events), ['B', 'A'])).toEqual([
      { lane: 'A', waiting: 2 },
      { lane: 'B', waiting: 0 },
      { lane: 'C', waiting: 0 },
    ]);
  });
});
