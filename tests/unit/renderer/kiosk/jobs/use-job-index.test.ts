import { afterEach, describe, expect, it } from 'vitest';
import type { TerminalDb } from '../../../../../renderer/db/database';
import { publishedPostings } from '../../../../../renderer/db/queries';
import { jobIndexCacheFor } from '../../../../../renderer/kiosk/jobs/use-job-index';
import { demoKioskDb, TODAY } from '../support';

let dbs: TerminalDb[] = [];
afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

async function sources(db: TerminalDb) {
  return (await publishedPostings(db, { today: TODAY })).map((posting) => ({ posting, employerName: '某公司' }));
}

describe('the job index cache', () => {
  it('is one per terminal database, so a search opened again starts from the index already built', async () => {
    const { db } = await demoKioskDb();
    const { db: other } = await demoKioskDb();
    dbs.push(db, other);
    expect(jobIndexCacheFor(db)).toBe(jobIndexCacheFor(db));
    expect(jobIndexCacheFor(db)).not.toBe(jobIndexCacheFor(other));
  });

  it("offers the last index read only for the day it was read, and reuses each unchanged posting's entry", async () => {
    const { db } = await demoKioskDb();
    dbs.push(db);
    const cache = jobIndexCacheFor(db);
    expect(cache.lastFor(TODAY)).toBeUndefined();
    const list = await sources(db);
    const first = cache.read(TODAY, list);
    expect(first.entries.length).toBe(list.length);
    expect(cache.lastFor(TODAY)).toBe(first);
    expect(cache.lastFor('2026-11-27')).toBeUndefined();
    const again = cache.read(TODAY, list);
    expect(again.entries.every((entry, i) => entry === first.entries[i])).toBe(true);
    // A renamed employer changes what search finds, so that posting is indexed anew.
    const [head, ...rest] = list;
    if (head === undefined) throw new Error('the demo has no published posting');
    const renamed = cache.read(TODAY, [{ ...head, employerName: '另一家公司' }, ...rest]);
    expect(renamed.entries[0]).not.toBe(first.entries[0]);
    expect(renamed.entries[1]).toBe(first.entries[1]);
  });
});
