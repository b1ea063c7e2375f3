// Deciding between two versions of one record, for the server applying a push
// and a terminal applying a pull alike. Deterministic and pure: the same two
// versions give the same winner on every replica, in any order of arrival.
import type { HlcStamp } from '../clock/hlc';

export interface Versioned {
  readonly id: string;
  readonly hlc: HlcStamp;
}

/** Last writer wins by HLC; stamps are unique per device, so there are no ties between devices. */
export function reconcile<T extends Versioned>(current: T | undefined, incoming: T): T {
  if (current === undefined) return incoming;
  if (current.id !== incoming.id) {
    throw new Error(`不同记录不能合并 / cannot reconcile different records: ${current.id} vs ${incoming.id}`);
  }
  return incoming.hlc > current.hlc ? incoming : current;
}

/** Whether `incoming` would replace `current`. */
export function supersedes(current: Versioned | undefined, incoming: Versioned): boolean {
  return reconcile(current, incoming) === incoming && current !== incoming;
}
