// The wait a kiosk prints and shows: a range, from today's real service times
// in the lane (DESIGN §4), never a single promise. Low end: the median service
// time; high end: the 80th percentile; each times the people ahead, shared by
// the windows serving the lane. No window serving the lane → unknown (未知),
// because nobody can say when it will open. The people ahead come from the
// calling rule (wait-prediction.ts), not from the order of issue.
import { isWaiting, serviceDurationMs, type TicketState } from './ticket-state';

export type WaitEstimate =
  | { readonly kind: 'unknown'; readonly peopleAhead: number }
  | {
      readonly kind: 'range';
      readonly peopleAhead: number;
      readonly lowMinutes: number;
      readonly highMinutes: number;
      /** `today`: from services finished today in the lane; `default`: none finished yet. */
      readonly basis: 'today' | 'default';
    };

export interface EstimateInput {
  readonly peopleAhead: number;
  /** Durations of today's finished services in the lane, in milliseconds. */
  readonly durationsMs: readonly number[];
  /** How many windows serve the lane now. */
  readonly windowsServing: number;
  /** Used until the first service of the day in the lane has finished. */
  readonly defaultServiceMinutes?: number;
}

/** The q-quantile (0..1) of sorted values, by linear interpolation. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('空样本没有分位数 / no quantile of an empty sample');
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

export function estimateWait(input: EstimateInput): WaitEstimate {
  const { peopleAhead, windowsServing } = input;
  if (windowsServing <= 0) return { kind: 'unknown', peopleAhead };
  const sorted = [...input.durationsMs].sort((a, b) => a - b);
  const basis = sorted.length === 0 ? 'default' : 'today';
  const fallbackMs = (input.defaultServiceMinutes ?? 5) * 60_000;
  const median = sorted.length === 0 ? fallbackMs : quantile(sorted, 0.5);
  const p80 = sorted.length === 0 ? fallbackMs * 2 : quantile(sorted, 0.8);
  const per = peopleAhead / windowsServing;
  return {
    kind: 'range',
    peopleAhead,
    lowMinutes: Math.floor((median * per) / 60_000),
    highMinutes: Math.max(Math.ceil((p80 * per) / 60_000), Math.floor((median * per) / 60_000)),
    basis,
  };
}

/** Durations of today's finished services in `lane` (the lane they were served in). */
export function laneServiceDurations(states: readonly TicketState[], lane: string): number[] {
  const out: number[] = [];
  for (const s of states) {
    if (s.lane !== lane) continue;
    const d = serviceDurationMs(s);
    if (d !== null) out.push(d);
  }
  return out;
}

/** Callable tickets per lane: the display's waiting counts. */
export function waitingCounts(states: readonly TicketState[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of states) if (isWaiting(s)) counts.set(s.lane, (counts.get(s.lane) ?? 0) + 1);
  return counts;
}

/** The kiosk's line: "约 5–12 分钟" / "about 5–12 min", or 未知 / unknown. */
export function describeWait(estimate: WaitEstimate): { zh: string; en: string } {
  if (estimate.kind === 'unknown') return { zh: '未知（暂无窗口办理）', en: 'unknown (no window open)' };
  const { lowMinutes: lo, highMinutes: hi } = estimate;
  if (hi === 0) return { zh: '即将叫号', en: 'very soon' };
  if (lo === hi) return { zh: `约 ${lo} 分钟`, en: `about ${lo} min` };
  return { zh: `约 ${lo}–${hi} 分钟`, en: `about ${lo}–${hi} min` };
}
