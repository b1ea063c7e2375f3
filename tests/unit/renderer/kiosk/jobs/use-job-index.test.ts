import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyRemoteChanges } from '../../../../../renderer/db/outbox';
import type { TerminalDb } from '../../../../../renderer/db/database';
import { NO_FILTERS, searchJobs } from '../../../../../domain/posting/search';
import { publishedPostings } from '../../../../../renderer/db/queries';
import { jobIndexCacheFor, jobIndexStoreFor, searchIndex } from '../../../../../renderer/kiosk/jobs/use-job-index';
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

  it('keeps the index current from one live query, so a search opened again has it at once, and a pulled change shows', async () => {
    const { db, ctx } = await demoKioskDb();
    dbs.push(db);
    const store = jobIndexStoreFor(db);
    let notified = 0;
    const stop = store.subscribe(() => {
      notified += 1;
    });
    store.watch(TODAY);
    await waitFor(() => {
      expect(store.cache.lastFor(TODAY)).toBeDefined();
    });
    const before = store.cache.lastFor(TODAY)?.entries.length ?? 0;
    stop();
    // The screen left; the index stays and a later screen reads it without waiting.
    expect(store.cache.lastFor(TODAY)?.entries.length).toBe(before);
    const [first] = await publishedPostings(db, { today: TODAY });
    if (first === undefined) throw new Error('the demo has no published posting');
    const later = `2026-11-26T09:00:00.000Z-0000-${first.hlc.slice(-16)}`;
    await applyRemoteChanges(db, ctx, [{ table: 'postings', record: { ...first, hlc: later, deleted: true } }], {
      value: '2',
      epoch: 'e',
    });
    await waitFor(() => {
      expect(store.cache.lastFor(TODAY)?.entries.length).toBe(before - 1);
    });
    expect(notified).toBeGreaterThan(0);
  });

  it('answers the same search on the same index from memory, and a changed choice afresh', async () => {
    const { db } = await demoKioskDb();
    dbs.push(db);
    const index = jobIndexCacheFor(db).read(TODAY, await sources(db));
    const first = searchIndex(index, NO_FILTERS, '500117');
    expect(first).toEqual(searchJobs(index.entries, NO_FILTERS, TODAY, { marketDistrictCode: '500117' }));
    expect(searchIndex(index, { ...NO_FILTERS }, '500117')).toBe(first);
    const daily = searchIndex(index, { ...NO_FILTERS, payMethods: ['daily'] }, '500117');
    expect(daily).not.toBe(first);
    expect(daily.every((e) => e.posting.pay.method === 'daily')).toBe(true);
  });
});
