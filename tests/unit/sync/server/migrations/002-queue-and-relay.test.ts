import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../../sync/server/migrations';
import { migrateToLatest } from '../../../../../sync/server/store/migrate';
import { openStore, type Store } from '../../../../../sync/server/store/open';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const TABLES = ['queue_claims', 'queue_counters', 'queue_leases', 'relay_devices', 'relay_outbox', 'relay_state'];

describe('migration 002-queue-and-relay', () => {
  it('adds the queue and relay tables and the devices columns', async () => {
    store = openStore({ sqlite: ':memory:' });
    await migrateToLatest(store);
    const tables = await store.db.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(TABLES));
    const devices = tables.find((t) => t.name === 'devices');
    expect(devices?.columns.map((c) => c.name)).toEqual(expect.arrayContaining(['hub_id', 'band_index']));
  });

  it('rolls back cleanly', async () => {
    store = openStore({ sqlite: ':memory:' });
    await migrateToLatest(store);
    await MIGRATIONS['002-queue-and-relay']?.down?.(store.db);
    const tables = await store.db.introspection.getTables();
    for (const t of TABLES) expect(tables.map((x) => x.name)).not.toContain(t);
    expect(tables.find((t) => t.name === 'devices')?.columns.map((c) => c.name)).not.toContain('hub_id');
  });
});
