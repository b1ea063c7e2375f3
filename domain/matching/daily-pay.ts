// Pay on one scale, so a seeker's "at least 200 a day" compares with postings
// paid by the hour, the day or the month. Piece and task rates say nothing
// about a day's earnings, so they stay unknown rather than being guessed.
import type { PayUnit } from '../posting/content';

/** A working day when the posting states no hours (the 8-hour day of 劳动法 第三十六条). */
export const DEFAULT_HOURS_PER_DAY = 8;
/** Monthly pay over the legal average of working days a month (人社部 21.75). */
export const WORKING_DAYS_PER_MONTH = 21.75;

/** Yuan per day, rounded to whole yuan; null when the unit cannot be put on a day. */
export function dailyPay(pay: { amount: number; unit: PayUnit }, hoursPerDay: number | null): number | null {
  switch (pay.unit) {
    case 'hour':
      return Math.round(pay.amount * (hoursPerDay ?? DEFAULT_HOURS_PER_DAY));
    case 'day':
      return Math.round(pay.amount);
    case 'month':
      return Math.round(pay.amount / WORKING_DAYS_PER_MONTH);
    case 'piece':
    case 'task':
      return null;
  }
}
