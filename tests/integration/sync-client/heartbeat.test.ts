// The terminal's heartbeat from the real sync engine to a real server: the
// leader window reports its facts on start and then every interval, with the
// outbox depth and the last sync from the engine itself; the server keeps the
// report for the fleet list.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { putRecord } from '../../../renderer/db';
import { InProcessLocks } from '../../../sync/client/locks';
import { SyncEngine } from '../../../sync/client/sync-engine';
import { feedbackDraft, serverPerTest } from './support/harness';

const engines: SyncEngine[] = [];
const perTest = serverPerTest(async () => {
  for (const e of engines.splice(0)) await e.dispose();
});

async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = await check();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('heartbeat', () => {
  it('reports app version, printer, disk, outbox depth and last sync, and keeps reporting', async () => {
    const t = await perTest.terminal('kiosk-hb', 'kiosk');
    const engine = new SyncEngine({
      replica: t.replica,
      baseUrl: perTest.server().baseUrl,
      token: t.enrolment.token,
      locks: new InProcessLocks(),
      intervalMs: 0,
      heartbeat: {
        intervalMs: 100,
        facts: () => Promise.resolve({ appVersion: '9.9.9', printer: 'paper_out', freeDiskBytes: 1234 }),
      },
    });
    engines.push(engine);
    engine.start();
    const db = perTest.server().temp.store.db;
    const read = () =>
      db.selectFrom('device_heartbeats').selectAll().where('device_id', '=', t.enrolment.deviceId).executeTakeFirst();
    const first = await until('a first heartbeat', read);
    expect(first).toMatchObject({ app_version: '9.9.9', printer_state: 'paper_out', free_disk_bytes: 1234 });
    await until('a heartbeat after a successful sync', async () => {
      const row = await read();
      return row?.last_sync_at !== null && row?.last_sync_at !== undefined ? row : undefined;
    });
    await putRecord(t.db, t.ctx, 'feedback', feedbackDraft(t, '心跳测试'));
    await until('later heartbeats keep coming', async () => {
      const row = await read();
      return row !== undefined && row.received_at > first.received_at ? row : undefined;
    });
  });
});
