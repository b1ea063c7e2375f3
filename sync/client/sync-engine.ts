// A terminal's sync, wired: the sync loop (SyncRunner) runs only in the window
// that holds the device's sync lock; that window also keeps the poke socket
// open (one pull on every connect and on every poke) and pushes soon after
// each local write. The status machine actor is created here and exposed for
// the renderer's badge.
import { createActor, type Actor } from 'xstate';
import type { BackoffOptions } from './backoff';
import { detectLocks, runExclusive, syncLockName, type LockManagerLike } from './locks';
import { PokeChannel, type WebSocketFactory } from './poke-channel';
import type { ReplicaPort } from './replica-port';
import { RejectionLog } from './rejection-log';
import { SyncRunner, type SyncOutcome } from './sync-runner';
import { syncStatusMachine } from './sync-status-machine';
import { clientError, toSyncError, type SyncError } from './errors';
import { globalTimers, type RandomSource, type Timers } from './timers';
import { HttpTransport, type FetchLike, type SyncTransport } from './transport';
import { HeartbeatSender, type HeartbeatOptions } from './heartbeat';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './transport';

export interface SyncEngineOptions {
  readonly replica: ReplicaPort;
  /** `http(s)://host:port` of the sync server (or the market hub). */
  readonly baseUrl: string;
  readonly token: string | (() => string);
  readonly fetch?: FetchLike;
  /** Overrides the HTTP transport (tests wrap it to fail or drop answers). */
  readonly transport?: SyncTransport;
  /** The WebSocket constructor as a factory; null or absent: no poke socket (interval syncs only). */
  readonly createSocket?: WebSocketFactory | null;
  /** Defaults to `navigator.locks`, else an in-process lock. */
  readonly locks?: LockManagerLike;
  readonly timers?: Timers;
  readonly random?: RandomSource;
  readonly now?: () => number;
  readonly backoff?: BackoffOptions;
  readonly batchSize?: number;
  readonly pullLimit?: number;
  readonly intervalMs?: number;
  readonly requestTimeoutMs?: number;
  readonly onError?: (error: SyncError) => void;
  /** Send the terminal's heartbeat while leading (absent: no heartbeat). */
  readonly heartbeat?: HeartbeatOptions;
}

export type SyncStatusActor = Actor<typeof syncStatusMachine>;

export class SyncEngine {
  readonly status: SyncStatusActor;
  readonly rejections: RejectionLog;
  readonly runner: SyncRunner;
  private readonly poke: PokeChannel | null;
  private readonly heartbeat: HeartbeatSender | null;
  private readonly locks: LockManagerLike;
  private stopLeading: (() => void) | null = null;
  private session: Promise<void> | null = null;
  private controller: AbortController | null = null;
  private unwatch: (() => void)[] = [];
  private leader = false;

  constructor(private readonly options: SyncEngineOptions) {
    const timers = options.timers ?? globalTimers;
    const random = options.random ?? Math.random;
    const now = options.now ?? Date.now;
    this.locks = options.locks ?? detectLocks();
    this.status = createActor(syncStatusMachine, { input: { now } });
    this.status.start();
    this.rejections = new RejectionLog(options.replica);
    const transport =
      options.transport ??
      new HttpTransport({
        baseUrl: options.baseUrl,
        token: options.token,
        timers,
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
        ...(options.requestTimeoutMs === undefined ? {} : { timeoutMs: options.requestTimeoutMs }),
      });
    this.runner = new SyncRunner({
      replica: options.replica,
      transport,
      status: this.status,
      rejections: this.rejections,
      timers,
      random,
      now,
      ...(options.backoff === undefined ? {} : { backoff: options.backoff }),
      ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
      ...(options.pullLimit === undefined ? {} : { pullLimit: options.pullLimit }),
      ...(options.intervalMs === undefined ? {} : { intervalMs: options.intervalMs }),
      ...(options.onError === undefined ? {} : { onError: options.onError }),
    });
    this.heartbeat =
      options.heartbeat === undefined
        ? null
        : new HeartbeatSender({
            ...options.heartbeat,
            baseUrl: options.baseUrl,
            token: options.token,
            replica: options.replica,
            fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
            timers,
            timeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
            lastSyncAt: () => this.status.getSnapshot().context.lastSuccessAt,
            ...(options.onError === undefined ? {} : { onError: options.onError }),
          });
    const createSocket = options.createSocket ?? null;
    this.poke =
      createSocket === null
        ? null
        : new PokeChannel({
            baseUrl: options.baseUrl,
            token: options.token,
            createSocket,
            timers,
            random,
            now,
            ...(options.backoff === undefined ? {} : { backoff: options.backoff }),
            onConnected: () => {
              this.status.send({ type: 'POKE.CONNECTED' });
              this.runner.requestSync('connect');
            },
            onPoke: () => {
              this.runner.requestSync('poke');
            },
            onDisconnected: () => {
              this.status.send({ type: 'POKE.DISCONNECTED' });
            },
            onRefused: () => {
              this.status.send({ type: 'POKE.DISCONNECTED' });
              // The HTTP side gets the same refusal and reports it with its words.
              this.runner.requestSync('manual');
            },
          });
  }

