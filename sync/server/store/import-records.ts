// Loading records straight into the server's store: the demo market on the
// embedded default, city-wide content, a restore. Not a device's push: there is
// no mutation id to advance, so it is for operators and start-up only. Every
// record is validated first; a bad one stops the import before anything is
// written.
import { parseRecord, recordTableSchema, RecordValidationError } from '../../../domain/records/registry';
import { storedMarketOf } from '../push/judge';
import { reserveVersions } from './meta';
import type { Store } from './open';
import { writeRecordRows, type RecordRow } from './records';

export interface ImportChange {
  readonly table: string;
  readonly record: unknown;
}

export class ImportError extends Error {
  readonly code = 'invalid_import';
  constructor(
    readonly index: number,
    detail: string,
  ) {
    super(
      `第 ${index + 1} 条记录无效，未导入任何记录 / record #${index + 1} is invalid, nothing was imported: ${detail}`,
    );
  }
}

export async function importRecords(store: Store, changes: readonly ImportChange[]): Promise<{ written: number }> {
  const checked = changes.map((change, index) => {
    const table = recordTableSchema.safeParse(change.table);
    if (!table.success) throw new ImportError(index, `未知的表 / unknown table ${JSON.stringify(change.table)}`);
    try {
      const record = parseRecord(table.data, change.record);
      return { table: table.data, record };
    } catch (e) {
      if (e instanceof RecordValidationError) throw new ImportError(index, e.message);
      throw e;
    }
  });
  if (checked.length === 0) return { written: 0 };
  return store.db.transaction().execute(async (trx) => {
    let version = await reserveVersions(trx, checked.length);
    const rows: RecordRow[] = checked.map(({ table, record }) => ({
      table_name: table,
      id: record.id,
      market_id: storedMarketOf(table, record),
      hlc: record.hlc,
      deleted: record.deleted ? 1 : 0,
      body: JSON.stringify(record),
      version: version++,
    }));
    await writeRecordRows(trx, rows);
    return { written: rows.length };
  });
}
