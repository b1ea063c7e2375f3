import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPrng } from '../../../../domain/demo/prng';
import { assertProperty } from '../../../support/property';

const draw = (seed: number, stream = '', n = 8) => {
  const prng = createPrng(seed, stream);
  return Array.from({ length: n }, () => prng.next());
};

describe('demo PRNG', () => {
  it('gives the same sequence for the same seed and stream', () => {
    assertProperty(
      fc.property(fc.integer(), fc.string(), (seed, stream) => {
        expect(draw(seed, stream)).toEqual(draw(seed, stream));
      }),
    );
  });

  it('gives different sequences for different seeds, streams, and seeds that differ only above 32 bits', () => {
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(1, 'postings')).not.toEqual(draw(1, 'employers'));
    expect(draw(1)).not.toEqual(draw(1 + 2 ** 32));
  });

  it('keeps next() in [0, 1) and int() within both bounds, reaching each end', () => {
    assertProperty(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 5 }),
        (seed, min, span) => {
          const prng = createPrng(seed);
          const seen = new Set<number>();
          for (let i = 0; i < 200; i++) {
            const x = prng.next();
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThan(1);
            const n = prng.int(min, min + span);
            expect(Number.isInteger(n)).toBe(true);
            seen.add(n);
          }
          expect(Math.min(...seen)).toBe(min);
          expect(Math.max(...seen)).toBe(min + span);
        },
      ),
    );
  });

  it('never picks an item of weight zero and follows the weights roughly', () => {
    const prng = createPrng(7);
    const counts = { a: 0, b: 0, never: 0 };
    const items = [
      { value: 'a' as const, weight: 3 },
      { value: 'never' as const, weight: 0 },
      { value: 'b' as const, weight: 1 },
    ];
    for (let i = 0; i < 4000; i++) counts[prng.weighted(items)]++;
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });

  it('shuffles into a permutation of the input without touching it', () => {
    const input = Array.from({ length: 30 }, (_, i) => i);
    const out = createPrng(3).shuffle(input);
    expect(out).not.toEqual(input);
    expect([...out].sort((a, b) => a - b)).toEqual(input);
    expect(input[0]).toBe(0);
  });

  it('yields random bytes of the asked length, deterministically', () => {
    const a = createPrng(9).bytes(16);
    expect(a).toHaveLength(16);
    expect(a).toEqual(createPrng(9).bytes(16));
    expect(new Set(a).size).toBeGreaterThan(8);
  });

  it('refuses seeds that are not safe integers, empty picks and zero total weight', () => {
    expect(() => createPrng(1.5)).toThrow(/safe integer/);
    expect(() => createPrng(Number.NaN)).toThrow(/safe integer/);
    expect(() => createPrng(1).pick([])).toThrow(/empty/);
    expect(() => createPrng(1).weighted([{ value: 'x', weight: 0 }])).toThrow(/weights/);
    expect(() =>
      createPrng(1).weighted([
        { value: 'x', weight: 2 },
        { value: 'y', weight: -1 },
      ]),
    ).toThrow(/negative/);
    expect(() => createPrng(1).int(3, 2)).toThrow(/range/);
  });
});
