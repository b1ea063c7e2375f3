// The sync loop of one replica: cycles run one at a time (requests made
// during a cycle fold into one more cycle), failures retry after capped
// exponential backoff with jitter, and a quiet terminal still syncs every
// `intervalMs` as a safety net for lost pokes. Every outcome goes to the status
// machine. No locks and no sockets here: SyncEngine adds those.
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { clientError, toSyncError, type SyncError } from './errors';
import type { ReplicaPort } from './replica-port';
import { RejectionLog } from './rejection-log';
import { runSyncCycle, type CycleSummary } from './sync-cycle';
import type { SyncStatusEvent } from './sync-status-machine';
import { globalTimers, type RandomSource, type TimerHandle, type Timers } from './timers';
import type { SyncTransport } from './transport';

/** Why a cycle is asked for; a local write waits for a pending retry, anything else runs now. */
export type SyncReason = 'start' | 'poke' | 'connect' | 'local' | 'interval' | 'retry' | 'manual';

export type SyncOutcome =
  { readonly ok: true; readonly summary: CycleSummary } | { readonly ok: false; readonly error: SyncError };

export interface StatusSink {
  send(event: SyncStatusEvent): void;
}

export interface SyncRunnerOptions {
  readonly replica: ReplicaPort;
  readonly transport: SyncTransport;
  readonly status?: StatusSink;
  readonly rejections?: RejectionLog;
  readonly timers?: Timers;
  readonly random?: RandomSource;
  readonly now?: () => number;
  readonly backoff?: BackoffOptions;
  readonly batchSize?: number;
  readonly pullLimit?: number;
  /** Sync this often with nothing else happening; 0 turns it off. */
  readonly intervalMs?: number;
  /** Every failure, for the log (the status machine gets it too). */
  readonly onError?: (error: SyncError) => void;
}

export const DEFAULT_SYNC_INTERVAL_MS = 60_000;

export class SyncRunner {
  readonly rejections: RejectionLog;
  private readonly timers: Timers;
  private readonly random: RandomSource;
  private readonly now: () => number;
  private active = false;
  private halted = false;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: { handle: TimerHandle; kind: 'retry' | 'interval' } | null = null;
  private failures = 0;
  private controller = new AbortController();
  private last: SyncOutcome | null = null;

  constructor(private readonly options: SyncRunnerOptions) {
    this.rejections = options.rejections ?? new RejectionLog(options.replica);
    // Whatever changes the list (a push, a dismissal, another window) updates the badge's count.
    this.rejections.subscribe((all) => {
      options.status?.send({ type: 'REJECTED.CHANGED', count: all.length });
    });
    this.timers = options.timers ?? globalTimers;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
  }

  /** Consecutive failed cycles (0 after a success). */
  get failureCount(): number {
    return this.failures;
  }

  /** True after an answer no retry can fix (426, revoked device); only a new runner clears it. */
  get isHalted(): boolean {
    return this.halted;
  }

  get lastOutcome(): SyncOutcome | null {
    return this.last;
  }

  /** Begin automatic syncing: one cycle now, then retries and interval syncs. */
  start(): void {
    if (this.active) return;
    this.active = true;
    this.controller = new AbortController();
    this.requestSync('start');
  }

  /** Stop scheduling, abort the cycle in flight, and wait for it to end. */
  async stop(): Promise<void> {
    this.active = false;
    this.clearTimer();
    this.controller.abort();
    await this.running;
  }

