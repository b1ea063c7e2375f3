// A posting's history (谁收集、谁发布、谁负责 on the record). Every change to a
// posting also writes an append-only history entry with its own id, carrying
// the content as that staff member left it and the version they edited from.
// The posting itself is last-writer-wins by HLC like every record, so when two
// staff edit one posting offline the later stamp wins — and the other edit is
// still here, in its own entry, flagged as overtaken, never silently dropped.
import { compareStamps, type HlcStamp } from '../clock/hlc';
import type { PostingContent } from '../posting/content';
import type { PostingStatus } from '../records/posting';

export const POSTING_ACTIONS = [
  'collected',
  'edited',
  'submitted',
  'published',
  'rejected',
  'unpublished',
  'expired',
  'refused_by_server',
] as const;
export type PostingAction = (typeof POSTING_ACTIONS)[number];

export interface PostingHistoryEntryLike {
  readonly id: string;
  readonly postingId: string;
  readonly action: PostingAction;
  readonly staffId: string | null;
  readonly hlc: HlcStamp;
  /** The posting version this change was made on; null for the first collection. */
  readonly baseHlc: HlcStamp | null;
  /** The stamp the posting carried after this change. */
  readonly resultHlc: HlcStamp;
  readonly status: PostingStatus;
  readonly note: string;
  readonly content: PostingContent | null;
  readonly deleted: boolean;
}

export interface TimelineEntry<E extends PostingHistoryEntryLike> {
  readonly entry: E;
  /** True for a change made beside another on the same version and overtaken by the later stamp. */
  readonly overtaken: boolean;
  /** The entry that won over it, when overtaken. */
  readonly overtakenBy: string | null;
}

/**
 * The posting's history in stamp order. Changes made on the same base version
 * are concurrent: the one with the latest stamp stands, the others are marked
 * overtaken (their content stays on the entry for the reviewer to read).
 */
export function postingTimeline<E extends PostingHistoryEntryLike>(
  entries: readonly E[],
  postingId: string,
): TimelineEntry<E>[] {
  const mine = entries
    .filter((e) => e.postingId === postingId && !e.deleted)
    .sort((a, b) => compareStamps(a.hlc, b.hlc) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const latestOnBase = new Map<string, E>();
  for (const e of mine) {
    if (e.baseHlc === null) continue;
    const prev = latestOnBase.get(e.baseHlc);
    if (prev === undefined || compareStamps(e.resultHlc, prev.resultHlc) > 0) latestOnBase.set(e.baseHlc, e);
  }
  return mine.map((entry) => {
    const winner = entry.baseHlc === null ? undefined : latestOnBase.get(entry.baseHlc);
    const overtaken = winner !== undefined && winner.id !== entry.id;
    return { entry, overtaken, overtakenBy: overtaken ? winner.id : null };
  });
}

/** Fields whose values differ between two contents, for showing what an overtaken edit changed. */
export function changedFields(a: PostingContent, b: PostingContent): string[] {
  const out: string[] = [];
  for (const key of Object.keys(a) as (keyof PostingContent)[]) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out.push(key);
  }
  return out;
}
