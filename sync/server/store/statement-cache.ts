// Kysely's SQLite driver prepares every query afresh; the server sends the
// same few statements over and over (a push of 200 mutations is one large
// INSERT whose text repeats batch after batch), so prepared statements are
// kept in a small LRU cache. better-sqlite3 statements are reusable once a
// call returns, and Kysely runs one query at a time per connection.
import type { Database as BetterSqlite } from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export function withStatementCache(db: BetterSqlite, capacity = 64): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare: (sql) => {
      const hit = cache.get(sql);
      if (hit !== undefined) {
        // Re-insert to mark it most recently used.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = db.prepare(sql);
      cache.set(sql, stmt);
      if (cache.size > capacity) {
        const oldest = cache.keys().next();
        if (oldest.done !== true) cache.delete(oldest.value);
      }
      return stmt;
    },
  };
}
