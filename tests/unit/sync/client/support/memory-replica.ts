// An in-memory replica port for unit tests: an outbox of mutations, records
// by table/id with last-writer-wins, and a cursor. Good enough to exercise the
// cycle and the runner without IndexedDB.
import { formatStamp } from '../../../../../domain/clock/hlc';
import { uuidv7 } from '../../../../../domain/ids/uuidv7';
import { SCHEMA_VERSION, type Mutation } from '../../../../../domain/records/mutation';
import type {
  ApplyPageResult,
  RejectedMutation,
  ReplicaCursor,
  ReplicaPort,
} from '../../../../../sync/client/replica-port';
import type { Change } from '../../../../../sync/protocol/pull';

export const T0 = Date.parse('2026-11-26T08:00:00.000Z');
export const DEVICE_ID = uuidv7(T0, () => new Uint8Array(16).fill(7));

export class MemoryReplica implements ReplicaPort {
  readonly deviceId = DEVICE_ID;
  outbox: Mutation[] = [];
  records = new Map<string, Record<string, unknown>>();
  cursor: ReplicaCursor | null = null;
  rejections = new Map<number, RejectedMutation>();
  nextMutationId = 1;
  appliedPages: Array<{ changes: readonly Change[]; cursor: ReplicaCursor }> = [];
  /** Throw on the n-th applyPage (1-based), to simulate a crash mid-pull. */
  failApplyAt: number | null = null;
  private applyCalls = 0;

  enqueue(count: number, table = 'feedback'): Mutation[] {
    const made: Mutation[] = [];
    for (let i = 0; i < count; i++) {
      const hlc = formatStamp({ millis: T0 + this.nextMutationId, counter: 0, node: '0123456789abcdef' });
      const m: Mutation = {
        deviceId: this.deviceId,
        mutationId: this.nextMutationId,
        name: 'put',
        args: { table: table as Mutation['args']['table'], record: { id: `r${this.nextMutationId}`, hlc } },
        hlc,
        schemaVersion: SCHEMA_VERSION,
      };
      this.nextMutationId += 1;
      this.outbox.push(m);
      this.records.set(`${table}/${String(m.args.record.id)}`, m.args.record);
      made.push(m);
    }
    return made;
  }

  readOutboxBatch(limit: number): Promise<readonly Mutation[]> {
    return Promise.resolve(this.outbox.slice(0, limit));
  }

  deleteAcknowledged(upTo: number, rejected: readonly RejectedMutation[]): Promise<number> {
    if (upTo >= this.nextMutationId) return Promise.reject(new Error(`ack #${upTo} out of range`));
    for (const r of rejected) this.rejections.set(r.mutationId, r);
    const before = this.outbox.length;
    this.outbox = this.outbox.filter((m) => m.mutationId > upTo);
    return Promise.resolve(before - this.outbox.length);
  }

  readRejections(): Promise<readonly RejectedMutation[]> {
    return Promise.resolve([...this.rejections.values()].sort((a, b) => a.mutationId - b.mutationId));
  }

  dismissRejections(mutationIds: readonly number[]): Promise<void> {
    for (const id of mutationIds) this.rejections.delete(id);
    return Promise.resolve();
  }

  pendingCount(): Promise<number> {
    return Promise.resolve(this.outbox.length);
  }

  applyPage(changes: readonly Change[], cursor: ReplicaCursor): Promise<ApplyPageResult> {
    this.applyCalls += 1;
    if (this.failApplyAt === this.applyCalls) return Promise.reject(new Error('killed mid-pull'));
    if (this.cursor !== null && this.cursor.epoch !== cursor.epoch) {
      return Promise.resolve({ status: 'epoch_mismatch', storedEpoch: this.cursor.epoch });
    }
    let applied = 0;
    for (const c of changes) {
      const key = `${c.table}/${String(c.record.id)}`;
      const current = this.records.get(key);
      if (current === undefined || String(current.hlc) < String(c.record.hlc)) {
        this.records.set(key, c.record);
        applied += 1;
      }
    }
    this.cursor = cursor;
    this.appliedPages.push({ changes, cursor });
    return Promise.resolve({ status: 'applied', applied, ignored: changes.length - applied });
  }

  watchOutbox?: (listener: () => void) => () => void;

  readCursor(): Promise<ReplicaCursor | null> {
    return Promise.resolve(this.cursor);
  }

  resetCursor(): Promise<void> {
    this.cursor = null;
    return Promise.resolve();
  }
}
