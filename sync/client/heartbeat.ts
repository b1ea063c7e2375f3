// The terminal's heartbeat (sync/protocol/heartbeat): while this window leads
// the sync, post the terminal's facts every HEARTBEAT_INTERVAL_MS. The counts
// come from the replica; what only the shell knows (app version, printer,
// disk) from the `facts` callback. A failed beat is not retried: the next one
// carries newer facts anyway. A server without the message (404) or one that
// refuses the device ends the beats for this session.
import { HEARTBEAT_INTERVAL_MS, HEARTBEAT_PATH, heartbeatResponseSchema } from '../protocol/heartbeat';
import type { PrinterState } from '../protocol/heartbeat';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../protocol/version';
import { toSyncError, type SyncError } from './errors';
import type { ReplicaPort } from './replica-port';
import type { TimerHandle, Timers } from './timers';
import { postJson, type FetchLike } from './transport';

/** What the shell knows about the terminal. */
export interface TerminalFacts {
  readonly appVersion: string;
  readonly printer: PrinterState;
  readonly freeDiskBytes: number | null;
}

export interface HeartbeatOptions {
  readonly facts: () => Promise<TerminalFacts>;
  readonly intervalMs?: number;
}

export interface HeartbeatSenderOptions extends HeartbeatOptions {
  readonly baseUrl: string;
  readonly token: string | (() => string);
  readonly replica: ReplicaPort;
  readonly fetch: FetchLike;
  readonly timers: Timers;
  readonly timeoutMs: number;
  /** When the last sync cycle succeeded, or null. */
  readonly lastSyncAt: () => number | null;
  readonly onError?: (error: SyncError) => void;
}

export class HeartbeatSender {
  private timer: TimerHandle | null = null;
  private stopped = true;
  private done = false;

  constructor(private readonly options: HeartbeatSenderOptions) {}

  start(): void {
    if (!this.stopped || this.done) return;
    this.stopped = false;
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  /** Send one heartbeat now; resolves whatever happens. */
  async beat(): Promise<void> {
    const o = this.options;
    try {
      const [facts, outboxDepth, refusals] = await Promise.all([
        o.facts(),
        o.replica.pendingCount(),
        o.replica.readRejections(),
      ]);
      await postJson(
        o.fetch,
        `${o.baseUrl.replace(/\/+$/, '')}${HEARTBEAT_PATH}`,
        {
          protocolVersion: PROTOCOL_VERSION,
          schemaVersion: SCHEMA_VERSION,
          deviceId: o.replica.deviceId,
          appVersion: facts.appVersion,
          lastSyncAt: o.lastSyncAt(),
          outboxDepth,
          unreadRefusals: refusals.length,
          printer: facts.printer,
          freeDiskBytes: facts.freeDiskBytes === null ? null : Math.max(0, Math.floor(facts.freeDiskBytes)),
        },
        heartbeatResponseSchema,
        {
          token: typeof o.token === 'function' ? o.token() : o.token,
          timeoutMs: o.timeoutMs,
          timers: o.timers,
        },
      );
    } catch (error) {
      const failure = toSyncError(error);
      if (failure.status === 404 || failure.status === 401 || failure.status === 403 || failure.status === 426) {
        this.done = true;
        this.stop();
      }
      o.onError?.(failure);
    }
  }

  private schedule(ms: number): void {
    this.timer = this.options.timers.setTimeout(() => {
      this.timer = null;
      void this.beat().then(() => {
        if (!this.stopped) this.schedule(this.options.intervalMs ?? HEARTBEAT_INTERVAL_MS);
      });
    }, ms);
  }
}
