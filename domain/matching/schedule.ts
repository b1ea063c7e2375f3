// What a posting's 工作时长 says about when the work is. The stored posting has
// no start-date field: the window writes the dates into 工作时长 as people say
// them (`2026-12-05至2026-12-06，每天08:00-17:00`, `12月5日 8:00-17:00`,
// `每周一至周六08:00-17:00`), so matching reads them back out of the text. A
// part the text does not state stays null and counts as unknown, never as a
// mismatch.
import { addDays } from '../clock/local-day';

export interface Schedule {
  /** First working day, `YYYY-MM-DD`. */
  readonly startDay: string | null;
  /** Last working day, when the text gives a range. */
  readonly endDay: string | null;
  /** Daily hours, `HH:MM`. */
  readonly from: string | null;
  readonly to: string | null;
  /** ISO weekdays the text limits the work to (每周一至周六); null = not stated. */
  readonly weekdays: readonly number[] | null;
}

const ISO_DAY = /(\d{4})-(\d{1,2})-(\d{1,2})/g;
const MONTH_DAY = /(\d{1,2})月(\d{1,2})[日号]/g;
const HOURS = /([01]?\d|2[0-3])[:：]([0-5]\d)\s*[-–—~～至到]\s*([01]?\d|2[0-4])[:：]([0-5]\d)/;
const WEEKDAY_CHARS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const WEEKDAY_RANGE = /(?:每)?(?:周|星期)([一二三四五六日天])\s*[至到-]\s*(?:周|星期)?([一二三四五六日天])/;

const pad = (n: number) => String(n).padStart(2, '0');

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Checked by arithmetic, not through Date: it runs for every date in 20,000 postings on each ranking. */
function validDay(y: number, m: number, d: number): string | null {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const last = m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0);
  return d > last ? null : `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** A 月日 without a year is the next such day on or after a week before today (a job that began this week still reads right). */
function dayFromMonthDay(month: number, day: number, today: string, floor: string): string | null {
  const year = Number(today.slice(0, 4));
  const thisYear = validDay(year, month, day);
  if (thisYear !== null && thisYear >= floor) return thisYear;
  return validDay(year + 1, month, day);
}

function daysIn(text: string, today: string): string[] {
  const days: { at: number; day: string }[] = [];
  for (const m of text.matchAll(ISO_DAY)) {
    const day = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day !== null) days.push({ at: m.index, day });
  }
  if (days.length === 0) {
    let floor: string | null = null;
    for (const m of text.matchAll(MONTH_DAY)) {
      floor ??= addDays(today, -7);
      const day = dayFromMonthDay(Number(m[1]), Number(m[2]), today, floor);
      if (day !== null) days.push({ at: m.index, day });
    }
  }
  return days.sort((a, b) => a.at - b.at).map((d) => d.day);
}

function weekdaysIn(text: string): number[] | null {
  const range = WEEKDAY_RANGE.exec(text);
  if (range === null) return /每天|每日/.test(text) ? [1, 2, 3, 4, 5, 6, 7] : null;
  const first = WEEKDAY_CHARS[range[1] ?? ''] ?? 1;
  const last = WEEKDAY_CHARS[range[2] ?? ''] ?? 7;
  const out: number[] = [];
  for (let d = first; d !== last; d = (d % 7) + 1) out.push(d);
  out.push(last);
  return out.sort((a, b) => a - b);
}

/** `today` places a 月日 without a year. */
export function parseSchedule(duration: string, today: string): Schedule {
  const text = duration.normalize('NFKC');
  const days = daysIn(text, today);
  const hours = HOURS.exec(text);
  return {
    startDay: days[0] ?? null,
    endDay: days.length > 1 ? (days[days.length - 1] ?? null) : null,
    from: hours === null ? null : `${pad(Number(hours[1]))}:${hours[2] ?? '00'}`,
    to: hours === null ? null : `${pad(Number(hours[3]))}:${hours[4] ?? '00'}`,
    weekdays: weekdaysIn(text),
  };
}

/** Minutes between two `HH:MM`; an end before the start is a night shift past midnight. */
export function hoursBetween(from: string, to: string): number {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const span = minutes(to) - minutes(from);
  return (span > 0 ? span : span + 24 * 60) / 60;
}
