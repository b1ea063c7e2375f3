import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDay } from '../../../../domain/clock/local-day';
import { distribution, percentile, todayFigures, type FigureInputs } from '../../../../domain/figures/today';
import { deriveQueue } from '../../../../domain/queue/ticket-state';
import { DAY, MIN, T0, makeEvent, makeTicket, stampAt } from '../queue/fixtures';
import { assertProperty } from '../../../support/property';

const dayOf = (iso: string): string => localDay(Date.parse(iso));
const iso = (ms: number): string => new Date(ms).toISOString();

function queue() {
  const a1 = makeTicket({ lane: 'A', number: 1, issuedAtMs: T0 });
  const a2 = makeTicket({ lane: 'A', number: 2, issuedAtMs: T0 + MIN });
  const c1 = makeTicket({ lane: 'C', number: 1, issuedAtMs: T0 + 2 * MIN });
  const old = makeTicket({ lane: 'A', number: 1, issuedAtMs: T0 - 24 * 60 * MIN, day: '2026-11-25' });
  const events = [
    makeEvent(a1, 'printed', T0 + 1000),
    makeEvent(a1, 'called', T0 + 4 * MIN, { windowNumber: 1 }),
    makeEvent(a1, 'serving', T0 + 5 * MIN),
    makeEvent(a1, 'done', T0 + 15 * MIN, { outcome: 'completed' }),
    makeEvent(a2, 'printed', T0 + MIN + 1000),
    makeEvent(a2, 'called', T0 + 11 * MIN, { windowNumber: 1 }),
    makeEvent(a2, 'no_show', T0 + 14 * MIN),
    makeEvent(c1, 'printed', T0 + 2 * MIN + 1000),
  ];
  return deriveQueue([a1, a2, c1, old], events);
}

const base = (): FigureInputs => ({
  day: DAY,
  dayOf,
  tickets: queue(),
  postings: [
    {
      deleted: false,
      createdAt: iso(T0),
      publishedAt: iso(T0 + 30 * MIN),
      status: 'published',
      hlc: stampAt(T0 + 30 * MIN),
    },
    { deleted: false, createdAt: iso(T0), publishedAt: null, status: 'rejected', hlc: stampAt(T0 + 40 * MIN) },
    { deleted: false, createdAt: iso(T0 - 86_400_000), publishedAt: null, status: 'pending_review', hlc: stampAt(T0) },
    { deleted: true, createdAt: iso(T0), publishedAt: null, status: 'pending_review', hlc: stampAt(T0) },
  ],
  seekers: [
    { deleted: false, registeredAt: iso(T0) },
    { deleted: false, registeredAt: iso(T0 - 86_400_000) },
  ],
  applications: [
    { deleted: false, status: 'hired', requestedAt: iso(T0), confirmedAt: iso(T0 + 60 * MIN) },
    { deleted: false, status: 'referred', requestedAt: iso(T0), confirmedAt: null },
    { deleted: false, status: 'requested', requestedAt: iso(T0), confirmedAt: null },
  ],
  serviceRecords: [{ deleted: false, day: DAY, outcome: 'referred', postingId: null, seekerId: null }],
  surveys: [
    { deleted: false, at: iso(T0), environment: 5, process: 4, result: 4 },
    { deleted: false, at: iso(T0), environment: 3, process: 3, result: 2 },
  ],
});

describe('todayFigures', () => {
  it('counts the day’s tickets per lane, no-shows, and leaves other days out', () => {
    const f = todayFigures(base());
    expect(f.ticketsByLane).toEqual({ A: 2, C: 1 });
    expect(f.ticketsTotal).toBe(3);
    expect(f.noShows).toBe(1);
  });

  it('measures waits from issue to first call and service from serve to done, in minutes', () => {
    const f = todayFigures(base());
    expect(f.waitMinutes).toEqual({ count: 2, p50: 4, p90: 10, mean: 7 });
    expect(f.serviceMinutes).toEqual({ count: 1, p50: 10, p90: 10, mean: 10 });
  });

  it('counts postings collected, published and rejected, registrations, referrals and hires of the day', () => {
    const f = todayFigures(base());
    expect(f.postingsCollected).toBe(2);
    expect(f.postingsPublished).toBe(1);
    expect(f.postingsRejected).toBe(1);
    expect(f.registrations).toBe(1);
    expect(f.referrals).toBe(2);
    expect(f.hires).toBe(1);
  });

  it('averages the three survey scores and the share satisfied', () => {
    const f = todayFigures(base());
    expect(f.survey).toEqual({ responses: 2, environment: 4, process: 3.5, result: 3, satisfiedShare: 0.5 });
  });

  it('gives empty distributions, not zeros, on a day with nothing', () => {
    const f = todayFigures({ ...base(), day: '2026-12-31' });
    expect(f.ticketsTotal).toBe(0);
    expect(f.waitMinutes).toEqual({ count: 0, p50: null, p90: null, mean: null });
    expect(f.survey.satisfiedShare).toBeNull();
  });
});

describe('percentile', () => {
  it('is a value of the sample, between its min and max, and p50 ≤ p90 (property)', () => {
    assertProperty(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 200 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const p50 = percentile(sorted, 0.5) ?? Number.NaN;
        const p90 = percentile(sorted, 0.9) ?? Number.NaN;
        expect(xs).toContain(p50);
        expect(p50).toBeLessThanOrEqual(p90);
        expect(p90).toBeLessThanOrEqual(sorted.at(-1) ?? Number.NaN);
        // Nearest rank: at least half the sample is at or below p50.
        expect(sorted.filter((x) => x <= p50).length * 2).toBeGreaterThanOrEqual(xs.length);
      }),
    );
  });
  it('does not depend on input order', () => {
    expect(distribution([9, 1, 5])).toEqual(distribution([1, 5, 9]));
  });
});
