// The full engine on two terminals with real poke sockets (the `ws` package's
// WebSocket): a write on one is pushed promptly, the server pokes the other,
// which pulls; a server restart is survived by reconnecting and pulling.
import 'fake-indexeddb/auto';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { putRecord, recordTable } from '../../../renderer/db';
import { InProcessLocks } from '../../../sync/client/locks';
import { SyncEngine } from '../../../sync/client/sync-engine';
import { selectSyncStatus } from '../../../sync/client/sync-status-machine';
import { feedbackDraft, serverPerTest, type Terminal } from './support/harness';

const engines: SyncEngine[] = [];
const perTest = serverPerTest(async () => {
  for (const e of engines.splice(0)) await e.dispose();
});

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function engineFor(label: string): Promise<{ t: Terminal; engine: SyncEngine }> {
  const t = await perTest.terminal(label);
  const engine = new SyncEngine({
    replica: t.replica,
    baseUrl: perTest.server().baseUrl,
    token: t.enrolment.token,
    createSocket: (url, protocols) => new WebSocket(url, protocols),
    // Each terminal is its own machine: its own lock manager.
    locks: new InProcessLocks(),
    // No interval: only pokes, connects and local writes trigger a sync here.
    intervalMs: 0,
    backoff: { baseMs: 50, maxMs: 200, factor: 2 },
  });
  engines.push(engine);
  engine.start();
  await until(`${label} online with its poke socket`, () => {
    const s = selectSyncStatus(engine.status.getSnapshot());
    return s.kind === 'online' && s.pokeConnected;
  });
  return { t, engine };
}

describe('poke', () => {
  it('a write on one terminal is pushed at once and the poke makes the other pull it', async () => {
    const a = await engineFor('a');
    const b = await engineFor('b');
    const f = await putRecord(a.t.db, a.t.ctx, 'feedback', feedbackDraft(a.t, '实时到达'));
    await until('b has the record', async () => (await recordTable(b.t.db, 'feedback').get(f.id)) !== undefined);
    await until('a online with nothing pending', () => {
      const s = selectSyncStatus(a.engine.status.getSnapshot());
      return s.kind === 'online' && s.pendingCount === 0;
    });
    await until('b back online', () => selectSyncStatus(b.engine.status.getSnapshot()).kind === 'online');
    // With no interval the only way b could have pulled is the poke; it holds a's record as written.
    const got = await recordTable(b.t.db, 'feedback').get(f.id);
    expect(got).toMatchObject({ id: f.id, message: '实时到达', marketId: a.t.enrolment.marketId, deleted: false });
    const statusA = selectSyncStatus(a.engine.status.getSnapshot());
    expect(statusA).toMatchObject({ kind: 'online', pendingCount: 0, pokeConnected: true });
    const statusB = selectSyncStatus(b.engine.status.getSnapshot());
    expect(statusB).toMatchObject({ kind: 'online', pendingCount: 0, pokeConnected: true });
  });

  it('after a server restart the sockets reconnect and pull once', async () => {
    const a = await engineFor('a');
    const b = await engineFor('b');
    await perTest.server().pause();
    await until('b sees the socket drop', () => !selectSyncStatus(b.engine.status.getSnapshot()).pokeConnected);
    // Written while b is disconnected: b learns of it only through the pull on reconnect.
    const f = await putRecord(a.t.db, a.t.ctx, 'feedback', feedbackDraft(a.t, '重连后拉取'));
    await perTest.server().resume();
    await until('b has the record', async () => (await recordTable(b.t.db, 'feedback').get(f.id)) !== undefined);
    expect(await recordTable(b.t.db, 'feedback').get(f.id)).toMatchObject({ id: f.id, message: '重连后拉取' });
    await until('b online after its pull', () => selectSyncStatus(b.engine.status.getSnapshot()).kind === 'online');
    expect(selectSyncStatus(b.engine.status.getSnapshot())).toMatchObject({ kind: 'online', pokeConnected: true });
  });
});
