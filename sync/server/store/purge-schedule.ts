// The scheduled tombstone purge: every `intervalMs`, tombstones older than
// the retention period go (purgeTombstones raises min_cursor with them, so a
// terminal offline for longer gets a reset). The clock is injected so tests
// can move time; several processes purging at once is harmless (each purge is
// one transaction and deleting twice deletes nothing).
import type { Kysely } from 'kysely';
import { purgeTombstones, TOMBSTONE_RETENTION_MS } from './retention';
import type { Database } from './schema';

export const DEFAULT_PURGE_INTERVAL_MS = 60 * 60 * 1000;

export interface PurgeScheduleOptions {
  readonly db: Kysely<Database>;
  readonly clock: () => number;
  readonly retentionMs?: number;
  readonly intervalMs?: number;
  readonly onPurged?: (count: number) => void;
  readonly onError: (err: unknown) => void;
}

export class TombstonePurge {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  readonly retentionMs: number;

  constructor(private readonly options: PurgeScheduleOptions) {
    this.retentionMs = options.retentionMs ?? TOMBSTONE_RETENTION_MS;
    if (!Number.isSafeInteger(this.retentionMs) || this.retentionMs <= 0) {
      throw new RangeError(`保留期无效 / invalid retention: ${this.retentionMs}`);
    }
  }

  /** Purge now: tombstones stamped before clock() - retention. Returns how many went. */
  async runOnce(): Promise<number> {
    if (this.running !== undefined) return this.running;
    this.running = purgeTombstones(this.options.db, this.options.clock() - this.retentionMs);
    try {
      const count = await this.running;
      this.options.onPurged?.(count);
      return count;
    } finally {
      this.running = undefined;
    }
  }

  start(): void {
    this.stop();
    this.timer = setInterval(() => {
      this.runOnce().catch(this.options.onError);
    }, this.options.intervalMs ?? DEFAULT_PURGE_INTERVAL_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
