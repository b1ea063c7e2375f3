import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../../sync/server/store/open';

describe('the SQLite store', () => {
  it('writes ahead and syncs the log at every commit, so an acknowledged push survives a power cut', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gig-open-'));
    const store = openStore({ sqlite: join(dir, 'gig.sqlite') });
    try {
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
      const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(store.db);
      expect(mode.rows).toEqual([{ journal_mode: 'wal' }]);
      // 2 is FULL; NORMAL (1) may lose the last commits on power loss.
      expect(sync.rows).toEqual([{ synchronous: 2 }]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
