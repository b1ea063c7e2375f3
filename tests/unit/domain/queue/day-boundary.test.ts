import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expiryEvents, queueDay } from '../../../../domain/queue/day-boundary';
import { nextNumber } from '../../../../domain/queue/numbering';
import { deriveQueue } from '../../../../domain/queue/ticket-state';
import { ticketEventSchema } from '../../../../domain/records/queue';
import { CALLER_1, KIOSK, MIN, idAt, makeEvent, makeTicket, stampAt } from './fixtures';

// 23:59:59.999 on 26 November in Chongqing is 15:59:59.999 UTC.
const LAST_MS = Date.parse('2026-11-26T15:59:59.999Z');
const MIDNIGHT = LAST_MS + 1;

describe('the market day boundary', () => {
  beforeEach(() => {
    // The terminal's own clock: whatever zone it is set to, the market's day counts.
    vi.useFakeTimers();
    vi.setSystemTime(LAST_MS - 30 * MIN);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const yesterday = '2026-11-26';
  const issuedAt = LAST_MS - 60 * MIN;
  const waiting = makeTicket({ number: 7, issuedAtMs: issuedAt, day: yesterday });
  const called = makeTicket({ number: 8, issuedAtMs: issuedAt, day: yesterday });
  const serving = makeTicket({ number: 9, issuedAtMs: issuedAt, day: yesterday });
  const done = makeTicket({ number: 6, issuedAtMs: issuedAt, day: yesterday });
  const events = [
    makeEvent(waiting, 'printed', issuedAt),
    makeEvent(called, 'printed', issuedAt),
    makeEvent(called, 'called', issuedAt + MIN),
    makeEvent(serving, 'printed', issuedAt),
    makeEvent(serving, 'called', issuedAt + MIN),
    makeEvent(serving, 'serving', issuedAt + 2 * MIN),
    makeEvent(done, 'printed', issuedAt),
    makeEvent(done, 'called', issuedAt + MIN),
    makeEvent(done, 'serving', issuedAt + 2 * MIN),
    makeEvent(done, 'done', issuedAt + 3 * MIN),
  ];
  const tickets = [waiting, called, serving, done];

  it('the day turns at midnight Chongqing time, not at the terminal’s UTC midnight', () => {
    expect(queueDay(LAST_MS)).toBe('2026-11-26');
    expect(queueDay(MIDNIGHT)).toBe('2026-11-27');
    expect(queueDay(Date.parse('2026-11-27T00:00:00.000Z'))).toBe('2026-11-27'); // 08:00 there
  });

  it('closes nothing before midnight and, from midnight, expires the tickets left waiting or called', () => {
    const states = () => deriveQueue(tickets, events, { strict: true });
    expect(expiryEvents(states(), Date.now(), { terminalId: KIOSK })).toEqual([]);

    vi.setSystemTime(LAST_MS);
    expect(expiryEvents(states(), Date.now(), { terminalId: KIOSK })).toEqual([]);

    vi.advanceTimersByTime(1);
    const drafts = expiryEvents(states(), Date.now(), { terminalId: KIOSK });
    expect(drafts.map((d) => d.ticketId).sort()).toEqual([waiting.id, called.id].sort());
    expect(drafts.every((d) => d.type === 'expired' && d.terminalId === KIOSK)).toBe(true);

    // Appended (stamped as the repository would), they close the tickets; a second sweep finds nothing.
    const appended = drafts.map((d, i) => {
      const stamp = stampAt(Date.now(), i);
      return ticketEventSchema.parse({ ...d, id: idAt(Date.now()), hlc: stamp, at: stamp, deleted: false });
    });
    const after = deriveQueue(tickets, [...events, ...appended], { strict: true });
    expect(after.map((s) => [s.number, s.ending])).toEqual([
      [7, 'expired'],
      [8, 'expired'],
      [9, null],
      [6, 'done'],
    ]);
    expect(expiryEvents(after, Date.now(), { terminalId: CALLER_1 })).toEqual([]);
  });

  it('numbers start again on the new day', () => {
    vi.setSystemTime(MIDNIGHT + 8 * 60 * MIN);
    const today = queueDay(Date.now());
    const todaysUsed = new Set(tickets.filter((t) => t.day === today).map((t) => t.number));
    expect(nextNumber({ lane: 'A', leases: [{ from: 1, to: 50 }], used: todaysUsed, slot: 0 }).display).toBe('A001');
  });
});
