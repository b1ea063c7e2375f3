// The side of the local replica that sync/client talks to (DESIGN §2, §3):
// read the queued mutations oldest first, drop what the server acknowledged,
// apply a pulled page together with its cursor, and read or reset the cursor.
import { receiveAccepted, type HlcStamp } from '../../domain/clock/hlc';
import type { Mutation } from '../../domain/records/mutation';
import { supersedes } from '../../domain/records/reconcile';
import {
  parseRecord,
  recordTableSchema,
  RecordValidationError,
  type AnyRecord,
  type RecordTable,
} from '../../domain/records/registry';
import type { RejectedMutation } from '../../sync/client/replica-port';
import { recordTable, type TerminalDb } from './database';
import { claimDeviceState, saveDeviceState, type DeviceContext } from './device';
import { AckOutOfRangeError, EpochMismatchError, RemoteChangeError } from './errors';
import { deleteMeta, readMeta, writeMeta } from './meta';

/** A change as pulled; checked here before anything is stored. */
export interface RemoteChange {
  readonly table: string;
  readonly record: unknown;
}

/** Where the next pull starts: an opaque server token and the epoch it belongs to. */
export interface SyncCursor {
  readonly value: string;
  readonly epoch: string;
}

export interface ApplyResult {
  /** Remote versions that replaced (or created) a local record. */
  readonly applied: number;
  /** Remote versions older than, or the same as, what is stored. */
  readonly ignored: number;
}

/** The oldest `limit` queued mutations, in the order they were made. */
export async function readOutboxBatch(db: TerminalDb, limit: number): Promise<Mutation[]> {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`批量大小须为正整数 / batch limit must be a positive integer: ${limit}`);
  }
  return db.outbox.orderBy('mutationId').limit(limit).toArray();
}

export function pendingCount(db: TerminalDb): Promise<number> {
  return db.outbox.count();
}

/**
 * Drop every queued mutation up to and including `upToMutationId` once the
 * server has acknowledged it; returns how many rows went. A repeated or late
 * acknowledgement is harmless. One beyond what this device ever issued means
 * the server and this database disagree about the device's history (a
 * restored or copied database), so nothing is deleted and the error surfaces.
 */
export async function deleteAcknowledged(
  db: TerminalDb,
  upToMutationId: number,
  rejected: readonly RejectedMutation[] = [],
): Promise<number> {
  if (!Number.isInteger(upToMutationId) || upToMutationId < 0) {
    throw new RangeError(
      `确认编号须为非负整数 / acknowledged mutation id must be a non-negative integer: ${upToMutationId}`,
    );
  }
  return db.transaction('rw', [db.outbox, db.meta, db.rejections], async () => {
    const lastIssued = ((await readMeta(db, 'nextMutationId')) ?? 1) - 1;
    if (upToMutationId > lastIssued) throw new AckOutOfRangeError(upToMutationId, lastIssued);
    // put, not add: the same refusal reported again (a lost answer) is one entry.
    if (rejected.length > 0) await db.rejections.bulkPut([...rejected]);
    const removed = await db.outbox.where('mutationId').belowOrEqual(upToMutationId).delete();
    const acked = (await readMeta(db, 'ackedMutationId')) ?? 0;
    if (upToMutationId > acked) await writeMeta(db, 'ackedMutationId', upToMutationId);
    return removed;
  });
}

/** The refusals kept and not dismissed, oldest first. */
export async function readRejections(db: TerminalDb): Promise<RejectedMutation[]> {
  return db.rejections.orderBy(':id').toArray();
}

/** Forget refusals someone at the terminal has seen. */
export async function dismissRejections(db: TerminalDb, mutationIds: readonly number[]): Promise<void> {
  await db.rejections.bulkDelete([...mutationIds]);
}

/** Highest mutation id the server has acknowledged (0 before the first). */
export async function readAckedMutationId(db: TerminalDb): Promise<number> {
  return (await readMeta(db, 'ackedMutationId')) ?? 0;
}

interface CheckedChange {
  readonly table: RecordTable;
  readonly record: AnyRecord;
}

function checkChange(change: RemoteChange, index: number): CheckedChange {
  const table = recordTableSchema.safeParse(change.table);
  if (!table.success) throw new RemoteChangeError(index, `未知的表 / unknown table ${JSON.stringify(change.table)}`);
  try {
    return { table: table.data, record: parseRecord(table.data, change.record) };
  } catch (error) {
    if (error instanceof RecordValidationError) throw new RemoteChangeError(index, error.message, { cause: error });
    throw error;
  }
}

