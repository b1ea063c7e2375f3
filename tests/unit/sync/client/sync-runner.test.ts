import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { clientError, SyncError } from '../../../../sync/client/errors';
import type { CallOptions, PullInput } from '../../../../sync/client/transport';
import type { PullResponse } from '../../../../sync/protocol/pull';
import { RejectionLog } from '../../../../sync/client/rejection-log';
import { SyncRunner } from '../../../../sync/client/sync-runner';
import { selectSyncStatus, syncStatusMachine } from '../../../../sync/client/sync-status-machine';
import { FakeServer } from './support/fake-server';
import { MemoryReplica } from './support/memory-replica';

const BACKOFF = { baseMs: 1000, maxMs: 8000, factor: 2 };

function setup(options: { intervalMs?: number } = {}) {
  const replica = new MemoryReplica();
  const server = new FakeServer();
  const status = createActor(syncStatusMachine, { input: { now: () => Date.now() } });
  status.start();
  const errors: SyncError[] = [];
  const runner = new SyncRunner({
    replica,
    transport: server,
    status,
    random: () => 0, // the lower edge of the jitter range: delays are exactly ceiling/2
    backoff: BACKOFF,
    intervalMs: options.intervalMs ?? 0,
    onError: (e) => errors.push(e),
  });
  return { replica, server, status, runner, errors };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('sync runner', () => {
  it('syncs on start and reports success with the pending count', async () => {
    const { replica, server, status, runner } = setup();
    replica.enqueue(2);
    runner.start();
    await runner.whenIdle();
    expect(server.pushes).toHaveLength(1);
    expect(selectSyncStatus(status.getSnapshot())).toMatchObject({ kind: 'online', pendingCount: 0 });
    await runner.stop();
  });

  it('retries failures after capped exponential backoff and resets after a success', async () => {
    const { replica, server, status, runner, errors } = setup();
    replica.enqueue(1);
    let failing = 4;
    const push = server.push.bind(server);
    server.push = (input) => {
      if (failing > 0) {
        failing -= 1;
        return Promise.reject(clientError('network'));
      }
      return push(input);
    };
    runner.start();
    await runner.whenIdle();
    expect(runner.failureCount).toBe(1);
    expect(selectSyncStatus(status.getSnapshot()).kind).toBe('offline');
    // Delays with random 0: 500, 1000, 2000, then success.
    for (const [wait, failures] of [
      [499, 1],
      [1, 2],
      [999, 2],
      [1, 3],
      [2000, 4],
    ] as const) {
      await vi.advanceTimersByTimeAsync(wait);
      await runner.whenIdle();
      expect(runner.failureCount).toBe(failures);
    }
    await vi.advanceTimersByTimeAsync(4000);
    await runner.whenIdle();
    expect(runner.failureCount).toBe(0);
    expect(replica.outbox).toHaveLength(0);
    expect(errors.map((e) => e.code)).toEqual(['network', 'network', 'network', 'network']);
    expect(selectSyncStatus(status.getSnapshot()).kind).toBe('online');
    await runner.stop();
  });

  it('waits at least as long as Retry-After asks', async () => {
    const { server, runner } = setup();
    server.failNext = new SyncError('rate_limited', { zh: '频繁', en: 'slow down' }, { retryAfterSeconds: 30 });
    runner.start();
    await runner.whenIdle();
    // The failed pull is recorded too.
    await vi.advanceTimersByTimeAsync(29_999);
    expect(server.pulls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await runner.whenIdle();
    expect(server.pulls).toHaveLength(2);
    await runner.stop();
  });

  it('does not let local writes defeat a pending retry, but a poke runs at once', async () => {
    const { server, runner } = setup();
    server.failNext = clientError('network');
    runner.start();
    await runner.whenIdle();
    const before = server.pushes.length + server.pulls.length;
    runner.requestSync('local');
    await runner.whenIdle();
    expect(server.pushes.length + server.pulls.length).toBe(before);
    runner.requestSync('poke');
    await runner.whenIdle();
    expect(server.pulls.length).toBeGreaterThan(0);
    await runner.stop();
  });

  it('folds requests made during a cycle into one more cycle', async () => {
    const { server, runner } = setup();
    runner.start();
    runner.requestSync('poke');
    runner.requestSync('poke');
    runner.requestSync('poke');
    await runner.whenIdle();
    expect(server.pulls).toHaveLength(2);
    await runner.stop();
  });

  it('halts on 426 with update-required and schedules nothing more', async () => {
    const { server, status, runner } = setup({ intervalMs: 1000 });
    server.failNext = new SyncError('upgrade_required', { zh: '请更新', en: 'update' }, { status: 426 });
    runner.start();
    await runner.whenIdle();
    expect(runner.isHalted).toBe(true);
    expect(selectSyncStatus(status.getSnapshot()).kind).toBe('update-required');
    await vi.advanceTimersByTimeAsync(120_000);
    runner.requestSync('poke');
    await runner.whenIdle();
    // Only the pull that got the 426.
    expect(server.pulls).toHaveLength(1);
    await runner.stop();
  });

  it('syncs again every interval when nothing else happens', async () => {
    const { server, runner } = setup({ intervalMs: 10_000 });
    runner.start();
    await runner.whenIdle();
    await vi.advanceTimersByTimeAsync(10_000);
    await runner.whenIdle();
    await vi.advanceTimersByTimeAsync(10_000);
    await runner.whenIdle();
    expect(server.pulls).toHaveLength(3);
    await runner.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.pulls).toHaveLength(3);
  });

  it('counts rejections for the status and keeps them listed, in the replica too, until dismissed', async () => {
    const { replica, server, status, runner } = setup();
    replica.enqueue(3);
    server.reject.add(1);
    server.reject.add(3);
    const outcome = await runner.syncNow();
    expect(outcome.ok).toBe(true);
    expect(runner.rejections.all.map((r) => r.mutationId)).toEqual([1, 3]);
    expect(selectSyncStatus(status.getSnapshot()).rejectedCount).toBe(2);
    expect([...replica.rejections.keys()]).toEqual([1, 3]);

    await runner.rejections.dismiss([1]);
    expect(runner.rejections.all.map((r) => r.mutationId)).toEqual([3]);
    expect([...replica.rejections.keys()]).toEqual([3]);
    expect(selectSyncStatus(status.getSnapshot()).rejectedCount).toBe(1);

    // A restarted terminal reads what is left from its replica.
    const restarted = new RejectionLog(replica);
    await restarted.load();
    expect(restarted.all.map((r) => r.mutationId)).toEqual([3]);
  });

  it('stop() aborts the cycle in flight without reporting a failure', async () => {
    const { server, status, runner, errors } = setup();
    server.pull = (_input: PullInput, options?: CallOptions): Promise<PullResponse> =>
      new Promise<PullResponse>((_resolve, reject) => {
        options?.signal?.addEventListener('abort', () => {
          reject(clientError('aborted'));
        });
      });
    runner.start();
    await vi.advanceTimersByTimeAsync(1);
    await runner.stop();
    expect(errors).toEqual([]);
    expect(selectSyncStatus(status.getSnapshot()).kind).toBe('syncing');
  });
});