  /** Ask for a cycle; cheap to call often. Ignored when stopped or halted. */
  requestSync(reason: SyncReason): void {
    if (!this.active || this.halted) return;
    // Offline with a retry pending: a local write must not defeat the backoff.
    if (reason === 'local' && this.timer?.kind === 'retry') return;
    if (this.running !== null) {
      this.again = true;
      return;
    }
    this.clearTimer();
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /**
   * Run a cycle now and return its outcome (a "sync now" button; tests).
   * Works on a stopped runner too, still one cycle at a time.
   */
  async syncNow(): Promise<SyncOutcome> {
    while (this.running !== null) await this.running;
    if (this.halted) return this.last ?? { ok: false, error: clientError('aborted') };
    this.clearTimer();
    const run = this.loop();
    this.running = run.finally(() => {
      this.running = null;
    });
    await this.running;
    return this.last ?? { ok: false, error: clientError('aborted') };
  }

  /** Resolves once no cycle runs (a retry or interval may still be scheduled). */
  async whenIdle(): Promise<void> {
    while (this.running !== null) await this.running;
  }

  private async loop(): Promise<void> {
    for (;;) {
      this.again = false;
      const ok = await this.runOnce();
      if (!ok || !this.repeatWanted()) return;
    }
  }

  /** A request arrived during the cycle just run (read through a method: it changes across awaits). */
  private repeatWanted(): boolean {
    return this.again && this.active && !this.halted;
  }

  /** One cycle with its reporting and scheduling; true when it succeeded. */
  private async runOnce(): Promise<boolean> {
    const { replica, transport, status } = this.options;
    status?.send({ type: 'SYNC.STARTED', at: this.now() });
    const signal = this.controller.signal;
    try {
      const summary = await runSyncCycle(replica, transport, {
        ...(this.options.batchSize === undefined ? {} : { batchSize: this.options.batchSize }),
        ...(this.options.pullLimit === undefined ? {} : { pullLimit: this.options.pullLimit }),
        // A stopped runner's syncNow still gets a fresh, unaborted signal.
        ...(this.active ? { signal } : {}),
        onRejected: (rejected) => {
          this.rejections.add(rejected);
        },
      });
      this.failures = 0;
      this.last = { ok: true, summary };
      const pending = await replica.pendingCount();
      status?.send({ type: 'SYNC.SUCCEEDED', at: this.now(), pending });
      this.schedule('interval', this.options.intervalMs ?? DEFAULT_SYNC_INTERVAL_MS);
      return true;
    } catch (thrown) {
      const error = toSyncError(thrown);
      this.last = { ok: false, error };
      // Stopping aborts the cycle on purpose: not a failure to report or retry.
      if (this.active && signal.aborted) return false;
      if (!this.active && error.code === 'aborted') return false;
      this.failures += 1;
      this.options.onError?.(error);
      await this.reportPending();
      this.reportFailure(error);
      if (error.action === 'halt') {
        this.halted = true;
        this.clearTimer();
        return false;
      }
      const wait = backoffDelay(this.failures, this.random, this.options.backoff ?? DEFAULT_BACKOFF);
      const asked = (error.retryAfterSeconds ?? 0) * 1000;
      this.schedule('retry', Math.max(wait, asked));
      return false;
    }
  }

  private reportFailure(error: SyncError): void {
    const at = this.now();
    const failure = { code: error.code, message: error.bilingual };
    if (error.code === 'upgrade_required' || error.code === 'version_unsupported') {
      this.options.status?.send({ type: 'SYNC.UPDATE_REQUIRED', at, failure });
    } else {
      this.options.status?.send({ type: 'SYNC.FAILED', at, kind: error.offline ? 'offline' : 'error', failure });
    }
  }

  /** The count matters most when offline; a broken replica is already the error being reported. */
  private async reportPending(): Promise<void> {
    try {
      this.options.status?.send({ type: 'PENDING.CHANGED', count: await this.options.replica.pendingCount() });
    } catch (error) {
      this.options.onError?.(toSyncError(error));
    }
  }

  private schedule(kind: 'retry' | 'interval', ms: number): void {
    this.clearTimer();
    if (!this.active || ms <= 0) return;
    const handle = this.timers.setTimeout(() => {
      this.timer = null;
      this.requestSync(kind);
    }, ms);
    this.timer = { handle, kind };
  }

  private clearTimer(): void {
    if (this.timer === null) return;
    this.timers.clearTimeout(this.timer.handle);
    this.timer = null;
  }
}
