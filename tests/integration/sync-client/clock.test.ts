// Terminal clocks that are wrong (issue 3: ±4 min and +6 min). Nothing is
// lost or applied twice; what cannot be accepted yet is refused with a typed
// `clock_drift` the status shows, and goes through once the clocks are right.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { pendingCount, putRecord, recordTable } from '../../../renderer/db';
import { SyncRunner } from '../../../sync/client/sync-runner';
import { createActor } from 'xstate';
import { selectSyncStatus, syncStatusMachine } from '../../../sync/client/sync-status-machine';
import { CountingTransport, feedbackDraft, serverPerTest, snapshot, type Terminal } from './support/harness';

const MINUTE = 60_000;

const perTest = serverPerTest();

const terminal = (label: string, skewMs: number): Promise<Terminal> => perTest.terminal(label, 'caller', skewMs);

function runnerFor(t: Terminal, applied = new Map<string, number>()) {
  const status = createActor(syncStatusMachine, { input: { now: Date.now } });
  status.start();
  const runner = new SyncRunner({
    replica: t.replica,
    transport: new CountingTransport(t.transport, applied),
    status,
    intervalMs: 0,
  });
  return { runner, status, applied };
}

describe('terminal clocks', () => {
  it('+6 min: the server refuses, the mutation stays queued, and goes through once once time has caught up', async () => {
    const fast = await terminal('fast', 6 * MINUTE);
    const other = await terminal('other', 0);
    const f = await putRecord(fast.db, fast.ctx, 'feedback', feedbackDraft(fast, '时钟超前'));
    const { runner, status, applied } = runnerFor(fast);

    const refused = await runner.syncNow();
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('clock_drift');
    expect(selectSyncStatus(status.getSnapshot())).toMatchObject({ kind: 'error', failure: { code: 'clock_drift' } });
    expect(await pendingCount(fast.db)).toBe(1);

    // The clock is corrected, but the stamp already made stays 6 min ahead
    // (an HLC never goes back); two minutes later it is within the limit.
    fast.skewMs = 2 * MINUTE;
    other.skewMs = 2 * MINUTE;
    perTest.server().time.offsetMs = 2 * MINUTE;
    const accepted = await runner.syncNow();
    expect(accepted.ok).toBe(true);
    expect(await pendingCount(fast.db)).toBe(0);
    expect([...applied.values()]).toEqual([1]);

    await new SyncRunner({ replica: other.replica, transport: other.transport, intervalMs: 0 }).syncNow();
    expect((await recordTable(other.db, 'feedback').get(f.id))?.message).toBe('时钟超前');
    expect(await snapshot(other.db)).toEqual(await snapshot(fast.db));
  });

  it('±4 min: both push, and the slow terminal pulls a record stamped 8 min ahead of its own clock', async () => {
    const fast = await terminal('fast', 4 * MINUTE);
    const slow = await terminal('slow', -4 * MINUTE);
    await putRecord(fast.db, fast.ctx, 'feedback', feedbackDraft(fast, '快 4 分钟'));
    await putRecord(slow.db, slow.ctx, 'feedback', feedbackDraft(slow, '慢 4 分钟'));
    const f = runnerFor(fast);
    const s = runnerFor(slow);
    expect((await f.runner.syncNow()).ok).toBe(true);

    // The server accepted both (each within 5 min of it); the slow terminal
    // trusts what the server accepted even though it is 8 min ahead of its
    // own clock, so it is never wedged by a fast neighbour.
    expect((await s.runner.syncNow()).ok).toBe(true);
    expect((await f.runner.syncNow()).ok).toBe(true);
    expect(await snapshot(slow.db)).toEqual(await snapshot(fast.db));
    expect((await snapshot(slow.db)).feedback).toHaveLength(2);
    for (const n of [...f.applied.values(), ...s.applied.values()]) expect(n).toBe(1);
  });
});
