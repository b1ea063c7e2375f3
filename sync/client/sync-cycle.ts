// One sync cycle over a replica port and a transport, with no scheduling:
// push the whole outbox oldest first, then pull until the server has no more.
// The engine runs cycles; tests can run one directly.
//
// Exactly-once rests on two rules kept here: outbox rows go only after the
// server's acknowledgement (a lost answer means the batch is sent again and the
// server skips what it has), and each pulled page is stored with its cursor in
// one transaction by the port (a killed cycle resumes from the last page).
import { MAX_PUSH_BATCH, DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT } from '../protocol/limits';
import type { PushResponse } from '../protocol/push';
import type { Mutation } from '../../domain/records/mutation';
import { clientError, SyncError, toSyncError } from './errors';
import type { RejectedMutation, ReplicaPort } from './replica-port';
import type { SyncTransport } from './transport';

export interface CycleOptions {
  /** Mutations per push (at most the protocol's MAX_PUSH_BATCH). */
  readonly batchSize?: number;
  /** Changes per pull page (the protocol allows up to MAX_PULL_LIMIT). */
  readonly pullLimit?: number;
  readonly signal?: AbortSignal;
  /** Called with a batch's rejections once the replica has kept them (with its outbox rows deleted). */
  readonly onRejected?: (rejected: readonly RejectedMutation[]) => void;
}

export interface PushSummary {
  readonly batches: number;
  /** Outbox rows deleted after acknowledgements. */
  readonly acknowledged: number;
  readonly rejected: readonly RejectedMutation[];
}

export interface PullSummary {
  readonly pages: number;
  readonly applied: number;
  readonly ignored: number;
  /** Reset answers (unknown epoch, too old or ahead cursors) followed by a pull from the start. */
  readonly resets: number;
  /** Own records queued again because the server's store was another (restored or new). */
  readonly requeued: number;
}

export interface CycleSummary {
  readonly push: PushSummary;
  readonly pull: PullSummary;
}

/** A server that keeps answering "reset" to a null cursor is broken; do not loop on it. */
const MAX_RESETS_PER_PULL = 3;

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw clientError('aborted');
}

async function onReplica<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toSyncError(error, 'replica_failed');
  }
}

/** Never trust the server blindly: its answer must be about the mutations we sent. */
function checkPushAnswer(batch: readonly Mutation[], answer: PushResponse): void {
  const position = new Map(batch.map((m, i) => [m.mutationId, i]));
  let previous = -1;
  for (const r of answer.results) {
    const at = position.get(r.mutationId);
    if (at === undefined || at <= previous) {
      throw clientError('malformed_response', `push result for #${r.mutationId} not in the sent order`);
    }
    previous = at;
  }
  const first = batch[0];
  if (first !== undefined && answer.stop === null && answer.lastMutationId < first.mutationId) {
    // No stop and no progress: a loop would resend the same batch for ever.
    throw clientError('malformed_response', `push made no progress (last #${answer.lastMutationId})`);
  }
}

function rejectionsOf(batch: readonly Mutation[], answer: PushResponse): RejectedMutation[] {
  const byId = new Map(batch.map((m) => [m.mutationId, m]));
  return answer.results.flatMap((r) => {
    if (r.status !== 'rejected') return [];
    const mutation = byId.get(r.mutationId);
    const id = mutation?.args.record.id;
    return [
      {
        mutationId: r.mutationId,
        table: mutation?.args.table ?? 'unknown',
        recordId: typeof id === 'string' ? id : null,
        code: r.code,
        message: r.message,
      },
    ];
  });
}

export async function pushOutbox(
  replica: ReplicaPort,
  transport: SyncTransport,
  options: CycleOptions = {},
): Promise<PushSummary> {
  const batchSize = Math.min(Math.max(1, options.batchSize ?? MAX_PUSH_BATCH), MAX_PUSH_BATCH);
  const rejected: RejectedMutation[] = [];
  let batches = 0;
  let acknowledged = 0;
  for (;;) {
    checkAbort(options.signal);
    const batch = await onReplica(() => replica.readOutboxBatch(batchSize));
    if (batch.length === 0) break;
    const answer = await transport.push(
      { deviceId: replica.deviceId, mutations: batch },
      options.signal === undefined ? {} : { signal: options.signal },
    );
    checkPushAnswer(batch, answer);
    batches += 1;
    const refused = rejectionsOf(batch, answer);
    if (answer.lastMutationId > 0 || refused.length > 0) {
      acknowledged += await onReplica(() => replica.deleteAcknowledged(answer.lastMutationId, refused));
    }
    if (refused.length > 0) {
      rejected.push(...refused);
      options.onRejected?.(refused);
    }
    if (answer.stop !== null) {
      const code = answer.stop.reason === 'gap' ? 'push_gap' : 'clock_drift';
      throw new SyncError(code, answer.stop.message);
    }
  }
  return { batches, acknowledged, rejected };
}

export async function pullChanges(
  replica: ReplicaPort,
  transport: SyncTransport,
  options: CycleOptions = {},
): Promise<PullSummary> {
  const limit = Math.min(Math.max(1, options.pullLimit ?? DEFAULT_PULL_LIMIT), MAX_PULL_LIMIT);
  let pages = 0;
  let applied = 0;
  let ignored = 0;
  let resets = 0;
  let requeued = 0;
  /** `storeReplaced`: the server's store is not the one this replica synced with. */
  const reset = async (storeReplaced: boolean): Promise<void> => {
    resets += 1;
    if (resets > MAX_RESETS_PER_PULL) throw clientError('pull_reset_loop');
    // The outbox stays: local changes not yet pushed survive the refetch.
    await onReplica(() => replica.resetCursor());
    // What the old store had acknowledged may be missing from this one; the next push sends it again.
    if (storeReplaced && replica.requeueOwnRecords !== undefined) {
      requeued += await onReplica(() => replica.requeueOwnRecords?.() ?? Promise.resolve(0));
    }
  };
  for (;;) {
    checkAbort(options.signal);
    const cursor = await onReplica(() => replica.readCursor());
    const page = await transport.pull(
      { cursor: cursor?.value ?? null, epoch: cursor?.epoch ?? null, limit },
      options.signal === undefined ? {} : { signal: options.signal },
    );
    if (page.type === 'reset') {
      // A cursor too old only outlived the tombstones; the other reasons mean another store.
      await reset(page.reason !== 'cursor_too_old');
      continue;
    }
    const result = await onReplica(() =>
      replica.applyPage(page.changes, { value: page.nextCursor, epoch: page.epoch }),
    );
    if (result.status === 'epoch_mismatch') {
      await reset(true);
      continue;
    }
    pages += 1;
    applied += result.applied;
    ignored += result.ignored;
    if (!page.hasMore) break;
  }
  return { pages, applied, ignored, resets, requeued };
}

/** Push everything, then pull everything. */
export async function runSyncCycle(
  replica: ReplicaPort,
  transport: SyncTransport,
  options: CycleOptions = {},
): Promise<CycleSummary> {
  const push = await pushOutbox(replica, transport, options);
  const pull = await pullChanges(replica, transport, options);
  return { push, pull };
}