function groupByTable(checked: readonly CheckedChange[]): Map<RecordTable, CheckedChange[]> {
  const groups = new Map<RecordTable, CheckedChange[]>();
  for (const change of checked) {
    const group = groups.get(change.table);
    if (group === undefined) groups.set(change.table, [change]);
    else group.push(change);
  }
  return groups;
}

/**
 * Apply one pulled page and store its cursor in the same transaction, so a
 * sync killed half-way resumes from the last page that was fully applied.
 * Each record goes through the same last-writer-wins rule the server uses, so
 * a newer local write is never overwritten. The local clock moves past the
 * newest remote stamp even when that is ahead of this device's clock: the
 * server has already refused anything more than 5 minutes ahead of its own
 * clock, so a stamp far ahead of ours means our clock is slow, and refusing
 * it would keep a slow terminal from ever pulling.
 */
export async function applyRemoteChanges(
  db: TerminalDb,
  ctx: DeviceContext,
  changes: readonly RemoteChange[],
  cursor: SyncCursor,
): Promise<ApplyResult> {
  const checked = changes.map(checkChange);
  const tables = [...new Set(checked.map((c) => c.table))];
  return db.transaction('rw', [...tables, 'meta'], async () => {
    const device = await claimDeviceState(db, ctx);
    const storedEpoch = await readMeta(db, 'epoch');
    if (storedEpoch !== undefined && storedEpoch !== cursor.epoch)
      throw new EpochMismatchError(storedEpoch, cursor.epoch);
    // Merging the newest stamp once is enough for ordering (every later local
    // stamp sorts after it) and checks drift for the whole page; merging each
    // record would spend the 16-bit counter on large pages.
    const newestStamp = checked.reduce<HlcStamp | undefined>(
      (max, c) => (max === undefined || c.record.hlc > max ? c.record.hlc : max),
      undefined,
    );
    const hlc = newestStamp === undefined ? device.hlc : receiveAccepted(device.hlc, newestStamp, ctx.now());
    let applied = 0;
    // One read and one bulkPut per table rather than a get and a put per
    // record: each awaited request is a round trip to the IndexedDB backend,
    // and pages hold up to thousands of records (4× faster in Chromium). The
    // read walks the primary key for the page's ids: on an initial pull none
    // exist and the walk ends at once, where bulkGet would still ask for each
    // id. The rule is unchanged: each version, in page order, is compared with
    // the newest one seen so far (stored, or earlier on this page), and only
    // the final winner per record is written.
    for (const [table, group] of groupByTable(checked)) {
      const records = recordTable(db, table);
      const ids = [...new Set(group.map((c) => c.record.id))];
      const stored = await records.where(':id').anyOf(ids).toArray();
      const newest = new Map<string, AnyRecord>(stored.map((record) => [record.id, record]));
      const winners = new Map<string, AnyRecord>();
      for (const { record } of group) {
        if (supersedes(newest.get(record.id), record)) {
          newest.set(record.id, record);
          winners.set(record.id, record);
          applied += 1;
        }
      }
      if (winners.size > 0) await records.bulkPut([...winners.values()]);
    }
    await saveDeviceState(db, { hlc, nextMutationId: device.nextMutationId });
    await writeMeta(db, 'cursor', cursor.value);
    await writeMeta(db, 'epoch', cursor.epoch);
    return { applied, ignored: checked.length - applied };
  });
}

export function readCursor(db: TerminalDb): Promise<SyncCursor | null> {
  return db.transaction('r', db.meta, async () => {
    const value = await readMeta(db, 'cursor');
    const epoch = await readMeta(db, 'epoch');
    return value === undefined || epoch === undefined ? null : { value, epoch };
  });
}

/**
 * Forget the cursor and epoch so the next pull starts from the beginning
 * (unknown epoch, or a cursor older than tombstone retention). The outbox and
 * the records stay: refetched versions go through last-writer-wins like any other.
 */
export function resetCursor(db: TerminalDb): Promise<void> {
  return db.transaction('rw', db.meta, async () => {
    await deleteMeta(db, 'cursor');
    await deleteMeta(db, 'epoch');
  });
}
