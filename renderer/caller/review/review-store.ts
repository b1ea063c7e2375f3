// The review desk's reads and writes over the local store. A decision changes
// the posting and appends its history entry in one Dexie transaction, so the
// record never says "published" without the entry that says who published it
// and why (谁收集、谁发布、谁负责), and a rejected check writes neither.
import { localDay } from '../../../domain/clock/local-day';
import type { Problem } from '../../../domain/ids/problem';
import type { Staff } from '../../../domain/records/market';
import type { Posting, PostingStatus } from '../../../domain/records/posting';
import type { PostingHistoryEntry } from '../../../domain/records/posting-history';
import type { PostingAction } from '../../../domain/window/posting-history';
import {
  isExpired,
  reviewPatch,
  reviewProblem,
  type ReviewContext,
  type ReviewDecision,
} from '../../../domain/window/review';
import { recordTable, type TerminalDb } from '../../db/database';
import type { DeviceContext } from '../../db/device';
import { newRecordId, putRecord, savePosting } from '../../db/repository';

/** A decision the domain refused: the staff member reads why, nothing was written. */
export class ReviewRefusedError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.zh} / ${problem.en}`);
  }
}

const SCOPE = ['postings', 'postingHistory', 'staff', 'outbox', 'meta'];

/** Postings waiting for review, oldest first (they waited longest), and the published ones for 下架. */
export async function reviewQueue(
  db: TerminalDb,
  marketId: string,
): Promise<{ pending: Posting[]; published: Posting[] }> {
  const all = await recordTable(db, 'postings').where('marketId').equals(marketId).toArray();
  const live = all.filter((p) => !p.deleted);
  const byCreated = (a: Posting, b: Posting) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);
  return {
    pending: live.filter((p) => p.status === 'pending_review').sort(byCreated),
    // Newest first: the one just published is the one most likely to be taken back.
    published: live
      .filter((p) => p.status === 'published')
      .sort((a, b) => ((a.publishedAt ?? '') < (b.publishedAt ?? '') ? 1 : -1)),
  };
}

export async function postingHistoryOf(db: TerminalDb, postingId: string): Promise<PostingHistoryEntry[]> {
  return recordTable(db, 'postingHistory').where('postingId').equals(postingId).toArray();
}

async function writeWithHistory(
  db: TerminalDb,
  ctx: DeviceContext,
  current: Posting,
  next: Posting,
  action: PostingAction,
  staffId: string | null,
  note: string,
): Promise<Posting> {
  const { hlc: _hlc, deleted: _deleted, ...draft } = next;
  const saved = await savePosting(db, ctx, draft);
  await putRecord(db, ctx, 'postingHistory', {
    id: newRecordId(ctx),
    deleted: false,
    marketId: current.marketId,
    postingId: current.id,
    action,
    staffId,
    at: new Date(ctx.now()).toISOString(),
    baseHlc: current.hlc,
    resultHlc: saved.hlc,
    status: saved.status,
    note: note.slice(0, 500),
    content: null,
  });
  return saved;
}

async function loadPosting(db: TerminalDb, postingId: string): Promise<Posting> {
  const p = await recordTable(db, 'postings').get(postingId);
  if (p === undefined || p.deleted) {
    throw new ReviewRefusedError({
      zh: '找不到该岗位（可能已被删除）',
      en: 'posting not found (it may have been deleted)',
    });
  }
  return p;
}

export interface ReviewerContext extends Omit<ReviewContext, 'staff'> {
  readonly now: number;
}

/**
 * Apply a review decision. The four-eyes rule is checked here against the
 * staff table as stored, not the list the screen had, so a check made on a
 * stale screen cannot let someone approve their own posting.
 */
export function decideReview(
  db: TerminalDb,
  ctx: DeviceContext,
  postingId: string,
  decision: ReviewDecision,
  reviewer: ReviewerContext,
): Promise<Posting> {
  return db.transaction('rw', SCOPE, async () => {
    const posting = await loadPosting(db, postingId);
    const staff: Staff[] = await recordTable(db, 'staff').where('marketId').equals(reviewer.marketId).toArray();
    const problem = reviewProblem(posting, decision, { ...reviewer, staff });
    if (problem !== null) throw new ReviewRefusedError(problem);
    const at = new Date(reviewer.now).toISOString();
    const patch = reviewPatch(decision, reviewer.reviewerId, at);
    const action: PostingAction = patch.status === 'published' ? 'published' : 'rejected';
    return writeWithHistory(db, ctx, posting, { ...posting, ...patch }, action, reviewer.reviewerId, patch.reviewNote);
  });
}

/** 下架: off the kiosk and display now; the trail and the publisher stay on the record. */
export function unpublishPosting(
  db: TerminalDb,
  ctx: DeviceContext,
  postingId: string,
  staffId: string,
  reason: string,
): Promise<Posting> {
  return db.transaction('rw', SCOPE, async () => {
    const posting = await loadPosting(db, postingId);
    if (posting.status !== 'published') {
      throw new ReviewRefusedError({
        zh: '只有已发布的岗位可以下架',
        en: 'only a published posting can be unpublished',
      });
    }
    if (reason.trim() === '') {
      throw new ReviewRefusedError({ zh: '下架须写明原因', en: 'unpublishing needs a reason' });
    }
    const status: PostingStatus = 'withdrawn';
    return writeWithHistory(db, ctx, posting, { ...posting, status }, 'unpublished', staffId, reason.trim());
  });
}

/** Mark every published posting past its date as expired; returns how many. */
export function expirePostings(
  db: TerminalDb,
  ctx: DeviceContext,
  marketId: string,
  staffId: string,
  now: number,
  timeZone = 'Asia/Shanghai',
): Promise<number> {
  const today = localDay(now, timeZone);
  return db.transaction('rw', SCOPE, async () => {
    const all = await recordTable(db, 'postings').where('marketId').equals(marketId).toArray();
    const due = all.filter((p) => !p.deleted && isExpired(p, today));
    for (const p of due) {
      await writeWithHistory(db, ctx, p, { ...p, status: 'expired' }, 'expired', staffId, `有效期至 ${p.validUntil}`);
    }
    return due.length;
  });
}
