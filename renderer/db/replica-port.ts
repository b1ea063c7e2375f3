// renderer/db's implementation of the replica port sync/client declares
// (DESIGN §2): a thin adapter over the outbox functions, bound to one terminal
// database and the device it is enrolled as.
import { liveQuery } from 'dexie';
import type { ApplyPageResult, ReplicaCursor, ReplicaPort } from '../../sync/client/replica-port';
import type { Change } from '../../sync/protocol/pull';
import type { TerminalDb } from './database';
import type { DeviceContext } from './device';
import { EpochMismatchError } from './errors';
import { requeueOwnRecords } from './requeue';
import {
  applyRemoteChanges,
  deleteAcknowledged,
  dismissRejections,
  pendingCount,
  readCursor,
  readOutboxBatch,
  readRejections,
  resetCursor,
} from './outbox';

export function createDexieReplica(db: TerminalDb, ctx: DeviceContext): ReplicaPort {
  return {
    deviceId: ctx.deviceId,
    readOutboxBatch: (limit) => readOutboxBatch(db, limit),
    deleteAcknowledged: (upTo, rejected) => deleteAcknowledged(db, upTo, rejected),
    readRejections: () => readRejections(db),
    requeueOwnRecords: () => requeueOwnRecords(db, ctx),
    dismissRejections: (ids) => dismissRejections(db, ids),
    pendingCount: () => pendingCount(db),
    readCursor: (): Promise<ReplicaCursor | null> => readCursor(db),
    resetCursor: () => resetCursor(db),
    applyPage: async (changes: readonly Change[], cursor: ReplicaCursor): Promise<ApplyPageResult> => {
      try {
        const { applied, ignored } = await applyRemoteChanges(db, ctx, changes, cursor);
        return { status: 'applied', applied, ignored };
      } catch (error) {
        // The port speaks in results, not in renderer/db's error classes.
        if (error instanceof EpochMismatchError) return { status: 'epoch_mismatch', storedEpoch: error.storedEpoch };
        throw error;
      }
    },
    watchOutbox: (listener) => watchTable(() => db.outbox.count(), listener),
    watchRejections: (listener) => watchTable(() => db.rejections.toCollection().primaryKeys(), listener),
  };
}

/**
 * liveQuery re-runs `query` after any write to the tables it reads, from this
 * window or another (Dexie broadcasts changes between same-origin windows).
 */
function watchTable(query: () => Promise<unknown>, listener: () => void): () => void {
  const subscription = liveQuery(query).subscribe({
    next: () => {
      listener();
    },
    error: () => {
      // Let the engine read again: its own read reports the failure.
      listener();
    },
  });
  return () => {
    subscription.unsubscribe();
  };
}
