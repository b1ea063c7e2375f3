// The city's evaluation of a market (第十八条) over a period: a month
// (2026-11), a quarter (2026-Q4) or a year (2026). The figures are
// domain/figures' own, computed once per day and once over the whole period
// (every day of the period counted as one), so the console's numbers are the
// window's 今日 numbers added up, and the period's wait percentiles are those
// of all its tickets rather than an average of daily percentiles.
import { addDays } from '../clock/local-day';
import { todayFigures, type FigureInputs, type TodayFigures } from '../figures/today';

export type PeriodKind = 'month' | 'quarter' | 'year';

export interface Period {
  readonly id: string;
  readonly kind: PeriodKind;
  /** First and last day, inclusive, YYYY-MM-DD. */
  readonly first: string;
  readonly last: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return `${year}-${pad(month)}-${pad(d.getUTCDate())}`;
}

/** The period named by `id`, or null when it names none. */
export function parsePeriod(id: string): Period | null {
  let m = /^(\d{4})-(\d{2})$/.exec(id);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12) return null;
    return { id, kind: 'month', first: `${year}-${pad(month)}-01`, last: lastDayOfMonth(year, month) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(id);
  if (m) {
    const [year, q] = [Number(m[1]), Number(m[2])];
    return { id, kind: 'quarter', first: `${year}-${pad(q * 3 - 2)}-01`, last: lastDayOfMonth(year, q * 3) };
  }
  m = /^(\d{4})$/.exec(id);
  if (m) return { id, kind: 'year', first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  return null;
}

export function daysOf(period: Period): string[] {
  const days: string[] = [];
  for (let d = period.first; d <= period.last; d = addDays(d, 1)) days.push(d);
  return days;
}

/** The month a day belongs to, as a period id. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export interface PeriodEvaluation {
  readonly period: Period;
  readonly days: readonly TodayFigures[];
  /** The whole period at once; its `day` is the period's id. */
  readonly total: TodayFigures;
}

export type PeriodInputs = Omit<FigureInputs, 'day' | 'rejectionsToday'>;

export function evaluatePeriod(period: Period, input: PeriodInputs): PeriodEvaluation {
  const inPeriod = (day: string) => day >= period.first && day <= period.last;
  const days = daysOf(period).map((day) => todayFigures({ ...input, day }));
  // Every day of the period folds onto the period's id, so todayFigures counts the period as one day.
  const OUT = '';
  const fold = (day: string) => (inPeriod(day) ? period.id : OUT);
  const total = todayFigures({
    day: period.id,
    dayOf: (iso) => fold(input.dayOf(iso)),
    tickets: input.tickets.map((t) => ({ ...t, day: fold(t.day) })),
    postings: input.postings,
    seekers: input.seekers,
    applications: input.applications,
    serviceRecords: input.serviceRecords.map((r) => ({ ...r, day: fold(r.day) })),
    surveys: input.surveys,
  });
  return { period, days, total };
}
