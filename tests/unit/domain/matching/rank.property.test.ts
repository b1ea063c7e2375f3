import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchOccupation } from '../../../../domain/reference/occupations';
import { rankPostings, type Criterion, type MatchablePosting } from '../../../../domain/matching/rank';
import { posting, profile, TODAY } from './fixtures';
import { assertProperty } from '../../../support/property';

const CRITERIA: readonly Criterion[] = ['trade', 'area', 'pay', 'pay_method', 'start', 'weekdays', 'hours', 'skill'];

/** The profile every generated posting is ranked for: it states every criterion. */
const SEEKER = profile({
  trades: ['cleaning'],
  areas: ['500117'],
  minDailyPay: 200,
  payMethods: ['daily'],
  startWithinDays: 3,
  weekdays: [6, 7],
  hours: { from: '08:00', to: '13:00' },
  skills: ['电工证'],
});

/**
 * A posting meeting exactly `met` of SEEKER's criteria. Each unmet part is
 * stated and different (or, for the trade, unknown), so no posting is dropped
 * for a plain mismatch and the two postings differ only in what they meet.
 */
function postingMeeting(met: ReadonlySet<Criterion>): MatchablePosting {
  const day = met.has('start') ? '2026-12-05' : '2026-12-12';
  const days = met.has('weekdays') ? '每周六至周日' : '每周一至周五';
  const hours = met.has('hours') ? '09:00-12:00' : '14:00-20:00';
  return posting({
    title: '帮工',
    occupation: met.has('trade') ? '保洁员' : '零活',
    occupationCode: met.has('trade') ? 'cleaning' : null,
    skills: met.has('skill') ? '持电工证' : '能吃苦',
    content: '听安排',
    location: { district: met.has('area') ? '合川区' : '万州区' },
    duration: `${day}起，${days}${hours}`,
    pay: { amount: met.has('pay') ? 220 : 150, unit: 'day', method: met.has('pay_method') ? 'daily' : 'monthly' },
  });
}

const criteriaSets = fc
  .subarray([...CRITERIA], { minLength: 1 })
  .chain((superset) =>
    fc.subarray(superset, { maxLength: superset.length - 1 }).map((subset) => ({ superset, subset })),
  );

describe('rankPostings properties', () => {
  it('the fixture’s unknown trade really is unknown, so it is not dropped as a mismatch', () => {
    expect(matchOccupation('零活')).toBeNull();
    expect(matchOccupation('帮工')).toBeNull();
  });

  it('each generated posting meets exactly the criteria it was built to meet', () => {
    assertProperty(
      fc.property(fc.subarray([...CRITERIA]), (met) => {
        const [match] = rankPostings(SEEKER, [postingMeeting(new Set(met))], { today: TODAY });
        const got = match === undefined ? [] : match.reasons.map((r) => r.criterion);
        expect([...got].sort()).toEqual([...met].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('a posting meeting more criteria never ranks below one meeting a subset of them, all else equal', () => {
    assertProperty(
      fc.property(criteriaSets, fc.array(fc.subarray([...CRITERIA]), { maxLength: 12 }), (sets, others) => {
        const more = postingMeeting(new Set(sets.superset));
        const fewer = postingMeeting(new Set(sets.subset));
        const crowd = others.map((met) => postingMeeting(new Set(met)));
        const ids = rankPostings(SEEKER, [fewer, ...crowd, more], { today: TODAY }).map((m) => m.posting.id);
        const at = ids.indexOf(more.id);
        expect(at).toBeGreaterThanOrEqual(0);
        const below = ids.indexOf(fewer.id);
        if (below >= 0) expect(at).toBeLessThan(below);
      }),
      { numRuns: 300 },
    );
  });

  it('results come best first and every reason stands for points in the score', () => {
    assertProperty(
      fc.property(fc.array(fc.subarray([...CRITERIA]), { minLength: 1, maxLength: 20 }), (sets) => {
        const ranked = rankPostings(
          SEEKER,
          sets.map((met) => postingMeeting(new Set(met))),
          { today: TODAY },
        );
        for (let i = 1; i < ranked.length; i++) {
          expect(ranked[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(ranked[i]?.score ?? 0);
        }
        for (const m of ranked) expect(m.score > 0).toBe(m.reasons.length > 0);
      }),
      { numRuns: 200 },
    );
  });

  it('a limited ranking is exactly the head of the full ranking, ties and all', () => {
    assertProperty(
      fc.property(
        fc.array(fc.subarray([...CRITERIA]), { minLength: 0, maxLength: 30 }),
        fc.integer({ min: 0, max: 12 }),
        (sets, limit) => {
          const all = sets.map((met) => postingMeeting(new Set(met)));
          const full = rankPostings(SEEKER, all, { today: TODAY }).map((m) => m.posting.id);
          const head = rankPostings(SEEKER, all, { today: TODAY, limit }).map((m) => m.posting.id);
          expect(head).toEqual(full.slice(0, limit));
        },
      ),
      { numRuns: 300 },
    );
  });
});
