import { describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../../../domain/clock/local-day';

describe('the market local day', () => {
  it('turns over at midnight in Chongqing, not at UTC midnight', () => {
    expect(localDay(Date.parse('2026-11-26T15:59:59.999Z'))).toBe('2026-11-26');
    expect(localDay(Date.parse('2026-11-26T16:00:00.000Z'))).toBe('2026-11-27');
  });

  it('adds calendar days across months and leap years', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(() => addDays('2026-13-01', 1)).toThrow(/invalid day/);
    expect(() => addDays('2026-02-30', 1)).toThrow(/invalid day/);
  });
});
