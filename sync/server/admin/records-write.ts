// The console writes synced records (markets, staff, content, job fairs) the
// way an import does: validated, stamped later than what is stored so it wins
// by last-writer-wins on every terminal, given versions in the caller's
// transaction, then the terminals are poked. Each call site also writes the
// audit row in the same transaction.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { initialHlc, receiveAccepted, tick, type HlcStamp } from '../../../domain/clock/hlc';
import { parseRecord, type RecordOf, type RecordTable } from '../../../domain/records/registry';
import { storedMarketOf } from '../push/judge';
import { reserveVersions } from '../store/meta';
import { writeRecordRows } from '../store/records';
import type { Database } from '../store/schema';

/** The console's own HLC node: random per write, so two server processes never share one. */
export function stampAfter(stored: string | null, now: number): HlcStamp {
  const node = randomBytes(8).toString('hex');
  const base = initialHlc(node);
  return tick(stored === null ? base : receiveAccepted(base, stored, now), now).stamp;
}

export async function readRecord<T extends RecordTable>(
  db: Kysely<Database>,
  table: T,
  id: string,
): Promise<RecordOf<T> | undefined> {
  const row = await db
    .selectFrom('records')
    .select('body')
    .where('table_name', '=', table)
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : parseRecord(table, JSON.parse(row.body));
}

export async function readTable<T extends RecordTable>(
  db: Kysely<Database>,
  table: T,
  marketIds?: readonly string[],
): Promise<RecordOf<T>[]> {
  if (marketIds?.length === 0) return [];
  let q = db.selectFrom('records').select('body').where('table_name', '=', table).where('deleted', '=', 0);
  if (marketIds !== undefined) q = q.where('market_id', 'in', [...marketIds]);
  const rows = await q.orderBy('id').execute();
  return rows.map((r) => parseRecord(table, JSON.parse(r.body)));
}

/** Validate and store records (each with a fresh stamp later than `previousHlc`); returns the markets to poke. */
export async function writeRecords<T extends RecordTable>(
  trx: Kysely<Database>,
  table: T,
  records: readonly RecordOf<T>[],
): Promise<Set<string | null>> {
  const checked = records.map((r) => parseRecord(table, r));
  const markets = new Set<string | null>();
  if (checked.length === 0) return markets;
  let version = await reserveVersions(trx, checked.length);
  await writeRecordRows(
    trx,
    checked.map((record) => {
      const marketId = storedMarketOf(table, record);
      markets.add(marketId);
      return {
        table_name: table,
        id: record.id,
        market_id: marketId,
        hlc: record.hlc,
        deleted: record.deleted ? 1 : 0,
        body: JSON.stringify(record),
        version: version++,
      };
    }),
  );
  return markets;
}
