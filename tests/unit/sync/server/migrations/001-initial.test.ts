import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../../../sync/server/store/migrate';
import { openStore, type Store } from '../../../../../sync/server/store/open';
import { readMeta } from '../../../../../sync/server/store/meta';
import { MIGRATIONS } from '../../../../../sync/server/migrations';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('migration 001-initial', () => {
  it('applies on an empty database and creates every table', async () => {
    store = openStore({ sqlite: ':memory:' });
    expect(await migrateToLatest(store)).toEqual([
      '001-initial',
      '002-queue-and-relay',
      '003-restore-rebase',
      '004-console',
      '005-rating-tickets',
    ]);
    const tables = (await store.db.introspection.getTables()).map((t) => t.name).sort();
    expect(tables).toEqual(
      expect.arrayContaining(['devices', 'enrolment_codes', 'records', 'rejections', 'store_meta']),
    );
  });

  it('starts the change order at zero with a fresh random epoch', async () => {
    store = openStore({ sqlite: ':memory:' });
    await migrateToLatest(store);
    const meta = await readMeta(store.db);
    expect(meta.version).toBe(0);
    expect(meta.minCursor).toBe(0);
    const other = openStore({ sqlite: ':memory:' });
    await migrateToLatest(other);
    expect((await readMeta(other.db)).epoch).not.toBe(meta.epoch);
    await other.close();
  });

  it('runs once: a second migrate does nothing', async () => {
    store = openStore({ sqlite: ':memory:' });
    await migrateToLatest(store);
    expect(await migrateToLatest(store)).toEqual([]);
  });

  it('is listed under a zero-padded, ordered name', () => {
    const names = Object.keys(MIGRATIONS);
    expect(names).toEqual([...names].sort());
    for (const n of names) expect(n).toMatch(/^\d{3}-[a-z0-9-]+$/);
  });

  it('rolls back cleanly', async () => {
    store = openStore({ sqlite: ':memory:' });
    await migrateToLatest(store);
    const m = MIGRATIONS['001-initial'];
    await m?.down?.(store.db);
    const tables = (await store.db.introspection.getTables()).map((t) => t.name);
    expect(tables).not.toContain('records');
  });
});
