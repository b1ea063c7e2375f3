import { describe, expect, it } from 'vitest';
import { DEFAULT_CALLING_RULE, describeRule, type CallingRule } from '../../../../domain/queue/fairness';
import { deriveTicketState, type TicketState } from '../../../../domain/queue/ticket-state';
import { callOrder, laneHistory, predictWait } from '../../../../domain/queue/wait-prediction';
import type { Priority } from '../../../../domain/records/queue';
import { MIN, T0, makeEvent, makeTicket } from './fixtures';

const WINDOWS = [{ number: 1, lanes: ['A'] }];

function waitingTicket(number: number, priority: Priority, minute: number): TicketState {
  const t = makeTicket({ number, priority, issuedAtMs: T0 + minute * MIN });
  return deriveTicketState(t, [makeEvent(t, 'printed', T0 + minute * MIN)]);
}

describe('predictWait', () => {
  // The story: an elderly seeker took A001, then two normal tickets came.
  const elderly = waitingTicket(1, 'elderly', 0);
  const normal2 = waitingTicket(2, 'none', 1);
  const normal3 = waitingTicket(3, 'none', 2);
  const states = [elderly, normal2, normal3];

  it('puts a waiting priority ticket first by default, as a hall expects', () => {
    const p = predictWait({
      states,
      ticketId: elderly.ticketId,
      rule: DEFAULT_CALLING_RULE,
      now: T0 + 3 * MIN,
      windows: WINDOWS,
    });
    expect(p?.peopleAhead).toBe(0);
  });

  it('tells the priority ticket the truth when the market starts its interleave with normal tickets', () => {
    const rule: CallingRule = { ...DEFAULT_CALLING_RULE, startWith: 'normal' };
    const p = predictWait({ states, ticketId: elderly.ticketId, rule, now: T0 + 3 * MIN, windows: WINDOWS });
    expect(p?.peopleAhead).toBe(2);
    expect(p?.wait).toMatchObject({ kind: 'range', peopleAhead: 2 });
  });

  it('counts priority tickets taken later that the rule calls first', () => {
    const later = waitingTicket(4, 'pregnant', 3);
    const p = predictWait({
      states: [normal2, normal3, later],
      ticketId: normal3.ticketId,
      rule: DEFAULT_CALLING_RULE,
      now: T0 + 4 * MIN,
      windows: WINDOWS,
    });
    // pregnant (priority first), then A002, then A003.
    expect(p?.peopleAhead).toBe(2);
  });

  it('says unknown, not a time, when no window serves the lane', () => {
    const p = predictWait({ states, ticketId: normal3.ticketId, rule: DEFAULT_CALLING_RULE, now: T0, windows: [] });
    expect(p?.wait.kind).toBe('unknown');
  });

  it('predicts nothing for a ticket that no longer waits', () => {
    const t = makeTicket({ number: 9, issuedAtMs: T0 });
    const called = deriveTicketState(t, [makeEvent(t, 'printed', T0), makeEvent(t, 'called', T0 + MIN)]);
    expect(
      predictWait({ states: [called], ticketId: t.id, rule: DEFAULT_CALLING_RULE, now: T0, windows: WINDOWS }),
    ).toBeNull();
  });

  it('counts a ticket just issued, before its slip printed, as waiting so the kiosk can tell the seeker', () => {
    const t = makeTicket({ number: 5, issuedAtMs: T0 + 5 * MIN });
    const fresh = deriveTicketState(t, []);
    const p = predictWait({
      states: [...states, fresh],
      ticketId: t.id,
      rule: DEFAULT_CALLING_RULE,
      now: T0 + 5 * MIN,
      windows: WINDOWS,
    });
    expect(p?.peopleAhead).toBe(3);
  });
});

describe('laneHistory and callOrder', () => {
  it('continues the interleave from the lane’s calls of the day', () => {
    const t = makeTicket({ number: 7, priority: 'elderly', issuedAtMs: T0 - 10 * MIN });
    const calledPriority = deriveTicketState(t, [
      makeEvent(t, 'printed', T0 - 10 * MIN),
      makeEvent(t, 'called', T0 - 9 * MIN),
    ]);
    const history = laneHistory([calledPriority], 'A', DEFAULT_CALLING_RULE);
    expect(history).toEqual([{ group: 'priority' }]);
    const queue = [waitingTicket(8, 'elderly', 0), waitingTicket(9, 'none', 1), waitingTicket(10, 'none', 2)];
    const order = [...callOrder(queue, history, DEFAULT_CALLING_RULE, T0 + 3 * MIN, ['A'])].map((c) => c.ticket.number);
    // One priority call done: two normal ones, then the next priority.
    expect(order).toEqual([9, 10, 8]);
  });

  it('the display states the starting point of the rule', () => {
    expect(describeRule(DEFAULT_CALLING_RULE).zh).toMatch(/^老年人、残疾人、孕妇或预约号优先：先叫 1 位优先号/);
    expect(describeRule({ ...DEFAULT_CALLING_RULE, startWith: 'normal' }).zh).toMatch(/^每叫 2 位普通号/);
  });
});
