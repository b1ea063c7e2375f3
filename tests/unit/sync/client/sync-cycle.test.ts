import { describe, expect, it } from 'vitest';
import { SyncError, clientError } from '../../../../sync/client/errors';
import type { RejectedMutation } from '../../../../sync/client/replica-port';
import { pullChanges, pushOutbox, runSyncCycle } from '../../../../sync/client/sync-cycle';
import { REJECTION_MESSAGES } from '../../../../sync/protocol/errors';
import { FakeServer } from './support/fake-server';
import { MemoryReplica } from './support/memory-replica';

async function failure(promise: Promise<unknown>): Promise<SyncError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SyncError) return error;
    throw error;
  }
  throw new Error('expected a SyncError');
}

describe('push', () => {
  it('sends the outbox oldest first in batches and deletes rows only as they are acknowledged', async () => {
    const replica = new MemoryReplica();
    const server = new FakeServer();
    replica.enqueue(7);
    const summary = await pushOutbox(replica, server, { batchSize: 3 });
    expect(server.pushes.map((p) => p.mutations.map((m) => m.mutationId))).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(summary).toMatchObject({ batches: 3, acknowledged: 7 });
    expect(replica.outbox).toEqual([]);
  });

  it('keeps the batch when the answer is lost, and the resend is skipped by the server (no double apply)', async () => {
    const replica = new MemoryReplica();
    const server = new FakeServer();
    replica.enqueue(2);
    server.dropNextAck = true;
    expect((await failure(pushOutbox(replica, server))).code).toBe('network');
    expect(replica.outbox).toHaveLength(2);
    await pushOutbox(replica, server);
    expect(replica.outbox).toHaveLength(0);
    expect([...server.applied.values()]).toEqual([1, 1]);
  });

  it('surfaces rejected mutations with their table, record and reason, kept by the replica with their rows dropped', async () => {
    const replica = new MemoryReplica();
    const server = new FakeServer();
    replica.enqueue(3);
    server.reject.add(2);
    const seen: RejectedMutation[] = [];
    const summary = await pushOutbox(replica, server, {
      onRejected: (r) => {
        // The replica holds the refusal before the UI is told, so a crash now loses nothing.
        expect([...replica.rejections.keys()]).toEqual([2]);
        seen.push(...r);
      },
    });
    expect(seen).toEqual([
      {
        mutationId: 2,
        table: 'feedback',
        recordId: 'r2',
        code: 'role_forbidden',
        message: REJECTION_MESSAGES.role_forbidden,
      },
    ]);
    expect(summary.rejected).toEqual(seen);
    expect(replica.outbox).toEqual([]);
  });

  it('stops at a gap and reports it, deleting only what was acknowledged', async () => {
    const replica = new MemoryReplica();
    const server = new FakeServer();
    replica.enqueue(4);
    replica.outbox.splice(0, 2); // #1 and #2 lost locally: the server still expects #1
    const e = await failure(pushOutbox(replica, server));
    expect(e.code).toBe('push_gap');
    expect(e.action).toBe('retry');
    expect(replica.outbox.map((m) => m.mutationId)).toEqual([3, 4]);
  });

  it('does not trust an answer about mutations that were not sent', async () => {
    const replica = new MemoryReplica();
    const server = new FakeServer();
    replica.enqueue(2);
    server.pushAnswer = () => ({
      lastMutationId: 2,
      results: [{ status: 'applied', mutationId: 9, won: true }],
      stop: null,
    });
    expect((await failure(pushOutbox(replica, server))).code).toBe('malformed_response');
    expect(replica.outbox).toHaveLength(2);
  });

  it('refuses an answer that makes no progress rather than looping', async () => {
    const replica = new MemoryReplica();
    const server = new FakeServer();
    replica.enqueue(1);
    server.pushAnswer = () => ({ lastMutationId: 0, results: [], stop: null });
    expect((await failure(pushOutbox(replica, server))).code).toBe('malformed_response');
  });

  it('reports an acknowledgement beyond what this device issued as a replica failure', async () => {
    const replica = new MemoryReplica();
    const server = new FakeServer();
    replica.enqueue(1);
    server.pushAnswer = () => ({ lastMutationId: 50, results: [{ status: 'skipped', mutationId: 1 }], stop: null });
    const e = await failure(pushOutbox(replica, server));
    expect(e.code).toBe('replica_failed');
    expect(replica.outbox).toHaveLength(1);
  });
});

