import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffCeiling, backoffDelay, DEFAULT_BACKOFF } from '../../../../sync/client/backoff';
import { assertProperty } from '../../../support/property';

const options = { baseMs: 500, maxMs: 30_000, factor: 2 };

describe('backoff', () => {
  it('grows exponentially from the base and stops at the cap', () => {
    expect([1, 2, 3, 4].map((a) => backoffCeiling(a, options))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffCeiling(7, options)).toBe(30_000);
    expect(backoffCeiling(10_000, options)).toBe(30_000);
    expect(backoffCeiling(1)).toBe(DEFAULT_BACKOFF.baseMs);
  });

  it('keeps every delay within [ceiling/2, ceiling], whatever the attempt and the random draw', () => {
    assertProperty(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0, max: 1, maxExcluded: true }), (a, r) => {
        const ceiling = backoffCeiling(a, options);
        const d = backoffDelay(a, () => r, options);
        return d >= Math.floor(ceiling / 2) && d <= ceiling && d <= options.maxMs;
      }),
    );
  });

  it('spreads delays across the jitter range (the random half is used)', () => {
    expect(backoffDelay(3, () => 0, options)).toBe(1000);
    expect(backoffDelay(3, () => 0.999_999, options)).toBe(2000);
    expect(backoffDelay(3, () => 0.5, options)).toBe(1500);
  });

  it('stays in range when the random source misbehaves', () => {
    for (const r of [-1, 2, Number.NaN, Number.POSITIVE_INFINITY]) {
      const d = backoffDelay(2, () => r, options);
      expect(d).toBeGreaterThanOrEqual(500);
      expect(d).toBeLessThanOrEqual(1000);
    }
  });

  it('refuses attempts that are not positive integers', () => {
    expect(() => backoffCeiling(0)).toThrow(RangeError);
    expect(() => backoffCeiling(1.5)).toThrow(/attempt/);
  });
});
