// Ticket-number leases (DESIGN §4): a terminal issues numbers from blocks it
// leased from the market authority, asks for another block when 20 or fewer
// are left, and falls back to its own band when it has none. This module is
// the request (validated like every sync answer) and the refill rule; where
// the blocks are kept is the replica's business, behind LeaseStore, so the
// client never imports the renderer.
import { LEASE_PATH } from '../protocol/paths';
import { DEFAULT_LEASE_SIZE, leaseResponseSchema, type LeaseResponse, type NumberRange } from '../protocol/queue';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../protocol/version';
import { clientError, toSyncError, type SyncError } from './errors';
import { DEFAULT_REQUEST_TIMEOUT_MS, postJson, type CallOptions, type FetchLike } from './transport';
import { globalTimers, type Timers } from './timers';

/** Ask again when this many leased numbers or fewer are left (DESIGN §4). */
export const LEASE_REFILL_AT = 20;

export interface LeaseInput {
  /** The market's local day, `YYYY-MM-DD`. */
  readonly day: string;
  readonly lane: string;
  readonly size?: number;
}

export interface LeaseTransport {
  lease(input: LeaseInput, options?: CallOptions): Promise<LeaseResponse>;
}

export interface HttpLeaseTransportOptions {
  readonly baseUrl: string;
  readonly token: string | (() => string);
  readonly fetch?: FetchLike;
  readonly timeoutMs?: number;
  readonly timers?: Timers;
}

export class HttpLeaseTransport implements LeaseTransport {
  private readonly fetchFn: FetchLike;

  constructor(private readonly options: HttpLeaseTransportOptions) {
    // Bound here: a browser's fetch called as a method of another object throws "Illegal invocation".
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  lease(input: LeaseInput, options: CallOptions = {}): Promise<LeaseResponse> {
    const { token } = this.options;
    return postJson(
      this.fetchFn,
      `${this.options.baseUrl.replace(/\/+$/, '')}${LEASE_PATH}`,
      {
        protocolVersion: PROTOCOL_VERSION,
        schemaVersion: SCHEMA_VERSION,
        day: input.day,
        lane: input.lane,
        size: input.size ?? DEFAULT_LEASE_SIZE,
      },
      leaseResponseSchema,
      {
        token: typeof token === 'function' ? token() : token,
        timeoutMs: this.options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        timers: this.options.timers ?? globalTimers,
        ...options,
      },
    );
  }
}

/** What the terminal holds for one (day, lane). */
export interface HeldLeases {
  readonly blocks: readonly NumberRange[];
  /** The terminal's fallback band index; null before the authority assigned one. */
  readonly bandIndex: number | null;
}

/** The local side: where blocks are kept and which numbers are already used. */
export interface LeaseStore {
  held(day: string, lane: string): Promise<HeldLeases>;
  /** Keep a block just leased (and the band index that came with it). */
  add(response: LeaseResponse): Promise<void>;
  /** Numbers already issued in (day, lane), by anyone this replica knows of. */
  used(day: string, lane: string): Promise<ReadonlySet<number>>;
}

/** Unused numbers left in `blocks`. */
export function remainingIn(blocks: readonly NumberRange[], used: ReadonlySet<number>): number {
  let left = 0;
  for (const b of blocks) for (let n = b.from; n <= b.to; n++) if (!used.has(n)) left++;
  return left;
}

export type RefillResult =
  | { readonly kind: 'enough'; readonly remaining: number }
  | { readonly kind: 'leased'; readonly remaining: number; readonly response: LeaseResponse }
  /** The authority could not be reached or refused: the terminal goes on with what it holds, then its band. */
  | { readonly kind: 'failed'; readonly remaining: number; readonly error: SyncError };

export interface LeaseKeeperOptions {
  readonly transport: LeaseTransport | null;
  readonly store: LeaseStore;
  readonly blockSize?: number;
  readonly refillAt?: number;
}

/**
 * Keeps enough numbers leased per (day, lane). One request per (day, lane) at
 * a time: a second caller waits for the request already under way rather than
 * leasing a block nobody needs.
 */
export class LeaseKeeper {
  private readonly inFlight = new Map<string, Promise<RefillResult>>();

  constructor(private readonly options: LeaseKeeperOptions) {}

  private get refillAt(): number {
    return this.options.refillAt ?? LEASE_REFILL_AT;
  }

  async remaining(day: string, lane: string): Promise<number> {
    const [held, used] = await Promise.all([this.options.store.held(day, lane), this.options.store.used(day, lane)]);
    return remainingIn(held.blocks, used);
  }

  /** Lease another block when `refillAt` or fewer numbers are left. Never throws for a network failure. */
  refill(day: string, lane: string): Promise<RefillResult> {
    const key = `${day}/${lane}`;
    const running = this.inFlight.get(key);
    if (running !== undefined) return running;
    const started = this.run(day, lane).finally(() => {
      this.inFlight.delete(key);
    });
    this.inFlight.set(key, started);
    return started;
  }

  private async run(day: string, lane: string): Promise<RefillResult> {
    const remaining = await this.remaining(day, lane);
    if (remaining > this.refillAt) return { kind: 'enough', remaining };
    const { transport } = this.options;
    if (transport === null) {
      // Not enrolled (or no server configured): nothing to ask.
      return { kind: 'failed', remaining, error: clientError('network') };
    }
    let response: LeaseResponse;
    try {
      response = await transport.lease({ day, lane, size: this.options.blockSize ?? DEFAULT_LEASE_SIZE });
    } catch (error) {
      // Offline is normal for a kiosk: the caller falls back to its band and says so.
      return { kind: 'failed', remaining, error: toSyncError(error, 'network') };
    }
    // The store write is local: if it fails, the block is lost (never reused), and the caller hears of it.
    await this.options.store.add(response);
    return { kind: 'leased', remaining: remaining + (response.to - response.from + 1), response };
  }
}
