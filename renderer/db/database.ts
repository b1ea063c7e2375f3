// One Dexie database per terminal: every synced table of the record registry,
// the outbox of local mutations, the server's refusals of some of them, and
// the device's meta.
import Dexie, { type Table } from 'dexie';
import type { Mutation } from '../../domain/records/mutation';
import type { RecordOf, RecordTable } from '../../domain/records/registry';
import type { RejectedMutation } from '../../sync/client/replica-port';
import type { MetaRow } from './meta';
import { MIGRATIONS, type Migration } from './migrations';

export class TerminalDb extends Dexie {
  // `declare`, not a field: a class field would overwrite the table Dexie
  // installs in the constructor with `undefined`.
  declare readonly outbox: Table<Mutation, number>;
  declare readonly meta: Table<MetaRow, MetaRow['key']>;
  declare readonly rejections: Table<RejectedMutation, number>;

  /** `migrations` is for tests that build a database as an older release did. */
  constructor(name: string, migrations: readonly Migration[] = MIGRATIONS) {
    // Strict durability for the whole database, not per transaction: Dexie 4
    // sets IDBTransaction durability only per database (there is no
    // per-transaction option), and every read-write transaction here touches
    // the outbox (a record, ticket or ticket event always travels with its
    // outbox row) or the device's sync state in meta (clock, counter, cursor),
    // all of which must survive a power cut once committed. Read-only
    // transactions ignore the hint, so only the writes that need it pay for it.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const m of migrations) {
      const v = this.version(m.version).stores(m.stores);
      if (m.upgrade) v.upgrade(m.upgrade);
    }
  }
}

/**
 * Open (creating or upgrading) a terminal's database, so that a failure shows
 * at start-up rather than at the first write.
 *
 * A database already upgraded by a newer build still opens here (Dexie 4
 * opens it at its installed version instead of raising VersionError): a
 * terminal rolled back to an older build keeps working and keeps pushing its
 * outbox, which matters more in a service hall than refusing to start.
 * Migrations therefore add tables and indexes that older code can ignore.
 */
export async function openTerminalDb(name: string, migrations?: readonly Migration[]): Promise<TerminalDb> {
  const db = new TerminalDb(name, migrations);
  await db.open();
  return db;
}

/** The Dexie table holding one record type. */
export function recordTable<T extends RecordTable>(db: TerminalDb, table: T): Table<RecordOf<T>, string> {
  return db.table<RecordOf<T>, string>(table);
}
