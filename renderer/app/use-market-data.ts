// Live reads the role screens share. useLiveQuery re-renders after every
// local write or applied pull, so screens never hold stale copies.
import { useLiveQuery } from 'dexie-react-hooks';
import { localDay } from '../../domain/clock/local-day';
import type { Market } from '../../domain/records/market';
import type { Posting } from '../../domain/records/posting';
import { recordTable } from '../db/database';
import { publishedPostings } from '../db/queries';
import { useTerminal } from './terminal-context';

/** The market this terminal serves: the one live market in its store. */
export function useMarket(): Market | null | undefined {
  const { db } = useTerminal();
  return useLiveQuery(async () => {
    const markets = await recordTable(db, 'markets')
      .filter((m) => !m.deleted)
      .toArray();
    return markets[0] ?? null;
  }, [db]);
}

/** Published postings still valid today, newest first. */
export function useOpenPostings(): Posting[] | undefined {
  const { db, now } = useTerminal();
  const today = localDay(now());
  return useLiveQuery(() => publishedPostings(db, { today }), [db, today]);
}
