import { describe, expect, it } from 'vitest';
import { latencySample, p99OverRounds, percentile, summariseRounds } from '../../bench/latency';
import { toLine } from '../../bench/harness';
import { roleOf } from '../../bench/sync-poke.bench';

describe('latency samples', () => {
  it('throws on a sample whose end is before its start, so a misplaced timer cannot pass as fast', () => {
    expect(() => latencySample(100, 99.5)).toThrow(/negative/);
    expect(() => latencySample(Number.NaN, 1)).toThrow(/invalid/);
    expect(latencySample(10, 12.5)).toBe(2.5);
  });

  it('takes the nearest-rank 99th percentile', () => {
    const sorted = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(percentile(sorted, 99)).toBe(198);
    expect(percentile([1, 2, 3], 99)).toBe(3);
  });
});

describe('rounds', () => {
  it('reports the median of the rounds’ p99s with each round and the spread', async () => {
    const rounds = [
      Array.from({ length: 100 }, () => 10),
      Array.from({ length: 100 }, () => 30),
      Array.from({ length: 100 }, () => 20),
    ];
    const summary = await p99OverRounds((i) => Promise.resolve(rounds[i] ?? []));
    expect(summary).toEqual({ median: 20, min: 10, max: 30, rounds: [10, 30, 20] });
    const line = toLine(
      { name: 'x', unit: 'ms', better: 'lower', run: () => Promise.resolve({ value: 0, baseline: 1 }) },
      { value: summary.median, baseline: 2, rounds: summary.rounds },
    );
    expect(line).toMatchObject({ value: 20, rounds: [10, 30, 20], spread: 20, ratio: 10 });
  });

  it('refuses a round without samples rather than printing NaN', async () => {
    await expect(p99OverRounds(() => Promise.resolve([]))).rejects.toThrow(/no samples/);
    expect(() => summariseRounds([])).toThrow(/no rounds/);
  });

  it('averages the middle two of an even count', () => {
    expect(summariseRounds([4, 1, 3, 2]).median).toBe(2.5);
  });
});

describe('the poke bench fleet', () => {
  it('mixes roles as a market has them: 10 callers, 6 kiosks and 2 displays in every 18', () => {
    const counts = { caller: 0, kiosk: 0, display: 0 };
    for (let i = 0; i < 1800; i++) counts[roleOf(i)] += 1;
    expect(counts).toEqual({ caller: 1000, kiosk: 600, display: 200 });
  });
});
