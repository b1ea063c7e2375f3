// The poke socket (DESIGN §3): a WebSocket that carries no data, only "pull".
// On every (re)connect the owner pulls once, so pokes missed while the socket
// was down cost nothing. It reconnects after capped exponential backoff with
// jitter; the `WebSocket` constructor is injected (the browser's, or the `ws`
// package's in Node tests). Once the server has shown it sends heartbeats, a
// socket silent for longer than the heartbeat timeout is taken for dead (a
// half-open connection never fires `close`) and replaced.
import {
  BEARER_SUBPROTOCOL_PREFIX,
  pokeChannelMessageSchema,
  POKE_HEARTBEAT_MS,
  POKE_SUBPROTOCOL,
} from '../protocol/poke';
import { POKE_PATH } from '../protocol/paths';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../protocol/version';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { globalTimers, type RandomSource, type TimerHandle, type Timers } from './timers';

/**
 * The part of a WebSocket the channel uses; the browser's WebSocket and the
 * `ws` package's both satisfy it.
 */
export interface WebSocketLike {
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { readonly code: number; readonly reason: string }) => void): void;
  addEventListener(type: 'open' | 'error', listener: () => void): void;
  close(code?: number, reason?: string): void;
}

export type WebSocketFactory = (url: string, protocols: string[]) => WebSocketLike;

/** Close code the server uses for a revoked device: reconnecting cannot help. */
export const REVOKED_CLOSE_CODE = 4401;
/** Close code (and the code reported) when the channel gives up on a silent socket. */
export const HEARTBEAT_LOST_CLOSE_CODE = 4000;
/** Two missed heartbeats and some slack for a busy server. */
export const DEFAULT_HEARTBEAT_TIMEOUT_MS = 2 * POKE_HEARTBEAT_MS + 10_000;

export interface PokeChannelOptions {
  /** `http(s)://host:port` of the sync server; the socket URL is derived from it. */
  readonly baseUrl: string;
  readonly token: string | (() => string);
  readonly createSocket: WebSocketFactory;
  readonly onConnected: () => void;
  readonly onPoke: () => void;
  readonly onDisconnected?: (info: { code: number; reason: string }) => void;
  /** The server closed for good (revoked device); no more reconnects. */
  readonly onRefused?: (info: { code: number; reason: string }) => void;
  readonly timers?: Timers;
  readonly random?: RandomSource;
  readonly backoff?: BackoffOptions;
  /** A connection that lived this long resets the backoff; a flapping one keeps backing off. */
  readonly stableAfterMs?: number;
  /** Silence after which a socket whose server sends heartbeats is replaced. */
  readonly heartbeatTimeoutMs?: number;
  readonly now?: () => number;
}

export function pokeUrl(baseUrl: string): string {
  const ws = baseUrl.replace(/\/+$/, '').replace(/^http/i, 'ws');
  return `${ws}${POKE_PATH}?protocolVersion=${PROTOCOL_VERSION}&schemaVersion=${SCHEMA_VERSION}`;
}

function textOf(data: unknown): string | undefined {
  if (typeof data === 'string') return data;
  // `ws` hands binary frames over as Buffers (Uint8Array subclasses).
  if (data instanceof Uint8Array) return new TextDecoder().decode(data);
  return undefined;
}

export class PokeChannel {
  private socket: WebSocketLike | null = null;
  private running = false;
  private attempt = 0;
  private openedAt: number | null = null;
  private timer: TimerHandle | null = null;
  private watchdog: TimerHandle | null = null;
  private readonly timers: Timers;
  private readonly now: () => number;

  constructor(private readonly options: PokeChannelOptions) {
    this.timers = options.timers ?? globalTimers;
    this.now = options.now ?? Date.now;
  }

  get connected(): boolean {
    return this.openedAt !== null;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.connect();
  }

  stop(): void {
    this.running = false;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.disarmWatchdog();
    const socket = this.socket;
    this.socket = null;
    this.openedAt = null;
    socket?.close(1000, 'stopped');
  }

  private connect(): void {
    const { token } = this.options;
    const bearer = typeof token === 'function' ? token() : token;
    let socket: WebSocketLike;
    try {
      socket = this.options.createSocket(pokeUrl(this.options.baseUrl), [
        POKE_SUBPROTOCOL,
        `${BEARER_SUBPROTOCOL_PREFIX}${bearer}`,
      ]);
    } catch (error) {
      // A malformed URL or a refused constructor: treat like a failed connection.
      this.options.onDisconnected?.({ code: 1006, reason: error instanceof Error ? error.message : String(error) });
      this.reconnectLater();
      return;
    }
    this.socket = socket;
    // Events of a socket we already replaced or stopped are ignored.
    const current = (): boolean => this.socket === socket && this.running;
    socket.addEventListener('open', () => {
      if (!current()) return;
      this.openedAt = this.now();
      this.options.onConnected();
    });
    socket.addEventListener('message', (event: { data: unknown }) => {
      if (!current()) return;
      const text = textOf(event.data);
      if (text === undefined) return;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        // The channel carries only pokes and heartbeats; anything else is noise, not a reason to drop the socket.
        return;
      }
      const message = pokeChannelMessageSchema.safeParse(json);
      if (!message.success) return;
      // A heartbeat says this server sends them: from now on silence means a dead socket.
      if (message.data.type === 'heartbeat' || this.watchdog !== null) this.armWatchdog(socket);
      if (message.data.type === 'poke') this.options.onPoke();
    });
    // Without an error listener the `ws` package throws; the close event that follows does the work.
    socket.addEventListener('error', () => undefined);
    socket.addEventListener('close', (event: { code: number; reason: string }) => {
      if (!current()) return;
      const info = { code: event.code, reason: event.reason };
      if (event.code === REVOKED_CLOSE_CODE) {
        this.forget();
        this.running = false;
        this.options.onRefused?.(info);
        return;
      }
      this.lost(info);
    });
  }

  /** Drop the current socket's state; returns when it had opened. */
  private forget(): number | null {
    this.disarmWatchdog();
    const wasOpen = this.openedAt;
    this.openedAt = null;
    this.socket = null;
    return wasOpen;
  }

  /** The socket is gone (closed, or silent past the heartbeat timeout): report and reconnect. */
  private lost(info: { code: number; reason: string }): void {
    const wasOpen = this.forget();
    if (wasOpen !== null && this.now() - wasOpen >= (this.options.stableAfterMs ?? 10_000)) this.attempt = 0;
    this.options.onDisconnected?.(info);
    this.reconnectLater();
  }

  private armWatchdog(socket: WebSocketLike): void {
    this.disarmWatchdog();
    this.watchdog = this.timers.setTimeout(() => {
      this.watchdog = null;
      if (this.socket !== socket || !this.running) return;
      const info = { code: HEARTBEAT_LOST_CLOSE_CODE, reason: 'heartbeat lost' };
      // Forgotten first: the close event of a dead socket may come much later, or never.
      this.lost(info);
      socket.close(info.code, info.reason);
    }, this.options.heartbeatTimeoutMs ?? DEFAULT_HEARTBEAT_TIMEOUT_MS);
  }

  private disarmWatchdog(): void {
    if (this.watchdog !== null) this.timers.clearTimeout(this.watchdog);
    this.watchdog = null;
  }

  private reconnectLater(): void {
    if (!this.running) return;
    this.attempt += 1;
    const delay = backoffDelay(
      this.attempt,
      this.options.random ?? Math.random,
      this.options.backoff ?? DEFAULT_BACKOFF,
    );
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      if (this.running) this.connect();
    }, delay);
  }
}
