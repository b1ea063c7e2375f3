// What the routes share: the store, the clock, and the server's live parts.
import type { Store } from '../store/open';
import type { Metrics } from '../metrics';
import type { PokeHub } from '../poke-hub';
import type { DeviceAuth } from './auth';
import type { RateLimiter } from './rate-limit';

export interface ServerContext {
  readonly store: Store;
  readonly now: () => number;
  readonly auth: DeviceAuth;
  /** Enrolment is unauthenticated: limited per client address. */
  readonly enrolLimiter: RateLimiter;
  readonly hub: PokeHub;
  readonly metrics: Metrics;
  readonly version: string;
  readonly startedAt: number;
}
