import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty } from '../../../support/property';
import {
  fourEyesApplies,
  isPubliclyVisible,
  reviewPatch,
  reviewProblem,
  type ReviewContext,
  type ReviewDecision,
} from '../../../../domain/window/review';

function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('fixture missing');
  return value;
}

const M = 'market-1';
const ALICE = 'alice';
const BOB = 'bob';
const staff = [
  { id: ALICE, active: true, deleted: false, marketId: M },
  { id: BOB, active: true, deleted: false, marketId: M },
];
const ctx = (reviewerId: string, over: Partial<ReviewContext> = {}): ReviewContext => ({
  reviewerId,
  fourEyes: true,
  staff,
  marketId: M,
  ...over,
});
const pending = (verdict: 'ok' | 'warn' | 'block' = 'ok') => ({
  status: 'pending_review' as const,
  collectedBy: ALICE,
  screening: { verdict, findings: [], rulesVersion: 'r1' },
});
const approve: ReviewDecision = { kind: 'approve' };

describe('four-eyes review', () => {
  it('refuses the collector approving their own posting where the market has two staff', () => {
    expect(reviewProblem(pending(), approve, ctx(ALICE))?.zh).toContain('双人审核');
    expect(reviewProblem(pending(), approve, ctx(BOB))).toBeNull();
  });

  it('lets a one-person station approve its own collection', () => {
    expect(reviewProblem(pending(), approve, ctx(ALICE, { staff: [defined(staff[0])] }))).toBeNull();
  });

  it('does not count inactive, deleted or other markets’ staff as a second reviewer', () => {
    const others = [
      defined(staff[0]),
      { id: 'c', active: false, deleted: false, marketId: M },
      { id: 'd', active: true, deleted: true, marketId: M },
      { id: 'e', active: true, deleted: false, marketId: 'other' },
    ];
    expect(fourEyesApplies({ fourEyes: true, staff: others, marketId: M })).toBe(false);
  });

  it('lets the market switch the rule off', () => {
    expect(reviewProblem(pending(), approve, ctx(ALICE, { fourEyes: false }))).toBeNull();
  });

  it('never lets anyone approve their own collection while the rule binds (property)', () => {
    assertProperty(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (ids) => {
        const team = [...new Set([ALICE, ...ids])].map((id) => ({ id, active: true, deleted: false, marketId: M }));
        const problem = reviewProblem(pending(), approve, ctx(ALICE, { staff: team }));
        expect(problem === null).toBe(team.length < 2);
      }),
    );
  });
});

describe('review decisions', () => {
  it('never publishes a blocked posting', () => {
    expect(reviewProblem(pending('block'), approve, ctx(BOB))?.en).toContain('blocked');
  });

  it('publishes a warned posting only with a written justification', () => {
    expect(reviewProblem(pending('warn'), approve, ctx(BOB))?.en).toContain('justification');
    expect(reviewProblem(pending('warn'), { kind: 'publish_warned', justification: '短' }, ctx(BOB))).not.toBeNull();
    const ok: ReviewDecision = { kind: 'publish_warned', justification: '已电话核实：体力要求为搬运重物，与性别无关' };
    expect(reviewProblem(pending('warn'), ok, ctx(BOB))).toBeNull();
    expect(reviewPatch(ok, BOB, '2026-12-03T02:00:00.000Z').reviewNote).toContain('电话核实');
  });

  it('needs a reason to reject, and words when the chip is 其他', () => {
    expect(reviewProblem(pending(), { kind: 'reject', reasons: [], text: '' }, ctx(BOB))).not.toBeNull();
    expect(reviewProblem(pending(), { kind: 'reject', reasons: ['other'], text: '' }, ctx(BOB))).not.toBeNull();
    const r: ReviewDecision = { kind: 'reject', reasons: ['pay_unclear'], text: '请注明按天还是按件' };
    expect(reviewProblem(pending(), r, ctx(ALICE))).toBeNull();
    expect(reviewPatch(r, ALICE, '2026-12-03T02:00:00.000Z')).toEqual({
      status: 'rejected',
      reviewedBy: ALICE,
      reviewNote: '薪酬或计酬方式不清；请注明按天还是按件',
    });
  });

  it('puts reviewer, publisher and time on an approval', () => {
    expect(reviewPatch(approve, BOB, '2026-12-03T02:00:00.000Z')).toMatchObject({
      status: 'published',
      reviewedBy: BOB,
      publishedBy: BOB,
      publishedAt: '2026-12-03T02:00:00.000Z',
    });
  });

  it('reviews only postings waiting for review', () => {
    expect(reviewProblem({ ...pending(), status: 'published' }, approve, ctx(BOB))).not.toBeNull();
  });
});

describe('isPubliclyVisible', () => {
  it('shows only published, live, in-date postings', () => {
    const p = { status: 'published' as const, validUntil: '2026-12-03', deleted: false };
    expect(isPubliclyVisible(p, '2026-12-03')).toBe(true);
    expect(isPubliclyVisible(p, '2026-12-04')).toBe(false);
    expect(isPubliclyVisible({ ...p, deleted: true }, '2026-12-03')).toBe(false);
    expect(isPubliclyVisible({ ...p, status: 'pending_review' }, '2026-12-03')).toBe(false);
  });
});
