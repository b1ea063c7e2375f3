// Every figure is printed as a ratio against a baseline measured in the same
// run, because these machines are noisy: absolute numbers from two runs are
// not comparable, ratios mostly are.

export interface BenchResult {
  /** The figure itself, e.g. postings per second. */
  value: number;
  /** The same quantity for the baseline, measured in the same run. */
  baseline: number;
  /** Latency benches: the p99 of each round; `value` is their median. */
  rounds?: readonly number[];
}

/** Thrown by a bench that cannot run on this machine (no browser, say): the runner prints why and goes on. */
export class BenchSkipped extends Error {
  override readonly name = 'BenchSkipped';
}

export interface Benchmark {
  name: string;
  unit: string;
  /** 'higher' when more is better (throughput), 'lower' for latencies. */
  better: 'higher' | 'lower';
  run(): Promise<BenchResult>;
}

export interface BenchLine {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
  /** Latency benches: each round's p99 and the spread between the lowest and the highest. */
  rounds?: number[];
  spread?: number;
}

export function toLine(b: Benchmark, r: BenchResult): BenchLine {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const line: BenchLine = {
    name: b.name,
    value: round(r.value),
    unit: b.unit,
    baseline: round(r.baseline),
    ratio: round(r.value / r.baseline),
  };
  if (r.rounds !== undefined && r.rounds.length > 0) {
    line.rounds = r.rounds.map(round);
    line.spread = round(Math.max(...r.rounds) - Math.min(...r.rounds));
  }
  return line;
}

/** Run `fn` repeatedly for at least `minMillis`; returns operations per second. */
export function opsPerSecond(fn: () => number, minMillis = 1000): number {
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    ops += fn();
    elapsed = performance.now() - start;
  } while (elapsed < minMillis);
  return (ops * 1000) / elapsed;
}
