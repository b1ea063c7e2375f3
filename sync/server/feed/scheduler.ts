// The feed in the server process: every `intervalMs` it queues what was
// written since the last round and hands what is due to each configured
// adapter. Off unless the operator names an adapter (--feed-url / --feed-dir),
// so tests and a plain demo never send anything. One round at a time: a slow
// receiver delays the next round instead of stacking rounds that would send
// the same due items twice.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import { pushDue, type HttpPushOptions } from './http-push';
import { writeDailyFile } from './jsonl-file';
import { enqueueFeed } from './queue';

export const DEFAULT_FEED_INTERVAL_MS = 60_000;

export interface FeedScheduleOptions {
  readonly db: Kysely<Database>;
  readonly clock: () => number;
  readonly intervalMs?: number;
  /** The platform's receiving URL; without it the HTTP deliveries wait in the queue. */
  readonly httpUrl?: string;
  readonly http?: Omit<HttpPushOptions, 'db' | 'url' | 'now'>;
  /** Where the daily JSON Lines files go; without it the file deliveries wait in the queue. */
  readonly fileDir?: string;
  readonly onRound?: (round: FeedRound) => void;
  readonly onError: (err: unknown) => void;
}

export interface FeedRound {
  readonly queued: number;
  readonly pushed: number;
  readonly pushFailed: number;
  readonly written: number;
}

export class FeedScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<FeedRound> | undefined;

  constructor(private readonly options: FeedScheduleOptions) {
    const interval = options.intervalMs ?? DEFAULT_FEED_INTERVAL_MS;
    if (!Number.isSafeInteger(interval) || interval < 100) {
      throw new RangeError(`推送间隔无效 / invalid feed interval: ${interval}`);
    }
  }

  /** One round now (or the round already under way). */
  runOnce(): Promise<FeedRound> {
    this.running ??= this.round().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async round(): Promise<FeedRound> {
    const { db, clock } = this.options;
    const queued = await enqueueFeed(db, clock());
    let pushed = 0;
    let pushFailed = 0;
    if (this.options.httpUrl !== undefined) {
      // Keep sending while whole batches go out: a backlog drains in one round.
      for (;;) {
        const r = await pushDue({ ...this.options.http, db, url: this.options.httpUrl, now: clock }, 200);
        pushed += r.delivered;
        pushFailed += r.failed;
        if (r.delivered + r.failed < 200 || r.failed > 0) break;
      }
    }
    const written = this.options.fileDir === undefined ? 0 : await writeDailyFile(db, this.options.fileDir, clock());
    const result = { queued, pushed, pushFailed, written };
    this.options.onRound?.(result);
    return result;
  }

  start(): void {
    this.clear();
    this.timer = setInterval(() => {
      this.runOnce().catch(this.options.onError);
    }, this.options.intervalMs ?? DEFAULT_FEED_INTERVAL_MS);
    this.timer.unref();
  }

  private clear(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Stops the timer and waits for a round under way, so the store can close after. */
  async stop(): Promise<void> {
    this.clear();
    await this.running?.catch(() => undefined);
  }
}
