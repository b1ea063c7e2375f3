import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from '../../../../../sync/server/store/statement-cache';

describe('prepared statement cache', () => {
  it('reuses a statement for the same SQL and evicts the least recently used', () => {
    const raw = new Database(':memory:');
    const db = withStatementCache(raw, 2);
    const a = db.prepare('select 1 as x');
    expect(db.prepare('select 1 as x')).toBe(a);
    db.prepare('select 2 as x');
    db.prepare('select 1 as x'); // a is now the most recent
    db.prepare('select 3 as x'); // evicts `select 2`
    expect(db.prepare('select 1 as x')).toBe(a);
    expect(a.all([])).toEqual([{ x: 1 }]);
    db.close();
    expect(raw.open).toBe(false);
  });
});
