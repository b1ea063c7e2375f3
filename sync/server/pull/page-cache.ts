// Answers to pulls, kept by everything that decides them: the store's epoch,
// version and retention floor, and the request (market, tables, cursor,
// epoch, limit). Any write raises the version and any purge the floor, so a
// key can only ever map to one answer and nothing needs invalidating; the
// meta row is still read on every pull, so several processes sharing one
// store stay exact. When a poke wakes a whole market, its terminals ask the
// same question at once: one reads the rows, the rest get the same text.
import type { StoreMeta } from '../store/meta';
import type { PageRequest } from './read-page';

export interface CachedPage {
  /** The answer, serialised once. */
  readonly text: string;
  readonly changes: number;
}

export const PAGE_CACHE_ENTRIES = 256;
/** Bigger answers (initial pulls) are rare and not shared: not kept. */
export const PAGE_CACHE_MAX_CHARS = 256 * 1024;

export function pageKey(meta: StoreMeta, req: PageRequest): string {
  return [
    meta.epoch,
    meta.version,
    meta.minCursor,
    req.role,
    req.marketId,
    req.tables.join(','),
    req.cursor ?? '',
    req.epoch ?? '',
    req.limit,
    req.publishedPostingsOnly === true ? 'public' : 'all',
  ].join('|');
}

export class PageCache {
  private readonly entries = new Map<string, CachedPage>();

  constructor(private readonly capacity = PAGE_CACHE_ENTRIES) {}

  get(key: string): CachedPage | undefined {
    return this.entries.get(key);
  }

  set(key: string, page: CachedPage): void {
    if (page.text.length > PAGE_CACHE_MAX_CHARS) return;
    // Oldest first out: the keys of older versions are never asked again.
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, page);
  }

  get size(): number {
    return this.entries.size;
  }
}
