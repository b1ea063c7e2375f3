import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureDemoMarket } from '../../../../sync/server/demo-seed';
import { importRecords, ImportError } from '../../../../sync/server/store/import-records';
import { migrateToLatest } from '../../../../sync/server/store/migrate';
import { openStore, type Store } from '../../../../sync/server/store/open';

const NOW = Date.parse('2026-11-26T02:00:00.000Z');
const stores: Store[] = [];

async function freshStore(): Promise<Store> {
  const store = openStore({ sqlite: join(mkdtempSync(join(tmpdir(), 'gig-seed-')), 'gig.sqlite') });
  await migrateToLatest(store);
  stores.push(store);
  return store;
}

const countRows = async (store: Store) =>
  Number(
    (
      await store.db
        .selectFrom('records')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

describe('demo market on the embedded default', () => {
  it('loads the demo market into an empty store, stored under its market (city-wide content under none)', async () => {
    const store = await freshStore();
    const { marketId, seeded } = await ensureDemoMarket(store, NOW);
    expect(seeded).toBe(true);
    const postings = await store.db
      .selectFrom('records')
      .select('market_id')
      .where('table_name', '=', 'postings')
      .execute();
    expect(postings.length).toBeGreaterThan(250);
    expect(new Set(postings.map((p) => p.market_id))).toEqual(new Set([marketId]));
    const market = await store.db.selectFrom('records').selectAll().where('table_name', '=', 'markets').execute();
    expect(market.map((m) => [m.id, m.market_id])).toEqual([[marketId, null]]);
  });

  it('leaves a store that already has a market alone on every later start', async () => {
    const store = await freshStore();
    const first = await ensureDemoMarket(store, NOW);
    const rows = await countRows(store);
    const second = await ensureDemoMarket(store, NOW + 86_400_000);
    expect(second).toEqual({ marketId: first.marketId, seeded: false });
    expect(await countRows(store)).toBe(rows);
  });

  it('imports nothing when one record of the batch is invalid', async () => {
    const store = await freshStore();
    await expect(importRecords(store, [{ table: 'markets', record: { id: 'nope' } }])).rejects.toThrow(ImportError);
    await expect(importRecords(store, [{ table: 'secrets', record: {} }])).rejects.toThrow(/unknown table/);
    expect(await countRows(store)).toBe(0);
  });
});
