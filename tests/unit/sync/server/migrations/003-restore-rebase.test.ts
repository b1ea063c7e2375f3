import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../../domain/ids/uuidv7';
import { MIGRATIONS } from '../../../../../sync/server/migrations';
import { createEnrolmentCode, redeemEnrolmentCode } from '../../../../../sync/server/store/devices';
import { migrateToLatest } from '../../../../../sync/server/store/migrate';
import { openStore, type Store } from '../../../../../sync/server/store/open';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const deviceColumns = async (s: Store) =>
  (await s.db.introspection.getTables()).find((t) => t.name === 'devices')?.columns.map((c) => c.name) ?? [];

describe('migration 003-restore-rebase', () => {
  it('adds rebase_pending to devices, 0 for devices enrolled before and after', async () => {
    store = openStore({ sqlite: ':memory:' });
    await migrateToLatest(store);
    expect(await deviceColumns(store)).toContain('rebase_pending');
    const { code } = await createEnrolmentCode(store, { marketId: uuidv7(Date.now()), role: 'kiosk' });
    expect(await redeemEnrolmentCode(store.db, code.replace(/-/g, ''), 'k', Date.now())).toBeDefined();
    const rows = await store.db.selectFrom('devices').select('rebase_pending').execute();
    expect(rows).toEqual([{ rebase_pending: 0 }]);
  });

  it('rolls back cleanly', async () => {
    store = openStore({ sqlite: ':memory:' });
    await migrateToLatest(store);
    await MIGRATIONS['003-restore-rebase']?.down?.(store.db);
    expect(await deviceColumns(store)).not.toContain('rebase_pending');
  });
});
