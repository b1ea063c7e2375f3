// The embedded default (`npm start`) serves a demo market. It is loaded once,
// into an empty store; a store that already holds a market is left alone, so
// restarting never duplicates or overwrites anything.
import { localDay } from '../../domain/clock/local-day';
import { generateDemoMarket } from '../../domain/demo/generate';
import { DEMO_SEED, demoRecords } from '../../domain/demo/records';
import { importRecords } from './store/import-records';
import type { Store } from './store/open';

/** The id of the store's first market, loading the demo market first when there is none. */
export async function ensureDemoMarket(
  store: Store,
  nowMillis: number,
): Promise<{ marketId: string; seeded: boolean }> {
  const existing = await store.db
    .selectFrom('records')
    .select('id')
    .where('table_name', '=', 'markets')
    .where('deleted', '=', 0)
    .orderBy('version')
    .executeTakeFirst();
  if (existing !== undefined) return { marketId: existing.id, seeded: false };
  const demo = generateDemoMarket({ seed: DEMO_SEED, today: localDay(nowMillis), nowMillis });
  await importRecords(store, demoRecords(demo));
  return { marketId: demo.market.id, seeded: true };
}
