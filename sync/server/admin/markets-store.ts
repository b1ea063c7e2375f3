// Markets as the console sees them: the synced `markets` records.
import type { Kysely } from 'kysely';
import type { Market } from '../../../domain/records/market';
import type { AdminScope } from '../../protocol/admin';
import type { Database } from '../store/schema';
import { readRecord, readTable } from './records-write';
import { reachesMarket } from './scope';

export async function findMarket(db: Kysely<Database>, id: string): Promise<Market | undefined> {
  const m = await readRecord(db, 'markets', id);
  return m === undefined || m.deleted ? undefined : m;
}

/** Every market the scope reaches, by name. */
export async function marketsInScope(db: Kysely<Database>, scope: AdminScope): Promise<Market[]> {
  const all = await readTable(db, 'markets');
  return all.filter((m) => reachesMarket(scope, m)).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
