// Calling is a server-authoritative claim (DESIGN §4). Cut off from the
// authority, a window may call only what no other window can: tickets of the
// lanes it serves alone, and tickets it issued itself (which nobody else has
// seen yet). Anything else could be called twice, at two windows at once.
import { exclusiveLanes, type WindowLanes } from './config';

export interface OfflineCaller {
  readonly terminalId: string;
  readonly windowNumber: number;
}

export function mayCallOffline(
  ticket: { readonly lane: string; readonly issuedBy: string },
  caller: OfflineCaller,
  windows: readonly WindowLanes[],
): boolean {
  if (ticket.issuedBy === caller.terminalId) return true;
  return exclusiveLanes(windows, caller.windowNumber).includes(ticket.lane);
}
