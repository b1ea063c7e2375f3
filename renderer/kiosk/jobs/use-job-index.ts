// The local store's open postings made searchable. Pinyin for a posting is
// worked out once and kept while its record (id and hlc) and employer's name
// stay the same, so a pull that changes ten postings re-indexes ten, not
// twenty thousand. The cache is filled inside the live query, never during
// render.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { localDay } from '../../../domain/clock/local-day';
import { indexPosting, type IndexedPosting } from '../../../domain/posting/search';
import { useTerminal } from '../../app/terminal-context';
import { recordTable } from '../../db/database';
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

export function useJobIndex(): JobIndex | undefined {
  const { db, now } = useTerminal();
  const today = localDay(now());
  const [cache] = useState(() => new JobIndexCache());
  return useLiveQuery(async () => {
    const [postings, employers] = await Promise.all([
      publishedPostings(db, { today }),
      recordTable(db, 'employers').toArray(),
    ]);
    const names = new Map(employers.map((e) => [e.id, e.name]));
    const entries = cache.update(
      postings.map((posting) => ({ posting, employerName: names.get(posting.employerId) ?? '' })),
    );
    return { today, entries };
  }, [db, today, cache]);
}
