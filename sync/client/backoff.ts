// Capped exponential backoff with jitter. "Equal jitter": half the capped
// delay is fixed and half is random, so a terminal never retries at once
// (the fixed half) while a hall of terminals that lost the network together
// do not come back in lockstep (the random half).
import type { RandomSource } from './timers';

export interface BackoffOptions {
  /** Delay ceiling of the first retry, in ms. */
  readonly baseMs: number;
  /** No delay is longer than this. */
  readonly maxMs: number;
  /** Growth per failed attempt. */
  readonly factor: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 60_000, factor: 2 };

/** The ceiling of attempt `attempt` (1 = the first retry): base·factor^(attempt−1), capped. */
export function backoffCeiling(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RangeError(`重试次数须为正整数 / attempt must be a positive integer: ${attempt}`);
  }
  // Exponent clamped so huge attempt counts cannot overflow to Infinity·0 = NaN.
  const exponent = Math.min(attempt - 1, 64);
  return Math.min(options.maxMs, options.baseMs * options.factor ** exponent);
}

/** A delay in [ceiling/2, ceiling] for attempt `attempt`. */
export function backoffDelay(attempt: number, random: RandomSource, options: BackoffOptions = DEFAULT_BACKOFF): number {
  const ceiling = backoffCeiling(attempt, options);
  const r = random();
  // A broken random source must not produce negative or runaway delays.
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0.5;
  return Math.round(ceiling / 2 + (ceiling / 2) * unit);
}
