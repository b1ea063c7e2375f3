// What the demo needs of the calendar beyond domain/clock/local-day: weekdays
// and "this time on that day in Chongqing". Chongqing keeps China Standard
// Time all year (no daylight saving since 1991), so a fixed UTC+8 offset is
// exact and the demo needs no time-zone database.

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Midnight UTC of `day`; throws on a malformed day or one that does not exist (2026-02-30). */
function dayStartUtc(day: string): number {
  const millis = DAY_RE.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
  if (Number.isNaN(millis) || new Date(millis).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`日期无效，应为 YYYY-MM-DD / invalid day, expected YYYY-MM-DD: ${day}`);
  }
  return millis;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  const utcDay = new Date(dayStartUtc(day)).getUTCDay();
  return utcDay === 0 ? 7 : utcDay;
}

/** The instant of `time` (HH:MM) on `day` in Chongqing. */
export function localMillis(day: string, time: string): number {
  const m = TIME_RE.exec(time);
  if (!m) throw new RangeError(`时间格式应为 HH:MM / a time must be HH:MM: ${time}`);
  return dayStartUtc(day) + (Number(m[1]) * 60 + Number(m[2])) * 60_000 - SHANGHAI_OFFSET_MS;
}

export function isoInstant(millis: number): string {
  return new Date(millis).toISOString();
}
