// The market's recent help requests as a window sees them, and a chime for
// each new open one, once. Requests older than HELP_SHOWN_MS drop off the
// window: by then the seeker has gone to a window or been helped.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { HelpRequest } from '../../../domain/records/help';
import { useTerminal } from '../../app/terminal-context';
import { helpRequestsSince } from '../../db/help-requests';
import { useClock } from '../../display/use-clock';

export const HELP_SHOWN_MS = 15 * 60_000;
/** The list is re-read at least this often, so old requests leave even when nothing syncs. */
const REFRESH_MS = 60_000;

export type Chime = () => Promise<unknown>;

export function useHelpRequests(marketId: string, chime: Chime, onChimeFailed: (error: unknown) => void) {
  const { db, now } = useTerminal();
  const minute = Math.floor(useClock(now, REFRESH_MS) / REFRESH_MS) * REFRESH_MS;
  const requests = useLiveQuery(async () => {
    const since = new Date(minute - HELP_SHOWN_MS).toISOString();
    const rows = await helpRequestsSince(db, marketId, since);
    return rows.filter((r) => r.status === 'open' || r.status === 'taken');
  }, [db, marketId, minute]);
  const heard = useRef(new Set<string>());
  useEffect(() => {
    if (requests === undefined) return;
    const fresh = requests.filter((r) => r.status === 'open' && !heard.current.has(r.id));
    // Only ids still listed are kept, so the set stays as small as the list.
    heard.current = new Set(requests.map((r) => r.id).filter((id) => heard.current.has(id)));
    for (const r of fresh) heard.current.add(r.id);
    if (fresh.length > 0) chime().catch(onChimeFailed);
  }, [requests, chime, onChimeFailed]);
  return requests satisfies HelpRequest[] | undefined;
}
