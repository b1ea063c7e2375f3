// Wrong-PIN lockout: after a few wrong PINs in a row a staff member's login is
// locked for a while, so a short PIN cannot be guessed at the window. Counted
// per staff member (one person's typos do not lock out a colleague) and kept
// by the caller across reloads (a reload must not reset the count). Pure.

export interface LockoutPolicy {
  /** Wrong PINs in a row that lock the login. */
  readonly maxAttempts: number;
  /** How long the login stays locked. */
  readonly lockMs: number;
}

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = { maxAttempts: 5, lockMs: 5 * 60_000 };

export interface LockoutState {
  readonly failures: number;
  /** Wall-clock millis until which the login is locked; null when it is not. */
  readonly lockedUntil: number | null;
}

export const NO_FAILURES: LockoutState = { failures: 0, lockedUntil: null };

/** Millis left of a lock at `now`, or 0 when logging in is allowed. */
export function lockRemainingMs(state: LockoutState, now: number): number {
  return state.lockedUntil === null ? 0 : Math.max(0, state.lockedUntil - now);
}

/** The state after one more wrong PIN; the lock starts when the count reaches the limit. */
export function recordFailure(
  state: LockoutState,
  now: number,
  policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY,
): LockoutState {
  // A lock that has run out starts a fresh count.
  const base = state.lockedUntil !== null && state.lockedUntil <= now ? NO_FAILURES : state;
  const failures = base.failures + 1;
  return failures >= policy.maxAttempts
    ? { failures, lockedUntil: now + policy.lockMs }
    : { failures, lockedUntil: null };
}

/** Attempts left before the lock. */
export function attemptsLeft(state: LockoutState, policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY): number {
  return Math.max(0, policy.maxAttempts - state.failures);
}
