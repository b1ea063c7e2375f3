// 信息审核 (第十二条(三) 谁收集、谁发布、谁负责): a collected posting waits for a
// reviewer, who approves and publishes it, rejects it with reasons, or — for
// one the screener only warned about — publishes it with a written
// justification. Four-eyes: where a market has two or more active staff,
// nobody approves what they collected themselves (a market setting; a
// one-person station could otherwise never publish anything).
import type { Problem } from '../ids/problem';
import type { Staff } from '../records/market';
import type { Posting } from '../records/posting';

export const REJECT_REASONS = [
  'discriminatory',
  'pay_unclear',
  'contact_wrong',
  'employer_unverified',
  'duplicate',
  'illegal_work',
  'other',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const REJECT_REASON_LABELS: Readonly<Record<RejectReason, Problem>> = {
  discriminatory: { zh: '含歧视性内容', en: 'discriminatory wording' },
  pay_unclear: { zh: '薪酬或计酬方式不清', en: 'pay or pay method unclear' },
  contact_wrong: { zh: '联系方式有误', en: 'contact details wrong' },
  employer_unverified: { zh: '用工主体未核实', en: 'employer not verified' },
  duplicate: { zh: '重复发布', en: 'duplicate posting' },
  illegal_work: { zh: '违法或高危作业', en: 'illegal or unsafe work' },
  other: { zh: '其他', en: 'other' },
};

export type ReviewDecision =
  | { readonly kind: 'approve' }
  | { readonly kind: 'publish_warned'; readonly justification: string }
  | { readonly kind: 'reject'; readonly reasons: readonly RejectReason[]; readonly text: string };

export interface ReviewContext {
  readonly reviewerId: string;
  /** The market setting; on by default. */
  readonly fourEyes: boolean;
  /** The market's staff, to count who could review instead. */
  readonly staff: readonly Pick<Staff, 'id' | 'active' | 'deleted' | 'marketId'>[];
  readonly marketId: string;
}

/** Justifications shorter than this are a shrug, not a reason a reviewer can be held to. */
export const MIN_JUSTIFICATION = 10;

/** Whether the four-eyes rule binds: the setting is on and a second active staff member exists. */
export function fourEyesApplies(ctx: Pick<ReviewContext, 'fourEyes' | 'staff' | 'marketId'>): boolean {
  if (!ctx.fourEyes) return false;
  const active = ctx.staff.filter((s) => s.active && !s.deleted && s.marketId === ctx.marketId);
  return active.length >= 2;
}

/** Why `ctx.reviewerId` may not take `decision` on `posting`, or null when it may. */
export function reviewProblem(
  posting: Pick<Posting, 'status' | 'collectedBy' | 'screening'>,
  decision: ReviewDecision,
  ctx: ReviewContext,
): Problem | null {
  if (posting.status !== 'pending_review') {
    return { zh: '该岗位不在待审核状态', en: 'this posting is not waiting for review' };
  }
  if (decision.kind === 'reject') {
    if (decision.reasons.length === 0 && decision.text.trim() === '') {
      return { zh: '退回须选择或填写原因', en: 'a rejection needs a reason (choose one or write one)' };
    }
    if (decision.reasons.includes('other') && decision.text.trim() === '') {
      return { zh: '选择“其他”时请写明原因', en: 'write the reason when choosing "other"' };
    }
    return null;
  }
  if (posting.screening.verdict === 'block') {
    return { zh: '被拦截的岗位须修改后才能发布', en: 'a blocked posting must be changed before it can be published' };
  }
  if (posting.collectedBy === ctx.reviewerId && fourEyesApplies(ctx)) {
    return {
      zh: '本市场实行双人审核：不能审核自己采集的岗位，请由另一位工作人员审核',
      en: 'this market uses four-eyes review: another staff member must approve a posting you collected',
    };
  }
  if (posting.screening.verdict === 'warn') {
    if (decision.kind !== 'publish_warned') {
      return {
        zh: '该岗位有提示项，发布须写明理由',
        en: 'this posting has warnings; publishing it needs a written justification',
      };
    }
    if (decision.justification.trim().length < MIN_JUSTIFICATION) {
      return {
        zh: `发布理由至少 ${MIN_JUSTIFICATION} 个字`,
        en: `the justification needs at least ${MIN_JUSTIFICATION} characters`,
      };
    }
  }
  return null;
}

/**
 * A rejection leaves publishedBy/publishedAt as they were: on an edit of a
 * once-published posting they say it was public, which is what tells kiosks
 * to drop it (sync/server/pull/read-page).
 */
export type ReviewPatch = Pick<Posting, 'status' | 'reviewedBy' | 'reviewNote'> &
  Partial<Pick<Posting, 'publishedBy' | 'publishedAt'>>;

/** The fields a decision writes on the posting; call only after `reviewProblem` returned null. */
export function reviewPatch(decision: ReviewDecision, reviewerId: string, at: string): ReviewPatch {
  if (decision.kind === 'reject') {
    const labels = decision.reasons.map((r) => REJECT_REASON_LABELS[r].zh);
    const note = [...labels, decision.text.trim()].filter((s) => s !== '').join('；');
    return {
      status: 'rejected',
      reviewedBy: reviewerId,
      reviewNote: note.slice(0, 500),
    };
  }
  const note = decision.kind === 'publish_warned' ? decision.justification.trim().slice(0, 500) : '';
  return { status: 'published', reviewedBy: reviewerId, reviewNote: note, publishedBy: reviewerId, publishedAt: at };
}

/** Unpublishing (下架) and expiry take a posting off the kiosk and display; the trail stays. */
export function isExpired(posting: Pick<Posting, 'status' | 'validUntil'>, today: string): boolean {
  return posting.status === 'published' && posting.validUntil < today;
}

/** What kiosks and displays may show: published, not deleted, not past its date. */
export function isPubliclyVisible(posting: Pick<Posting, 'status' | 'validUntil' | 'deleted'>, today: string): boolean {
  return !posting.deleted && posting.status === 'published' && posting.validUntil >= today;
}
