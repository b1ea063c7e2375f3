import { describe, expect, it } from 'vitest';
import { localDay } from '../../../../domain/clock/local-day';
import { daysOf, evaluatePeriod, parsePeriod, type Period } from '../../../../domain/evaluation/period';
import { todayFigures } from '../../../../domain/figures/today';
import { deriveQueue } from '../../../../domain/queue/ticket-state';
import { DAY, MIN, T0, makeEvent, makeTicket } from '../queue/fixtures';

const dayOf = (iso: string): string => localDay(Date.parse(iso));
const iso = (ms: number): string => new Date(ms).toISOString();
const D = 86_400_000;

function must(id: string): Period {
  const p = parsePeriod(id);
  if (p === null) throw new Error(`no period ${id}`);
  return p;
}

function inputs() {
  const today = makeTicket({ lane: 'A', number: 1, issuedAtMs: T0 });
  const yesterday = makeTicket({ lane: 'A', number: 1, issuedAtMs: T0 - D, day: '2026-11-25' });
  const december = makeTicket({ lane: 'A', number: 1, issuedAtMs: T0 + 6 * D, day: '2026-12-02' });
  const events = [
    makeEvent(today, 'printed', T0 + 1000),
    makeEvent(today, 'called', T0 + 4 * MIN, { windowNumber: 1 }),
    makeEvent(yesterday, 'printed', T0 - D + 1000),
    makeEvent(yesterday, 'called', T0 - D + 20 * MIN, { windowNumber: 1 }),
    makeEvent(december, 'printed', T0 + 6 * D + 1000),
    makeEvent(december, 'called', T0 + 6 * D + 9 * MIN, { windowNumber: 1 }),
  ];
  return {
    dayOf,
    tickets: deriveQueue([today, yesterday, december], events),
    postings: [],
    seekers: [
      { deleted: false, registeredAt: iso(T0) },
      { deleted: false, registeredAt: iso(T0 - D) },
      { deleted: false, registeredAt: iso(T0 + 6 * D) },
    ],
    applications: [{ deleted: false, status: 'hired' as const, requestedAt: iso(T0), confirmedAt: iso(T0 + 60 * MIN) }],
    serviceRecords: [],
    surveys: [{ deleted: false, at: iso(T0), environment: 5, process: 4, result: 4 }],
  };
}

describe('evaluation periods', () => {
  it('reads months, quarters and years, with the calendar’s own last days, and refuses anything else', () => {
    expect(parsePeriod('2026-11')).toEqual({ id: '2026-11', kind: 'month', first: '2026-11-01', last: '2026-11-30' });
    expect(parsePeriod('2028-02')?.last).toBe('2028-02-29');
    expect(parsePeriod('2026-Q4')).toMatchObject({ kind: 'quarter', first: '2026-10-01', last: '2026-12-31' });
    expect(parsePeriod('2026')).toMatchObject({ kind: 'year', first: '2026-01-01', last: '2026-12-31' });
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '26-11', '2026-11-01', '']) expect(parsePeriod(bad)).toBeNull();
    expect(daysOf(must('2026-11'))).toHaveLength(30);
    expect(daysOf(must('2026'))).toHaveLength(365);
  });

  it('gives each day the window’s own 今日 figures and the period the sum, leaving out days outside it', () => {
    const input = inputs();
    const ev = evaluatePeriod(must('2026-11'), input);
    expect(ev.days).toHaveLength(30);
    expect(ev.days.find((d) => d.day === DAY)).toEqual(todayFigures({ ...input, day: DAY }));
    expect(ev.total.ticketsTotal).toBe(2);
    expect(ev.total.registrations).toBe(2);
    expect(ev.total.hires).toBe(1);
    expect(ev.total.survey.responses).toBe(1);
    for (const key of ['ticketsTotal', 'registrations', 'hires', 'noShows'] as const)
      expect(ev.days.reduce((s, d) => s + d[key], 0)).toBe(ev.total[key]);
    const december = evaluatePeriod(must('2026-12'), input);
    expect(december.total.ticketsTotal).toBe(1);
    expect(december.total.registrations).toBe(1);
  });

  it('takes the period’s wait percentiles over all its tickets, not an average of daily ones', () => {
    const ev = evaluatePeriod(must('2026-Q4'), inputs());
    // Waits 4, 20 and 9 minutes: the nearest-rank median of all three is 9.
    expect(ev.total.waitMinutes).toMatchObject({ count: 3, p50: 9, p90: 20 });
  });
});
