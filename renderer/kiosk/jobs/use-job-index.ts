// The local store's open postings made searchable. Pinyin for a posting is
// worked out once and kept while its record (id and hlc) and employer's name
// stay the same, so a pull that changes ten postings re-indexes ten, not
// twenty thousand. The index lives as long as the terminal's database, not
// the screen, and one live query per database keeps it current: every 找工作
// mounts the search anew, and reading and indexing 20,000 postings again on
// each visit kept a slow CPU busy for seconds after the list showed, so the
// next tap waited (kiosk.tap_to_screen.p95_ms). The store is read again only
// when postings or employers change. Postings are public, so keeping them
// across an idle reset keeps nothing of a person.
import { liveQuery, type Subscription } from 'dexie';
import { useCallback, useSyncExternalStore } from 'react';
import { localDay } from '../../../domain/clock/local-day';
import { indexPosting, searchJobs, type IndexedPosting, type JobFilters } from '../../../domain/posting/search';
import { useTerminal } from '../../app/terminal-context';
import { recordTable, type TerminalDb } from '../../db/database';
import { publishedPostings } from '../../db/queries';

interface Cached {
  readonly key: string;
  readonly entry: IndexedPosting;
}

export interface JobIndex {
  readonly today: string;
  readonly entries: readonly IndexedPosting[];
}

/** Re-indexes only the postings whose record or employer's name changed since the last read. */
export class JobIndexCache {
  private entries = new Map<string, Cached>();
  private last: JobIndex | undefined;

  /**
   * The last index read, shown at once when the search opens again while the
   * store is read afresh; none from another day, whose postings may have closed.
   */
  lastFor(today: string): JobIndex | undefined {
    return this.last?.today === today ? this.last : undefined;
  }

  /** Index the day's postings and keep the result as the last index. */
  read(today: string, sources: readonly { posting: IndexedPosting['posting']; employerName: string }[]): JobIndex {
    this.last = { today, entries: this.update(sources) };
    return this.last;
  }

  update(sources: readonly { posting: IndexedPosting['posting']; employerName: string }[]): IndexedPosting[] {
    const next = new Map<string, Cached>();
    const out = sources.map(({ posting, employerName }) => {
      const key = `${posting.hlc}|${employerName}`;
      const hit = this.entries.get(posting.id);
      const cached =
        hit !== undefined && hit.key === key ? hit : { key, entry: indexPosting({ posting, employerName }) };
      next.set(posting.id, cached);
      return cached.entry;
    });
    this.entries = next;
    return out;
  }
}

/** One database's index, kept current by a live query for the day it was asked for. */
export class JobIndexStore {
  readonly cache = new JobIndexCache();
  private readonly listeners = new Set<() => void>();
  private watching: { today: string; subscription: Subscription } | null = null;

  constructor(private readonly db: TerminalDb) {}

  /** Start (or move to a new day) the live query; it is not stopped when a screen leaves. */
  watch(today: string): void {
    if (this.watching?.today === today) return;
    this.watching?.subscription.unsubscribe();
    const db = this.db;
    const subscription = liveQuery(async () => {
      const [postings, employers] = await Promise.all([
        publishedPostings(db, { today }),
        recordTable(db, 'employers').toArray(),
      ]);
      const names = new Map(employers.map((e) => [e.id, e.name]));
      return postings.map((posting) => ({ posting, employerName: names.get(posting.employerId) ?? '' }));
    }).subscribe({
      next: (sources) => {
        this.cache.read(today, sources);
        for (const l of this.listeners) l();
      },
      // A closed database (a terminal reset) ends the watch; the next search starts another.
      error: () => {
        if (this.watching?.subscription === subscription) this.watching = null;
      },
    });
    this.watching = { today, subscription };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

const stores = new WeakMap<TerminalDb, JobIndexStore>();

/** The index store of one terminal database, shared by every mount of the search. */
export function jobIndexStoreFor(db: TerminalDb): JobIndexStore {
  let store = stores.get(db);
  if (store === undefined) {
    store = new JobIndexStore(db);
    stores.set(db, store);
  }
  return store;
}

export function jobIndexCacheFor(db: TerminalDb): JobIndexCache {
  return jobIndexStoreFor(db).cache;
}

export function useJobIndex(): JobIndex | undefined {
  const { db, now } = useTerminal();
  const today = localDay(now());
  const store = jobIndexStoreFor(db);
  const subscribe = useCallback(
    (listener: () => void) => {
      store.watch(today);
      return store.subscribe(listener);
    },
    [store, today],
  );
  return useSyncExternalStore(subscribe, () => store.cache.lastFor(today));
}

const lastSearch = new WeakMap<readonly IndexedPosting[], { key: string; results: IndexedPosting[] }>();

/**
 * searchJobs over the index, remembering the last answer per index: opening
 * 找工作 again with the same choices shows the list without filtering and
 * sorting 20,000 postings anew.
 */
export function searchIndex(index: JobIndex, filters: JobFilters, marketDistrictCode: string): IndexedPosting[] {
  const key = JSON.stringify([filters, index.today, marketDistrictCode]);
  const hit = lastSearch.get(index.entries);
  if (hit?.key === key) return hit.results;
  const results = searchJobs(index.entries, filters, index.today, { marketDistrictCode });
  lastSearch.set(index.entries, { key, results });
  return results;
}
