// The window's claim on a ticket (DESIGN §4): calling is the one contended
// operation, so before a caller writes `called` it asks the market authority
// (hub or central server) to arbitrate. The answer is parsed like every other
// (transport.ts `postJson`): a malformed one becomes a typed SyncError, never
// a half-trusted "ok". A claim waits far less than a push: a window with a
// person in front of it must learn quickly that it is cut off, and then falls
// back to the offline rule (domain/queue/offline.ts).
import { CLAIM_PATH } from '../protocol/paths';
import { claimResponseSchema, type ClaimResponse } from '../protocol/queue';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../protocol/version';
import { clientError, SyncError } from './errors';
import { globalTimers, type Timers } from './timers';
import { postJson, type CallOptions, type FetchLike } from './transport';

export const DEFAULT_CLAIM_TIMEOUT_MS = 4_000;

export interface ClaimInput {
  readonly ticketId: string;
  readonly windowNumber: number;
}

/** What the caller needs from the authority; tests and the screen's fakes implement it too. */
export interface ClaimTransport {
  claim(input: ClaimInput, options?: CallOptions): Promise<ClaimResponse>;
}

export interface HttpClaimTransportOptions {
  /** `http://host:port`, without a trailing path. */
  readonly baseUrl: string;
  readonly token: string | (() => string);
  readonly fetch?: FetchLike;
  readonly timeoutMs?: number;
  readonly timers?: Timers;
}

/**
 * Whether a failed claim means "no authority answered" (the offline rule
 * applies) rather than "the authority refused this terminal". Answers that
 * are not a verdict on the ticket (a time-out, a broken proxy, a hub that
 * cannot reach the centre) all leave the window as if cut off.
 */
export function isAuthorityUnreachable(error: unknown): boolean {
  if (!(error instanceof SyncError)) return false;
  if (error.offline) return true;
  if (error.code === 'authority_unreachable' || error.code === 'internal' || error.code === 'malformed_response') {
    return true;
  }
  return error.code === 'http_status' && (error.status === undefined || error.status >= 500);
}

export class HttpClaimTransport implements ClaimTransport {
  private readonly fetchFn: FetchLike;
  private readonly timeoutMs: number;
  private readonly timers: Timers;

  constructor(private readonly options: HttpClaimTransportOptions) {
    // Bound here: a browser's fetch called as a method of another object throws "Illegal invocation".
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_CLAIM_TIMEOUT_MS;
    this.timers = options.timers ?? globalTimers;
  }

  async claim(input: ClaimInput, options: CallOptions = {}): Promise<ClaimResponse> {
    const { token } = this.options;
    const answer = await postJson(
      this.fetchFn,
      `${this.options.baseUrl.replace(/\/+$/, '')}${CLAIM_PATH}`,
      {
        protocolVersion: PROTOCOL_VERSION,
        schemaVersion: SCHEMA_VERSION,
        ticketId: input.ticketId,
        windowNumber: input.windowNumber,
      },
      claimResponseSchema,
      {
        token: typeof token === 'function' ? token() : token,
        timeoutMs: this.timeoutMs,
        timers: this.timers,
        ...options,
      },
    );
    // A well-formed verdict on another ticket is still no verdict on ours.
    if (answer.ticketId !== input.ticketId) {
      throw clientError('malformed_response', `claim answered for ticket ${answer.ticketId}`);
    }
    if (answer.status === 'ok' && answer.windowNumber !== input.windowNumber) {
      throw clientError('malformed_response', `claim granted to window ${answer.windowNumber}`);
    }
    return answer;
  }
}
