// The local store's open postings with their employers' names, for matching.
// Read from the kiosk's own store, so recommendations work with the server unplugged.
import { useLiveQuery } from 'dexie-react-hooks';
import { localDay } from '../../../domain/clock/local-day';
import type { Posting } from '../../../domain/records/posting';
import { useTerminal } from '../../app/terminal-context';
import { recordTable } from '../../db/database';
import { publishedPostings } from '../../db/queries';

export interface OpenPostings {
  readonly today: string;
  readonly postings: readonly Posting[];
  readonly employerNames: ReadonlyMap<string, string>;
}

export function useOpenPostings(): OpenPostings | undefined {
  const { db, now } = useTerminal();
  const today = localDay(now());
  return useLiveQuery(async () => {
    const [postings, employers] = await Promise.all([
      publishedPostings(db, { today }),
      recordTable(db, 'employers').toArray(),
    ]);
    return { today, postings, employerNames: new Map(employers.map((e) => [e.id, e.name])) };
  }, [db, today]);
}
