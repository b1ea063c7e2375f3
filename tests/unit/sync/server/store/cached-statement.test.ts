import { afterEach, describe, expect, it } from 'vitest';
import { runCached, StatementShapeError } from '../../../../../sync/server/store/cached-statement';
import { migrateToLatest } from '../../../../../sync/server/store/migrate';
import { openStore, type Store } from '../../../../../sync/server/store/open';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('statements compiled once per shape', () => {
  it('reuses the compiled text with new parameters', async () => {
    store = openStore({ sqlite: ':memory:' });
    await migrateToLatest(store);
    const db = store.db;
    const q = (key: string) =>
      runCached(db, 'test.relay_state/1', [key], () =>
        db.selectFrom('relay_state').select('value').where('key', '=', key),
      );
    await db
      .insertInto('relay_state')
      .values([
        { key: 'a', value: '1' },
        { key: 'b', value: '2' },
      ])
      .execute();
    expect(await q('a')).toEqual([{ value: '1' }]);
    expect(await q('b')).toEqual([{ value: '2' }]);
  });

  it('fails at once when the parameters are not laid out as the caller says', async () => {
    store = openStore({ sqlite: ':memory:' });
    await migrateToLatest(store);
    const db = store.db;
    await expect(
      runCached(db, 'test.swapped', ['b', 'a'], () =>
        db.selectFrom('relay_state').select('value').where('key', '=', 'a').where('value', '=', 'b'),
      ),
    ).rejects.toThrow(StatementShapeError);
  });
});