  /** True while this window holds the lock and runs the loop. */
  get isLeader(): boolean {
    return this.leader;
  }

  /**
   * Start: take the device's sync lock (waiting, on standby, while another
   * window holds it), then run the loop until stop(). Calling twice is harmless.
   */
  start(): void {
    if (this.session !== null) return;
    // Watched in every window, leading or not, so each badge shows the pending
    // count and the refusals; only the leader's runner acts on the requests.
    const { replica } = this.options;
    const unwatchOutbox = replica.watchOutbox?.(() => {
      this.onOutboxChanged();
    });
    const unwatchRejections = replica.watchRejections?.(() => {
      this.loadRejections();
    });
    this.unwatch = [unwatchOutbox, unwatchRejections].filter((u) => u !== undefined);
    if (unwatchRejections === undefined) this.loadRejections();
    const controller = new AbortController();
    this.controller = controller;
    this.session = runExclusive(
      this.locks,
      syncLockName(this.options.replica.deviceId),
      {
        signal: controller.signal,
        onWaiting: () => {
          this.status.send({ type: 'SYNC.STANDBY' });
        },
      },
      () => this.lead(controller.signal),
    )
      .then(
        () => undefined,
        (error: unknown) => {
          // Aborting the wait for the lock is how stop() cancels a standby
          // window; anything else (a failing lock manager) is reported.
          if (!controller.signal.aborted) this.options.onError?.(toSyncError(error));
        },
      )
      .finally(() => {
        this.session = null;
      });
  }

  /** Stop the loop, close the socket, release the lock (another window may take over). */
  async stop(): Promise<void> {
    this.controller?.abort();
    this.stopLeading?.();
    for (const unwatch of this.unwatch.splice(0)) unwatch();
    // Never rejects: start() reports failures through onError.
    await this.session;
  }

  /** Stop and release the status actor; the engine cannot be started again. */
  async dispose(): Promise<void> {
    await this.stop();
    this.status.stop();
  }

  /** Ask for a cycle soon (after a local write, a "sync now" button). */
  requestSync(): void {
    this.runner.requestSync('manual');
  }

  /** Run one cycle now and return its outcome; a window on standby answers `not_leader`. */
  syncNow(): Promise<SyncOutcome> {
    if (!this.leader) return Promise.resolve({ ok: false, error: clientError('not_leader') });
    return this.runner.syncNow();
  }

  /** Runs while this window holds the lock; resolves when stopped. */
  private async lead(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return;
    this.leader = true;
    try {
      this.runner.start();
      this.poke?.start();
      this.heartbeat?.start();
      await new Promise<void>((resolve) => {
        this.stopLeading = resolve;
        signal.addEventListener('abort', () => {
          resolve();
        });
      });
    } finally {
      this.stopLeading = null;
      this.leader = false;
      this.poke?.stop();
      this.heartbeat?.stop();
      await this.runner.stop();
    }
  }

  private loadRejections(): void {
    this.rejections.load().catch((error: unknown) => {
      this.options.onError?.(toSyncError(error));
    });
  }

  private onOutboxChanged(): void {
    this.options.replica.pendingCount().then(
      (count) => {
        this.status.send({ type: 'PENDING.CHANGED', count });
        if (count > 0) this.runner.requestSync('local');
      },
      (error: unknown) => {
        this.options.onError?.(toSyncError(error));
      },
    );
  }
}
