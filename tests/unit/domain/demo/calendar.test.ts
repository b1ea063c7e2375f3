import { describe, expect, it } from 'vitest';
import { isoWeekday, localMillis } from '../../../../domain/demo/calendar';

describe('demo calendar', () => {
  it('numbers weekdays from Monday = 1 to Sunday = 7', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-28')).toBe(6);
    expect(isoWeekday('2026-11-29')).toBe(7);
  });

  it('places a Chongqing clock time eight hours ahead of UTC, across the date line of midnight', () => {
    expect(new Date(localMillis('2026-12-09', '09:00')).toISOString()).toBe('2026-12-09T01:00:00.000Z');
    expect(new Date(localMillis('2026-12-09', '07:30')).toISOString()).toBe('2026-12-08T23:30:00.000Z');
  });

  it('rejects days that do not exist and malformed times', () => {
    expect(() => isoWeekday('2026-02-30')).toThrow(/invalid day/);
    expect(() => isoWeekday('26-1-1')).toThrow(/invalid day/);
    expect(() => localMillis('2026-12-09', '24:00')).toThrow(/HH:MM/);
  });
});
