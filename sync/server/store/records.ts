// Writing record rows: the one upsert every writer (push, import) goes through,
// so last-writer-wins is enforced by the same SQL everywhere.
import type { Insertable, Kysely } from 'kysely';
import type { Database } from './schema';

export type RecordRow = Insertable<Database['records']>;

export async function writeRecordRows(trx: Kysely<Database>, rows: readonly RecordRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('records')
    .values([...rows])
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
    )
    .execute();
}
