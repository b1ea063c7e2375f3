// A crash at every point of a push and in the middle of a pull: nothing is
// lost, nothing is applied twice, and the next sync carries on where it stopped.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { pendingCount, putRecord, readCursor } from '../../../renderer/db';
import { clientError, SyncError } from '../../../sync/client/errors';
import type { ReplicaPort } from '../../../sync/client/replica-port';
import { pullChanges, pushOutbox, runSyncCycle } from '../../../sync/client/sync-cycle';
import type { PullInput, SyncTransport } from '../../../sync/client/transport';
import { CountingTransport, feedbackDraft, serverPerTest, snapshot } from './support/harness';

const perTest = serverPerTest();
const { terminal } = perTest;
let applied: Map<string, number>;

beforeEach(() => {
  applied = new Map();
});

type CrashPoint = 'before_send' | 'after_commit';

/** Crashes a push at the given point, once. */
class CrashingTransport implements SyncTransport {
  crash: CrashPoint | null = null;
  pulls: PullInput[] = [];
  constructor(private readonly inner: SyncTransport) {}

  async push(...args: Parameters<SyncTransport['push']>): ReturnType<SyncTransport['push']> {
    const point = this.crash;
    this.crash = null;
    if (point === 'before_send') throw clientError('network', 'crashed before send');
    const answer = await this.inner.push(...args);
    // The server committed; the answer never reaches the terminal.
    if (point === 'after_commit') throw clientError('network', 'crashed after the server committed');
    return answer;
  }

  pull(...args: Parameters<SyncTransport['pull']>): ReturnType<SyncTransport['pull']> {
    this.pulls.push(args[0]);
    return this.inner.pull(...args);
  }
}

async function expectSyncError(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toBeInstanceOf(SyncError);
  await expect(promise).rejects.toMatchObject({ code });
}

function everyAppliedOnce(): void {
  for (const [key, n] of applied) expect({ key, n }).toEqual({ key, n: 1 });
}

describe('a crash at each point of a push', () => {
  for (const point of ['before_send', 'after_commit'] as const) {
    it(`${point}: the terminal restarts, resends, and every mutation is applied exactly once`, async () => {
      const a = await terminal('a');
      const b = await terminal('b');
      for (let i = 0; i < 5; i++) await putRecord(a.db, a.ctx, 'feedback', feedbackDraft(a, `记录 ${i}`));
      const crashing = new CrashingTransport(new CountingTransport(a.transport, applied));
      crashing.crash = point;
      await expectSyncError(pushOutbox(a.replica, crashing, { batchSize: 2 }), 'network');
      expect(await pendingCount(a.db)).toBe(5);
      // The renderer is killed and restarted.
      await a.reopen();
      await runSyncCycle(a.replica, crashing, { batchSize: 2 });
      expect(await pendingCount(a.db)).toBe(0);
      expect(applied.size).toBe(5);
      everyAppliedOnce();
      await runSyncCycle(b.replica, b.transport);
      expect(await snapshot(b.db)).toEqual(await snapshot(a.db));
    });
  }

  it('after the ack, before the outbox delete: the resend is skipped by the server', async () => {
    const a = await terminal('a');
    for (let i = 0; i < 3; i++) await putRecord(a.db, a.ctx, 'feedback', feedbackDraft(a, `记录 ${i}`));
    const counting = new CountingTransport(a.transport, applied);
    const dying: ReplicaPort = {
      ...a.replica,
      deleteAcknowledged: () => Promise.reject(new Error('killed before the delete committed')),
    };
    await expectSyncError(pushOutbox(dying, counting), 'replica_failed');
    expect(await pendingCount(a.db)).toBe(3);
    await a.reopen();
    const summary = await pushOutbox(a.replica, counting);
    expect(summary.acknowledged).toBe(3);
    expect(applied.size).toBe(3);
    everyAppliedOnce();
  });

  it('a batch sent twice (a duplicate push) changes nothing the second time', async () => {
    const a = await terminal('a');
    for (let i = 0; i < 3; i++) await putRecord(a.db, a.ctx, 'feedback', feedbackDraft(a, `记录 ${i}`));
    const batch = await a.replica.readOutboxBatch(10);
    const first = await a.transport.push({ deviceId: a.replica.deviceId, mutations: batch });
    const second = await a.transport.push({ deviceId: a.replica.deviceId, mutations: batch });
    expect(first.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect(second.results.map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped']);
    await pushOutbox(a.replica, a.transport);
    expect(await pendingCount(a.db)).toBe(0);
  });
});

describe('a crash in the middle of a pull', () => {
  it('resumes from the last page applied, not from the start', async () => {
    const a = await terminal('a');
    const b = await terminal('b');
    for (let i = 0; i < 7; i++) await putRecord(a.db, a.ctx, 'feedback', feedbackDraft(a, `记录 ${i}`));
    await pushOutbox(a.replica, a.transport);

    let pages = 0;
    const dying: ReplicaPort = {
      ...b.replica,
      applyPage: (changes, cursor) => {
        pages += 1;
        return pages === 3 ? Promise.reject(new Error('killed mid-pull')) : b.replica.applyPage(changes, cursor);
      },
    };
    const watched = new CrashingTransport(b.transport);
    await expectSyncError(pullChanges(dying, watched, { pullLimit: 2 }), 'replica_failed');
    const stored = await readCursor(b.db);
    expect(stored?.value).toBe(watched.pulls[2]?.cursor);
    await b.reopen();
    watched.pulls = [];
    const summary = await pullChanges(b.replica, watched, { pullLimit: 2 });
    expect(watched.pulls[0]?.cursor).toBe(stored?.value);
    expect(summary.pages).toBe(2);
    expect(await snapshot(b.db)).toEqual(await snapshot(a.db));
  });
});