describe('pull', () => {
  function serverWith(n: number): FakeServer {
    const server = new FakeServer();
    for (let i = 0; i < n; i++) server.log.push({ table: 'feedback', record: { id: `x${i}`, hlc: `h${i}` } });
    return server;
  }

  it('pulls pages until hasMore is false, storing each page with its cursor', async () => {
    const replica = new MemoryReplica();
    const server = serverWith(5);
    const summary = await pullChanges(replica, server, { pullLimit: 2 });
    expect(summary).toMatchObject({ pages: 3, applied: 5, resets: 0 });
    expect(replica.appliedPages.map((p) => p.cursor.value)).toEqual(['2', '4', '5']);
    expect(server.pulls.map((p) => p.cursor)).toEqual([null, '2', '4']);
  });

  it('resumes a killed pull from the last page applied', async () => {
    const replica = new MemoryReplica();
    const server = serverWith(6);
    replica.failApplyAt = 2;
    expect((await failure(pullChanges(replica, server, { pullLimit: 2 }))).code).toBe('replica_failed');
    expect(replica.cursor?.value).toBe('2');
    server.pulls = [];
    await pullChanges(replica, server, { pullLimit: 2 });
    expect(server.pulls[0]?.cursor).toBe('2');
    expect(replica.records.size).toBe(6);
  });

  it('resets the cursor on a reset answer and pulls from the start, keeping the outbox', async () => {
    const replica = new MemoryReplica();
    const server = serverWith(3);
    await pullChanges(replica, server);
    replica.enqueue(2);
    server.epoch = 'e2';
    const summary = await pullChanges(replica, server);
    expect(summary.resets).toBe(1);
    expect(server.pulls.slice(-2).map((p) => p.cursor)).toEqual(['3', null]);
    expect(replica.cursor).toEqual({ value: '3', epoch: 'e2' });
    expect(replica.outbox).toHaveLength(2);
  });

  it('treats an epoch mismatch from the replica like a reset', async () => {
    const replica = new MemoryReplica();
    replica.cursor = { value: '1', epoch: 'old' };
    const server = serverWith(1);
    // The server answers a page of another epoch to the old cursor.
    let first = true;
    server.pullAnswer = (input) => {
      if (first) {
        first = false;
        return { type: 'page', changes: [], nextCursor: '1', hasMore: false, epoch: 'e1' };
      }
      server.pullAnswer = null;
      expect(input.cursor).toBeNull();
      return { type: 'page', changes: [], nextCursor: '1', hasMore: false, epoch: 'e1' };
    };
    const summary = await pullChanges(replica, server);
    expect(summary.resets).toBe(1);
    expect(replica.cursor).toEqual({ value: '1', epoch: 'e1' });
  });

  it('gives up on a server that answers reset for ever', async () => {
    const replica = new MemoryReplica();
    const server = new FakeServer();
    server.pullAnswer = () => ({
      type: 'reset',
      reason: 'unknown_epoch',
      epoch: 'e',
      message: { zh: '重置', en: 'reset' },
    });
    expect((await failure(pullChanges(replica, server))).code).toBe('pull_reset_loop');
  });
});

describe('a whole cycle', () => {
  it('pushes before it pulls, so a terminal sees its own writes come back once', async () => {
    const replica = new MemoryReplica();
    const server = new FakeServer();
    replica.enqueue(2);
    const summary = await runSyncCycle(replica, server);
    expect(summary.push.acknowledged).toBe(2);
    expect(summary.pull.ignored).toBe(2);
  });

  it('stops when aborted', async () => {
    const replica = new MemoryReplica();
    const controller = new AbortController();
    controller.abort();
    const e = await failure(runSyncCycle(replica, new FakeServer(), { signal: controller.signal }));
    expect(e.code).toBe('aborted');
  });

  it('wraps anything the transport throws', async () => {
    const replica = new MemoryReplica();
    const server = new FakeServer();
    replica.enqueue(1);
    server.failNext = clientError('timeout');
    expect((await failure(runSyncCycle(replica, server))).code).toBe('timeout');
  });
});
