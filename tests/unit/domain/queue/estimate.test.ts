import { describe, expect, it } from 'vitest';
import {
  describeWait,
  estimateWait,
  laneServiceDurations,
  quantile,
  waitingCounts,
} from '../../../../domain/queue/estimate';
import { deriveTicketState } from '../../../../domain/queue/ticket-state';
import { MIN, T0, makeEvent, makeTicket } from './fixtures';

describe('estimateWait', () => {
  it('is unknown when no window serves the lane', () => {
    expect(estimateWait({ peopleAhead: 3, durationsMs: [5 * MIN], windowsServing: 0 })).toEqual({
      kind: 'unknown',
      peopleAhead: 3,
    });
    expect(describeWait({ kind: 'unknown', peopleAhead: 3 }).zh).toMatch(/^未知/);
  });

  it('ranges from the median to the 80th percentile of today’s services, shared by the windows', () => {
    const durations = [2, 4, 6, 8, 10].map((m) => m * MIN); // median 6, p80 8.4
    const e = estimateWait({ peopleAhead: 4, durationsMs: durations, windowsServing: 2 });
    expect(e).toEqual({ kind: 'range', peopleAhead: 4, lowMinutes: 12, highMinutes: 17, basis: 'today' });
    expect(describeWait(e)).toEqual({ zh: '约 12–17 分钟', en: 'about 12–17 min' });
  });

  it('uses the default service time until the first service of the day has finished', () => {
    const e = estimateWait({ peopleAhead: 2, durationsMs: [], windowsServing: 1, defaultServiceMinutes: 4 });
    expect(e).toMatchObject({ lowMinutes: 8, highMinutes: 16, basis: 'default' });
  });

  it('says very soon with nobody ahead', () => {
    const e = estimateWait({ peopleAhead: 0, durationsMs: [MIN], windowsServing: 1 });
    expect(describeWait(e).zh).toBe('即将叫号');
  });

  it('quantile interpolates between neighbours and refuses an empty sample', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([7], 0.8)).toBe(7);
    expect(() => quantile([], 0.5)).toThrow(/empty/);
  });
});

describe('queue figures from derived states', () => {
  const a1 = makeTicket({ number: 1, issuedAtMs: T0 });
  const a2 = makeTicket({ number: 2, issuedAtMs: T0 + MIN });
  const a3 = makeTicket({ number: 3, issuedAtMs: T0 + 2 * MIN });
  const a4 = makeTicket({ number: 4, issuedAtMs: T0 + 3 * MIN });
  const b1 = makeTicket({ lane: 'B', number: 1, issuedAtMs: T0 });
  const states = [
    deriveTicketState(a1, [
      makeEvent(a1, 'printed', T0),
      makeEvent(a1, 'called', T0 + MIN),
      makeEvent(a1, 'serving', T0 + 2 * MIN),
      makeEvent(a1, 'done', T0 + 9 * MIN),
    ]),
    deriveTicketState(a2, [makeEvent(a2, 'printed', T0 + MIN)]),
    deriveTicketState(a3, [makeEvent(a3, 'print_failed', T0 + 2 * MIN)]),
    deriveTicketState(a4, [makeEvent(a4, 'printed', T0 + 3 * MIN)]),
    deriveTicketState(b1, [makeEvent(b1, 'printed', T0)]),
  ];

  it('takes service durations of finished services in the lane', () => {
    expect(laneServiceDurations(states, 'A')).toEqual([7 * MIN]);
    expect(laneServiceDurations(states, 'B')).toEqual([]);
  });

  it('counts waiting tickets per lane for the display', () => {
    expect(Object.fromEntries(waitingCounts(states))).toEqual({ A: 2, B: 1 });
  });
});
