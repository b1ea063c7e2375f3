import { describe, expect, it } from 'vitest';
import { hoursBetween, parseSchedule } from '../../../../domain/matching/schedule';

describe('parseSchedule', () => {
  it('reads an ISO date range with daily hours', () => {
    expect(parseSchedule('2026-12-05至2026-12-06，每天08:00-17:00', '2026-12-03')).toEqual({
      startDay: '2026-12-05',
      endDay: '2026-12-06',
      from: '08:00',
      to: '17:00',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
    });
  });
  it('places a 月日 without a year in the coming year once it is more than a week past', () => {
    expect(parseSchedule('1月5日 8:00-17:00', '2026-12-03').startDay).toBe('2027-01-05');
    expect(parseSchedule('12月1日起', '2026-12-03').startDay).toBe('2026-12-01');
  });
  it('reads a weekday range and full-width colons', () => {
    const s = parseSchedule('每周一至周六 08：30-17：30', '2026-12-03');
    expect(s.weekdays).toEqual([1, 2, 3, 4, 5, 6]);
    expect([s.from, s.to]).toEqual(['08:30', '17:30']);
  });
  it('leaves what the text does not say as null', () => {
    expect(parseSchedule('长期', '2026-12-03')).toEqual({
      startDay: null,
      endDay: null,
      from: null,
      to: null,
      weekdays: null,
    });
  });
  it('ignores a date that does not exist', () => {
    expect(parseSchedule('2026-02-30', '2026-12-03').startDay).toBeNull();
  });
  it('takes 29 February only in a leap year, and no month 13 or day 0', () => {
    expect(parseSchedule('2028-02-29', '2026-12-03').startDay).toBe('2028-02-29');
    expect(parseSchedule('2027-02-29', '2026-12-03').startDay).toBeNull();
    expect(parseSchedule('2100-02-29', '2026-12-03').startDay).toBeNull();
    expect(parseSchedule('2000-02-29', '2026-12-03').startDay).toBe('2000-02-29');
    expect(parseSchedule('2026-13-01', '2026-12-03').startDay).toBeNull();
    expect(parseSchedule('2026-12-00', '2026-12-03').startDay).toBeNull();
  });
});

describe('hoursBetween', () => {
  it('counts a night shift past midnight', () => {
    expect(hoursBetween('08:00', '17:00')).toBe(9);
    expect(hoursBetween('22:00', '06:00')).toBe(8);
  });
});
