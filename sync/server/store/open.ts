// Opening the store: SQLite through better-sqlite3 (the embedded default) or
// PostgreSQL through pg, behind one Kysely instance so every query is written
// once (DESIGN §7).
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database as Schema } from './schema';
import { withStatementCache } from './statement-cache';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  readonly db: Kysely<Schema>;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

export type StoreLocation = { readonly sqlite: string } | { readonly postgres: string };

const INT8_OID = 20;

/** pg returns int8 as a string; our versions and times stay far below 2^53. */
function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`整数超出范围 / int8 out of the safe range: ${text}`);
  return n;
}

export function openStore(location: StoreLocation): Store {
  if ('sqlite' in location) {
    const sqlite = new Database(location.sqlite);
    // WAL lets pulls read while a push writes. FULL syncs the log at every
    // commit: a terminal deletes its outbox rows once a push is acknowledged,
    // so an acknowledged push must survive a power cut (a hub sits in a market
    // hall). NORMAL would lose the last commits there and stop those terminals'
    // pushes at a gap until an operator ran `restored`.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  // Per pool, not pg's global parser table, so other pg users in the process are untouched.
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8_OID, parseInt8);
  const pool = new pg.Pool({ connectionString: location.postgres, types });
  // An idle pooled connection can die (server restart, admin_shutdown); the
  // pool drops it and opens another on demand. Without a listener the 'error'
  // event would crash the process.
  pool.on('error', (err) => {
    console.warn(`数据库空闲连接断开 / an idle database connection failed: ${err.message}`);
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
