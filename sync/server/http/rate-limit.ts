// Per-device (and, for enrolment, per-address) token buckets, in memory. With
// several server processes each keeps its own buckets, which only loosens the
// limit by the number of processes: fine for a guard against a runaway terminal.
export interface RateLimitOptions {
  /** Sustained requests per second. */
  readonly perSecond: number;
  /** Requests allowed in a burst. */
  readonly burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number,
  ) {}

  /** Takes a token; returns 0 when allowed, otherwise the seconds to wait. */
  take(key: string): number {
    const now = this.now();
    const { perSecond, burst } = this.options;
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.buckets.set(key, bucket);
      this.prune(now);
      return 0;
    }
    this.buckets.set(key, bucket);
    return Math.ceil((1 - bucket.tokens) / perSecond);
  }

  /** The seconds to wait before `key` may take a token, without taking one (0: it may). */
  waitFor(key: string): number {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return 0;
    const { perSecond, burst } = this.options;
    const tokens = Math.min(burst, bucket.tokens + ((this.now() - bucket.at) / 1000) * perSecond);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / perSecond);
  }

  /** Full buckets carry no information; drop them now and then so the map stays small. */
  private prune(now: number): void {
    if (this.buckets.size < 10_000) return;
    const fullAfter = (this.options.burst / this.options.perSecond) * 1000;
    for (const [k, b] of this.buckets) if (now - b.at > fullAfter) this.buckets.delete(k);
  }
}
