// Writing record rows: the one upsert every writer (push, import, a hub's
// pull) goes through, so last-writer-wins is enforced by the same SQL
// everywhere. Compiled once per row count (store/cached-statement).
import type { Insertable, Kysely } from 'kysely';
import { runCached } from './cached-statement';
import type { Database } from './schema';

export type RecordRow = Insertable<Database['records']>;

/** Rows with exactly the columns, in the order, `parameters` assumes. */
function canonical(rows: readonly RecordRow[]): RecordRow[] {
  return rows.map((r) => ({
    table_name: r.table_name,
    id: r.id,
    market_id: r.market_id ?? null,
    hlc: r.hlc,
    deleted: r.deleted,
    body: r.body,
    version: r.version,
  }));
}

/** The parameters in compiled order: row by row, columns as in `canonical`. */
function parameters(rows: readonly RecordRow[]): unknown[] {
  const params: unknown[] = [];
  for (const r of rows) params.push(r.table_name, r.id, r.market_id ?? null, r.hlc, r.deleted, r.body, r.version);
  return params;
}

export async function writeRecordRows(trx: Kysely<Database>, rows: readonly RecordRow[]): Promise<void> {
  if (rows.length === 0) return;
  await runCached(trx, `records.upsert/${rows.length}`, parameters(rows), () =>
    trx
      .insertInto('records')
      .values(canonical(rows))
      .onConflict((oc) =>
        oc
          .columns(['table_name', 'id'])
          .doUpdateSet((eb) => ({
            market_id: eb.ref('excluded.market_id'),
            hlc: eb.ref('excluded.hlc'),
            deleted: eb.ref('excluded.deleted'),
            body: eb.ref('excluded.body'),
            version: eb.ref('excluded.version'),
          }))
          // Last writer wins again in SQL: on PostgreSQL another transaction may
          // have written this row since the writer read it.
          .where('records.hlc', '<', (eb) => eb.ref('excluded.hlc')),
      ),
  );
}
