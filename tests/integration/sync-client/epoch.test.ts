// The server restarts with a new epoch (a store recreated or restored): the
// terminals get a reset, drop their cursor, keep their outbox, pull again from
// the start and converge.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { pendingCount, putRecord, readCursor } from '../../../renderer/db';
import { pullChanges, runSyncCycle } from '../../../sync/client/sync-cycle';
import { SyncRunner } from '../../../sync/client/sync-runner';
import { readMeta } from '../../../sync/server/store/meta';
import { feedbackDraft, serverPerTest, snapshot } from './support/harness';

const perTest = serverPerTest();
const { terminal } = perTest;

describe('server restart with a new epoch', () => {
  it('terminals reset their cursor, keep their outbox, and converge', async () => {
    const a = await terminal('a');
    const b = await terminal('b');
    await putRecord(a.db, a.ctx, 'feedback', feedbackDraft(a, '重启前'));
    await runSyncCycle(a.replica, a.transport);
    await runSyncCycle(b.replica, b.transport);
    const oldEpoch = (await readCursor(b.db))?.epoch;

    // Offline writes on both while the server is down and comes back with a new epoch.
    await perTest.server().pause();
    const runner = new SyncRunner({ replica: a.replica, transport: a.transport, intervalMs: 0 });
    const down = await runner.syncNow();
    expect(down.ok).toBe(false);
    if (!down.ok) expect(down.error.offline).toBe(true);
    await putRecord(a.db, a.ctx, 'feedback', feedbackDraft(a, '停机时 A'));
    await putRecord(b.db, b.ctx, 'feedback', feedbackDraft(b, '停机时 B'));
    await perTest.server().restart({ newEpoch: true });
    const newEpoch = (await readMeta(perTest.server().temp.store.db)).epoch;
    expect(newEpoch).not.toBe(oldEpoch);

    // A pull alone: reset answered, cursor replaced, the outbox kept, and what
    // A wrote before (acknowledged by the store as it was) queued again.
    const pulled = await pullChanges(a.replica, a.transport);
    expect(pulled.resets).toBe(1);
    expect(pulled.requeued).toBe(1);
    expect((await readCursor(a.db))?.epoch).toBe(newEpoch);
    expect(await pendingCount(a.db)).toBe(2);

    // B's first cycle pushes its outbox, then meets the new epoch and queues its own record again.
    for (const t of [a, b, a, b]) await runSyncCycle(t.replica, t.transport);
    expect(await pendingCount(a.db)).toBe(0);
    expect(await pendingCount(b.db)).toBe(0);
    const all = await snapshot(a.db);
    expect(all.feedback).toHaveLength(3);
    expect(await snapshot(b.db)).toEqual(all);
  });
});
