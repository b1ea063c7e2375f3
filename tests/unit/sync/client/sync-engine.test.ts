import { describe, expect, it } from 'vitest';
import { InProcessLocks } from '../../../../sync/client/locks';
import { SyncEngine } from '../../../../sync/client/sync-engine';
import { selectSyncKind } from '../../../../sync/client/sync-status-machine';
import { FakeServer } from './support/fake-server';
import { MemoryReplica } from './support/memory-replica';

function engine(replica: MemoryReplica, server: FakeServer, locks: InProcessLocks): SyncEngine {
  return new SyncEngine({ replica, baseUrl: 'http://x', token: 't', transport: server, locks, intervalMs: 0 });
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(check()).toBe(true);
}

describe('sync engine: one loop per terminal', () => {
  it('runs the loop in one window only; the other waits on standby and takes over when the first stops', async () => {
    const locks = new InProcessLocks();
    const replica = new MemoryReplica();
    const server = new FakeServer();
    const first = engine(replica, server, locks);
    const second = engine(replica, server, locks);
    first.start();
    await until(() => first.isLeader);
    second.start();
    await until(() => selectSyncKind(second.status.getSnapshot()) === 'standby');
    expect(second.isLeader).toBe(false);
    await first.runner.whenIdle();
    const pullsByFirst = server.pulls.length;
    second.requestSync();
    const refused = await second.syncNow();
    expect(refused.ok ? 'ran' : refused.error.code).toBe('not_leader');
    expect(server.pulls).toHaveLength(pullsByFirst);

    await first.dispose();
    await until(() => second.isLeader);
    await second.runner.whenIdle();
    expect(server.pulls.length).toBeGreaterThan(pullsByFirst);
    expect(selectSyncKind(second.status.getSnapshot())).toBe('online');
    await second.dispose();
  });

  it('a standby window can be stopped while it waits', async () => {
    const locks = new InProcessLocks();
    const replica = new MemoryReplica();
    const server = new FakeServer();
    const first = engine(replica, server, locks);
    const second = engine(replica, server, locks);
    first.start();
    await until(() => first.isLeader);
    second.start();
    await until(() => selectSyncKind(second.status.getSnapshot()) === 'standby');
    await second.dispose();
    await first.dispose();
    expect(second.isLeader).toBe(false);
  });

  it('pushes soon after a local write, through the replica watch', async () => {
    const locks = new InProcessLocks();
    const replica = new MemoryReplica();
    let notify: (() => void) | undefined;
    replica.watchOutbox = (listener) => {
      notify = listener;
      return () => {
        notify = undefined;
      };
    };
    const server = new FakeServer();
    const e = engine(replica, server, locks);
    e.start();
    await until(() => e.isLeader);
    await e.runner.whenIdle();
    replica.enqueue(1);
    notify?.();
    await until(() => server.pushes.length === 1);
    await e.runner.whenIdle();
    expect(replica.outbox).toHaveLength(0);
    await e.dispose();
    expect(notify).toBeUndefined();
  });
});

describe('sync engine: refusals', () => {
  it('lists at start the refusals its replica kept, and counts them in the status', async () => {
    const replica = new MemoryReplica();
    const server = new FakeServer();
    replica.enqueue(2);
    server.reject.add(2);
    const first = engine(replica, server, new InProcessLocks());
    first.start();
    await until(() => first.rejections.all.length === 1);
    await first.dispose();

    const restarted = engine(replica, server, new InProcessLocks());
    restarted.start();
    await until(() => restarted.rejections.all.length === 1);
    expect(restarted.rejections.all[0]?.mutationId).toBe(2);
    await until(() => restarted.status.getSnapshot().context.rejectedCount === 1);
    await restarted.dispose();
  });
});
