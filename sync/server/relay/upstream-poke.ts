// The hub's own poke socket at the central server: a poke there (something
// changed for the hub's market) starts a relay round at once instead of at
// the next tick. Reconnects after a pause when the socket drops; every
// (re)connect starts a round too, as a terminal pulls on every connect.
import WebSocket from 'ws';
import { POKE_PATH } from '../../protocol/paths';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../protocol/version';

export const UPSTREAM_POKE_RETRY_MS = 5000;

export interface UpstreamPokeOptions {
  readonly upstreamUrl: string;
  readonly token: string;
  /** Called on every poke and every (re)connect. */
  readonly onPoke: () => void;
  readonly warn: (obj: object, message: string) => void;
  readonly retryMs?: number;
}

export class UpstreamPoke {
  private socket: WebSocket | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly options: UpstreamPokeOptions) {}

  start(): void {
    this.stopped = false;
    this.connect();
  }

  private connect(): void {
    const base = this.options.upstreamUrl.replace(/^http/, 'ws');
    const url = `${base}${POKE_PATH}?protocolVersion=${PROTOCOL_VERSION}&schemaVersion=${SCHEMA_VERSION}`;
    const socket = new WebSocket(url, { headers: { authorization: `Bearer ${this.options.token}` } });
    this.socket = socket;
    socket.on('open', () => {
      this.options.onPoke();
    });
    socket.on('message', () => {
      this.options.onPoke();
    });
    socket.on('error', (err) => {
      // 'close' follows and schedules the retry; the timer keeps rounds going meanwhile.
      this.options.warn({ err }, 'upstream poke socket failed');
    });
    socket.on('close', () => {
      if (this.socket !== socket || this.stopped) return;
      this.socket = undefined;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        if (!this.stopped) this.connect();
      }, this.options.retryMs ?? UPSTREAM_POKE_RETRY_MS);
      this.timer.unref();
    });
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.socket?.terminate();
    this.socket = undefined;
  }
}
