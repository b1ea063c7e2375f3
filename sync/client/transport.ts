// HTTP transport to the sync server. Every answer — success or error — is
// parsed with the protocol's zod schemas before anything else sees it: a proxy's
// HTML error page, a truncated body or a server bug becomes a typed SyncError,
// never a half-trusted object. `fetch` is injected so tests can use the real
// one against a loopback server, or a fake.
import type { z } from 'zod';
import type { Mutation } from '../../domain/records/mutation';
import { enrolResponseSchema, type EnrolResponse } from '../protocol/enrol';
import { errorBodySchema, ERROR_MESSAGES } from '../protocol/errors';
import { ENROL_PATH, PULL_PATH, PUSH_PATH } from '../protocol/paths';
import { pullResponseSchema, type PullResponse } from '../protocol/pull';
import { pushResponseSchema, type PushResponse } from '../protocol/push';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../protocol/version';
import { clientError, SyncError } from './errors';
import { globalTimers, type Timers } from './timers';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface PushInput {
  readonly deviceId: string;
  readonly mutations: readonly Mutation[];
}

export interface PullInput {
  readonly cursor: string | null;
  readonly epoch: string | null;
  readonly limit?: number;
}

export interface CallOptions {
  /** Aborts the request (the engine stopping). */
  readonly signal?: AbortSignal;
}

/** What the engine needs from a server; wrappers (tests, a hub relay) implement it too. */
export interface SyncTransport {
  push(input: PushInput, options?: CallOptions): Promise<PushResponse>;
  pull(input: PullInput, options?: CallOptions): Promise<PullResponse>;
}

export interface HttpTransportOptions {
  /** `http://host:port`, without a trailing path. */
  readonly baseUrl: string;
  /** The device token; a function so a re-enrolled token is picked up without a new transport. */
  readonly token: string | (() => string);
  readonly fetch?: FetchLike;
  /** A request with no answer after this long fails with `timeout`. */
  readonly timeoutMs?: number;
  readonly timers?: Timers;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

const VERSIONS = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION } as const;

function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

function retryAfterOf(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (header === null) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

function issuesOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/** A non-2xx answer as a SyncError: the server's own code when its body is well-formed. */
async function errorFromResponse(response: Response): Promise<SyncError> {
  const retryAfterSeconds = retryAfterOf(response);
  const options = { status: response.status, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) };
  // 426 means "update this terminal" whatever the body says (a proxy may rewrite it).
  if (response.status === 426) return new SyncError('upgrade_required', ERROR_MESSAGES.upgrade_required, options);
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    return clientError('http_status', `HTTP ${response.status}`, { ...options, cause: error });
  }
  const body = errorBodySchema.safeParse(json);
  if (!body.success) return clientError('http_status', `HTTP ${response.status}`, options);
  return new SyncError(body.data.code, body.data.message, options);
}

/**
 * POST `body` to `url` and parse a 2xx answer with `schema`. Network failures,
 * time-outs, non-2xx answers and answers that fail the schema all throw SyncError.
 */
export async function postJson<S extends z.ZodType>(
  fetchFn: FetchLike,
  url: string,
  body: unknown,
  schema: S,
  options: { token?: string; timeoutMs: number; timers: Timers; signal?: AbortSignal },
): Promise<z.output<S>> {
  const controller = new AbortController();
  // An object, not a `let`: the flag is set by the timer while we await.
  const deadline = { passed: false };
  const timer = options.timers.setTimeout(() => {
    deadline.passed = true;
    controller.abort();
  }, options.timeoutMs);
  const onOuterAbort = (): void => {
    controller.abort();
  };
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetchFn(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
        },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (error) {
      if (deadline.passed) throw clientError('timeout', undefined, { cause: error });
      if (options.signal?.aborted === true) throw clientError('aborted', undefined, { cause: error });
      throw clientError('network', error instanceof Error ? error.message : undefined, { cause: error });
    }
    if (!response.ok) throw await errorFromResponse(response);
    let json: unknown;
    try {
      json = JSON.parse(await response.text());
    } catch (error) {
      if (deadline.passed) throw clientError('timeout', undefined, { cause: error });
      throw clientError('malformed_response', 'not JSON', { status: response.status, cause: error });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw clientError('malformed_response', issuesOf(parsed.error), { status: response.status, cause: parsed.error });
    }
    return parsed.data;
  } finally {
    options.timers.clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

export class HttpTransport implements SyncTransport {
  private readonly fetchFn: FetchLike;
  private readonly timeoutMs: number;
  private readonly timers: Timers;

  constructor(private readonly options: HttpTransportOptions) {
    // Bound here: a browser's fetch called as a method of another object throws "Illegal invocation".
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.timers = options.timers ?? globalTimers;
  }

  private token(): string {
    const { token } = this.options;
    return typeof token === 'function' ? token() : token;
  }

  push(input: PushInput, options: CallOptions = {}): Promise<PushResponse> {
    return postJson(
      this.fetchFn,
      joinUrl(this.options.baseUrl, PUSH_PATH),
      { ...VERSIONS, deviceId: input.deviceId, mutations: input.mutations },
      pushResponseSchema,
      { token: this.token(), timeoutMs: this.timeoutMs, timers: this.timers, ...options },
    );
  }

  pull(input: PullInput, options: CallOptions = {}): Promise<PullResponse> {
    return postJson(
      this.fetchFn,
      joinUrl(this.options.baseUrl, PULL_PATH),
      {
        ...VERSIONS,
        cursor: input.cursor,
        epoch: input.epoch,
        ...(input.limit === undefined ? {} : { limit: input.limit }),
      },
      pullResponseSchema,
      { token: this.token(), timeoutMs: this.timeoutMs, timers: this.timers, ...options },
    );
  }
}

export interface EnrolOptions {
  readonly baseUrl: string;
  readonly fetch?: FetchLike;
  readonly timeoutMs?: number;
  readonly timers?: Timers;
  readonly signal?: AbortSignal;
}

/**
 * Trade a one-time enrolment code for a device id and token. The caller keeps
 * the token safe (Electron safeStorage where present) and binds the local
 * database to the device id and market.
 */
export function enrolDevice(options: EnrolOptions, code: string, label: string): Promise<EnrolResponse> {
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return postJson(fetchFn, joinUrl(options.baseUrl, ENROL_PATH), { ...VERSIONS, code, label }, enrolResponseSchema, {
    timeoutMs: options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    timers: options.timers ?? globalTimers,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
}
