import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ticketEventSchema, ticketSchema } from '../../../../domain/records/queue';
import {
  TicketSequenceError,
  deriveQueue,
  deriveTicketState,
  isWaiting,
  serviceDurationMs,
} from '../../../../domain/queue/ticket-state';
import { CALLER_2, MIN, STAFF, T0, makeEvent, makeTicket } from './fixtures';
import { assertProperty } from '../../../support/property';

const strict = { strict: true } as const;

describe('deriveTicketState', () => {
  it('fixtures are valid records', () => {
    const t = makeTicket();
    expect(ticketSchema.parse(t)).toEqual(t);
    expect(ticketEventSchema.parse(makeEvent(t, 'called', T0 + MIN))).toBeTruthy();
  });

  it('follows a ticket from issue through print, call, service and done', () => {
    const t = makeTicket({ lane: 'C', number: 23 });
    const events = [
      makeEvent(t, 'printed', T0 + 1000),
      makeEvent(t, 'called', T0 + 5 * MIN, { windowNumber: 2, staffId: STAFF }),
      makeEvent(t, 'serving', T0 + 6 * MIN),
      makeEvent(t, 'done', T0 + 14 * MIN, { outcome: 'completed' }),
    ];
    const s = deriveTicketState(t, events, strict);
    expect(s).toMatchObject({
      display: 'C023',
      lane: 'C',
      phase: 'closed',
      ending: 'done',
      print: 'printed',
      handedOut: true,
      windowNumber: 2,
      staffId: STAFF,
      outcome: 'completed',
      recallCount: 0,
    });
    expect(serviceDurationMs(s)).toBe(8 * MIN);
  });

  it('a ticket whose print failed is not in the queue until it is reprinted', () => {
    const t = makeTicket();
    const failed = deriveTicketState(t, [makeEvent(t, 'print_failed', T0 + 1000)], strict);
    expect(failed.print).toBe('failed');
    expect(isWaiting(failed)).toBe(false);
    const reprinted = deriveTicketState(
      t,
      [makeEvent(t, 'print_failed', T0 + 1000), makeEvent(t, 'reprinted', T0 + 30_000)],
      strict,
    );
    expect(reprinted.print).toBe('printed');
    expect(isWaiting(reprinted)).toBe(true);
  });

  it('counts recalls and keeps the first call time', () => {
    const t = makeTicket();
    const s = deriveTicketState(
      t,
      [
        makeEvent(t, 'printed', T0),
        makeEvent(t, 'called', T0 + MIN),
        makeEvent(t, 'recalled', T0 + 2 * MIN),
        makeEvent(t, 'recalled', T0 + 3 * MIN),
      ],
      strict,
    );
    expect(s.recallCount).toBe(2);
    expect(s.phase).toBe('called');
    expect(s.firstCalledAt).not.toBe(s.calledAt);
  });

  it('a transfer puts the ticket back in the queue of the new lane, keeping its issue time', () => {
    const t = makeTicket({ lane: 'A' });
    const s = deriveTicketState(
      t,
      [
        makeEvent(t, 'printed', T0),
        makeEvent(t, 'called', T0 + MIN),
        makeEvent(t, 'serving', T0 + 2 * MIN),
        makeEvent(t, 'transferred', T0 + 3 * MIN, { toLane: 'E', windowNumber: 2 }),
      ],
      strict,
    );
    expect(s).toMatchObject({ lane: 'E', issuedLane: 'A', phase: 'waiting', assignedWindow: 2, transferCount: 1 });
    expect(s.issuedAt).toBe(t.issuedAt);
    expect(s.windowNumber).toBeNull();
    expect(isWaiting(s)).toBe(true);
  });

  it('derives the same state whatever order the events arrive in (sync reorders them)', () => {
    const t = makeTicket();
    const events = [
      makeEvent(t, 'print_failed', T0 + 1000),
      makeEvent(t, 'reprinted', T0 + 2000),
      makeEvent(t, 'called', T0 + MIN),
      makeEvent(t, 'recalled', T0 + 2 * MIN),
      makeEvent(t, 'serving', T0 + 3 * MIN),
      makeEvent(t, 'transferred', T0 + 4 * MIN, { toLane: 'B' }),
      makeEvent(t, 'called', T0 + 5 * MIN, { windowNumber: 2, terminalId: CALLER_2 }),
      makeEvent(t, 'no_show', T0 + 6 * MIN),
    ];
    const expected = deriveTicketState(t, events, strict);
    assertProperty(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), (shuffled) => {
        expect(deriveTicketState(t, shuffled, strict)).toEqual(expected);
      }),
    );
    expect(expected).toMatchObject({ ending: 'no_show', lane: 'B', windowNumber: 2, recallCount: 1 });
  });

  it('ignores duplicated deliveries and tombstoned events', () => {
    const t = makeTicket();
    const called = makeEvent(t, 'called', T0 + MIN);
    const s = deriveTicketState(
      t,
      [makeEvent(t, 'printed', T0), called, called, { ...makeEvent(t, 'cancelled', T0 + 2 * MIN), deleted: true }],
      strict,
    );
    expect(s.phase).toBe('called');
  });

  it('throws in strict mode on impossible sequences', () => {
    const t = makeTicket();
    const printed = makeEvent(t, 'printed', T0);
    const cases = [
      [printed, makeEvent(t, 'done', T0 + MIN)], // done without service
      [printed, makeEvent(t, 'serving', T0 + MIN)], // served without a call
      [printed, makeEvent(t, 'recalled', T0 + MIN)], // recall of a waiting ticket
      [printed, makeEvent(t, 'called', T0 + MIN), makeEvent(t, 'called', T0 + 2 * MIN, { windowNumber: 2 })],
      [printed, makeEvent(t, 'cancelled', T0 + MIN), makeEvent(t, 'called', T0 + 2 * MIN)],
      [printed, makeEvent(t, 'called', T0 + MIN), makeEvent(t, 'transferred', T0 + 2 * MIN)], // no lane
    ];
    for (const events of cases) {
      expect(() => deriveTicketState(t, events, strict)).toThrow(TicketSequenceError);
    }
  });

  it('without strict mode, keeps the earlier event by HLC and records the later one as an anomaly', () => {
    const t = makeTicket();
    const s = deriveTicketState(t, [
      makeEvent(t, 'printed', T0),
      makeEvent(t, 'cancelled', T0 + MIN),
      makeEvent(t, 'called', T0 + 2 * MIN),
    ]);
    expect(s.ending).toBe('cancelled');
    expect(s.anomalies).toHaveLength(1);
    expect(s.anomalies[0]?.message).toMatch(/已结束.*\/.*closed/);
  });

  it('treats a second expiry of the same ticket as nothing new', () => {
    const t = makeTicket();
    const s = deriveTicketState(
      t,
      [makeEvent(t, 'printed', T0), makeEvent(t, 'expired', T0 + 900 * MIN), makeEvent(t, 'expired', T0 + 901 * MIN)],
      strict,
    );
    expect(s.ending).toBe('expired');
  });

  it('refuses an event of another ticket', () => {
    const a = makeTicket();
    const b = makeTicket();
    expect(() => deriveTicketState(a, [makeEvent(b, 'printed', T0)])).toThrow(/another ticket/);
  });

  it('deriveQueue groups a day of events by ticket', () => {
    const a = makeTicket({ number: 1 });
    const b = makeTicket({ number: 2 });
    const states = deriveQueue([a, b], [makeEvent(b, 'printed', T0), makeEvent(a, 'print_failed', T0)], strict);
    expect(states.map((s) => [s.display, s.print])).toEqual([
      ['A001', 'failed'],
      ['A002', 'printed'],
    ]);
  });
});
