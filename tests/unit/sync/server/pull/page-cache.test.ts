import { describe, expect, it } from 'vitest';
import { PAGE_CACHE_MAX_CHARS, PageCache, pageKey } from '../../../../../sync/server/pull/page-cache';
import type { PageRequest } from '../../../../../sync/server/pull/read-page';

const meta = { epoch: 'e1', version: 10, minCursor: 0 };
const req: PageRequest = {
  role: 'caller',
  marketId: 'm1',
  tables: ['postings', 'tickets'],
  cursor: '5',
  epoch: 'e1',
  limit: 1000,
};

describe('pull page cache', () => {
  it('keys on everything that decides the answer', () => {
    const base = pageKey(meta, req);
    expect(pageKey({ ...meta }, { ...req })).toBe(base);
    for (const other of [
      pageKey({ ...meta, version: 11 }, req),
      pageKey({ ...meta, minCursor: 3 }, req),
      pageKey({ ...meta, epoch: 'e2' }, req),
      pageKey(meta, { ...req, marketId: 'm2' }),
      pageKey(meta, { ...req, tables: ['postings'] }),
      pageKey(meta, { ...req, cursor: null }),
      pageKey(meta, { ...req, epoch: null }),
      pageKey(meta, { ...req, limit: 10 }),
    ]) {
      expect(other).not.toBe(base);
    }
  });

  it('drops the oldest entry when full and never keeps a very large answer', () => {
    const cache = new PageCache(2);
    cache.set('a', { text: 'A', changes: 1 });
    cache.set('b', { text: 'B', changes: 1 });
    cache.set('c', { text: 'C', changes: 1 });
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')?.text).toBe('C');
    cache.set('big', { text: 'x'.repeat(PAGE_CACHE_MAX_CHARS + 1), changes: 5000 });
    expect(cache.get('big')).toBeUndefined();
    expect(cache.size).toBe(2);
  });
});
