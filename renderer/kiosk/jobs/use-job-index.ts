// The local store's open postings made searchable. Pinyin for a posting is
// worked out once and kept while its record (id and hlc) and employer's name
// stay the same, so a pull that changes ten postings re-indexes ten, not
// twenty thousand. The cache is filled inside the live query, never during
// render. It lives as long as the terminal's database, not the screen: every
// 找工作 mounts the search anew, and indexing 20,000 postings again took
// seconds on a slow CPU (kiosk.tap_to_screen.p95_ms). Postings are public,
// so keeping them across an idle reset keeps nothing of a person.
import { useLiveQuery } from 'dexie-react-hooks';
import { localDay } from '../../../domain/clock/local-day';
import { indexPosting, type IndexedPosting } from '../../../domain/posting/search';
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

const caches = new WeakMap<TerminalDb, JobIndexCache>();

/** The index cache of one terminal database, shared by every mount of the search. */
export function jobIndexCacheFor(db: TerminalDb): JobIndexCache {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new JobIndexCache();
    caches.set(db, cache);
  }
  return cache;
}

export function useJobIndex(): JobIndex | undefined {
  const { db, now } = useTerminal();
  const today = localDay(now());
  const cache = jobIndexCacheFor(db);
  return useLiveQuery(
    async () => {
      const [postings, employers] = await Promise.all([
        publishedPostings(db, { today }),
        recordTable(db, 'employers').toArray(),
      ]);
      const names = new Map(employers.map((e) => [e.id, e.name]));
      return cache.read(
        today,
        postings.map((posting) => ({ posting, employerName: names.get(posting.employerId) ?? '' })),
      );
    },
    [db, today, cache],
    cache.lastFor(today),
  );
}
