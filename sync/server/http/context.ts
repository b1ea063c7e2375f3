// What the routes share: the store, the clock, and the server's live parts.
import type { Store } from '../store/open';
import type { Metrics } from '../metrics';
import type { PokeHub } from '../poke-hub';
import type { PageCache } from '../pull/page-cache';
import type { DeviceAuth } from './auth';
import type { RateLimiter } from './rate-limit';
import type { NumberRange } from '../../protocol/queue';

/** What a server running as a market hub adds (relay mode). */
export interface HubPort {
  /** A block of numbers from the central server; throws when it cannot be reached. */
  leaseUpstream(day: string, lane: string, size: number): Promise<NumberRange>;
  /** Local pushes committed mutations for the central server: relay soon. */
  pushed(): void;
}

export interface ServerContext {
  readonly store: Store;
  readonly now: () => number;
  readonly auth: DeviceAuth;
  /** Enrolment is unauthenticated: limited per client address. */
  readonly enrolLimiter: RateLimiter;
  readonly hub: PokeHub;
  /** Poke these markets' sockets in every server process (LISTEN/NOTIFY when configured). */
  readonly poke: (markets: ReadonlySet<string | null>) => void;
  /** Set when this server is a market hub relaying to a central server. */
  readonly relay?: HubPort;
  readonly metrics: Metrics;
  /** Pull answers shared by terminals asking the same question. */
  readonly pages: PageCache;
  readonly version: string;
  readonly startedAt: number;
}
