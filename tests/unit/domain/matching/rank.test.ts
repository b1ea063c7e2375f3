import { describe, expect, it } from 'vitest';
import { QUICK_PROFILES, quickProfile } from '../../../../domain/matching/profile';
import { rankPostings } from '../../../../domain/matching/rank';
import { posting, profile, TODAY } from './fixtures';

const reasonsOf = (p: ReturnType<typeof rankPostings>[number]) => p.reasons.map((r) => r.zh);

describe('rankPostings', () => {
  it('gives the reasons a seeker reads: trade, area, 日结 and 明天开工', () => {
    const job = posting({
      occupationCode: 'cleaning',
      occupation: '保洁员',
      location: { district: '合川区' },
      duration: '2026-12-04，08:00-17:00',
      pay: { amount: 160, unit: 'day', method: 'daily' },
    });
    const [match] = rankPostings(
      profile({ trades: ['cleaning'], areas: ['500117'], payMethods: ['daily'], startWithinDays: 3 }),
      [job],
      { today: TODAY },
    );
    expect(match && reasonsOf(match)).toEqual(['工种相符: 保洁', '在你选的区域: 合川区', '明天开工', '日结']);
    expect(match?.reasons.map((r) => r.en)).toContain('Starts tomorrow');
  });

  it('leaves out a posting of another stated trade but keeps one whose trade is unknown', () => {
    const welder = posting({ occupationCode: 'welder', occupation: '电焊工', location: { district: '合川区' } });
    const unknown = posting({
      occupationCode: null,
      occupation: '杂项',
      title: '帮忙',
      location: { district: '合川区' },
    });
    const ranked = rankPostings(profile({ trades: ['cleaning'], areas: ['500117'] }), [welder, unknown], {
      today: TODAY,
    });
    expect(ranked.map((m) => m.posting.id)).toEqual([unknown.id]);
  });

  it('reads the trade from the job title when the posting has no occupation code', () => {
    const job = posting({ occupationCode: null, occupation: '保洁员' });
    const [match] = rankPostings(profile({ trades: ['cleaning'] }), [job], { today: TODAY });
    expect(match && reasonsOf(match)).toEqual(['工种相符: 保洁']);
  });

  it('leaves out postings past their 有效期 and work that ends before the seeker can start', () => {
    const expired = posting({ validUntil: '2026-12-02' });
    const over = posting({ duration: '2026-12-05至2026-12-06' });
    const open = posting({ duration: '2026-12-08至2026-12-09' });
    const ranked = rankPostings(profile({ availableFrom: '2026-12-07' }), [expired, over, open], { today: TODAY });
    expect(ranked.map((m) => m.posting.id)).toEqual([open.id]);
  });

  it('lets a seeker join work already under way on their first free day', () => {
    const running = posting({ duration: '2026-12-01至2026-12-20' });
    const [match] = rankPostings(profile({ startWithinDays: 0 }), [running], { today: TODAY });
    expect(match?.startDay).toBe(TODAY);
    expect(match && reasonsOf(match)).toEqual(['今天就能开工']);
  });

  it('puts pay on a day before comparing it with what the seeker asks', () => {
    const hourly = posting({ pay: { amount: 25, unit: 'hour', method: 'weekly' }, duration: '每天08:00-17:00' });
    const low = posting({ pay: { amount: 120, unit: 'day', method: 'weekly' } });
    const ranked = rankPostings(profile({ minDailyPay: 200 }), [low, hourly], { today: TODAY });
    expect(ranked.map((m) => m.posting.id)).toEqual([hourly.id]);
    expect(ranked[0]?.dailyPay).toBe(225);
    expect(ranked[0] && reasonsOf(ranked[0])).toEqual(['每天约225元, 不低于你要的200元']);
  });

  it('matches the seeker’s days and hours only when the posting states them', () => {
    const weekend = posting({ duration: '2026-12-05，09:00-12:00' });
    const unstated = posting({ duration: '长期' });
    const ranked = rankPostings(
      profile({ weekdays: [6, 7], hours: { from: '08:00', to: '13:00' } }),
      [unstated, weekend],
      { today: TODAY },
    );
    expect(ranked.map((m) => m.posting.id)).toEqual([weekend.id]);
    expect(ranked[0] && reasonsOf(ranked[0])).toEqual(['日子合适: 周六', '时间合适: 09:00-12:00']);
  });

  it('fits a night shift into a night window that wraps past midnight', () => {
    const night = posting({ duration: '每天22:00-06:00' });
    const [match] = rankPostings(profile({ hours: { from: '20:00', to: '08:00' } }), [night], { today: TODAY });
    expect(match && reasonsOf(match)).toEqual(['时间合适: 22:00-06:00']);
  });

  it('finds the seeker’s skill words in the posting', () => {
    const job = posting({ skills: '持电工证，会开车' });
    const [match] = rankPostings(profile({ skills: ['电工证', '叉车'] }), [job], { today: TODAY });
    expect(match && reasonsOf(match)).toEqual(['用得上你的技能: 电工证']);
  });

  it('breaks ties by the earlier start, then the better day’s pay, then the newer posting', () => {
    const later = posting({ duration: '2026-12-09' });
    const soonLow = posting({ duration: '2026-12-05', pay: { amount: 100, unit: 'day', method: 'daily' } });
    const soonHigh = posting({ duration: '2026-12-05', pay: { amount: 200, unit: 'day', method: 'daily' } });
    const soonHighNewer = posting({
      duration: '2026-12-05',
      pay: { amount: 200, unit: 'day', method: 'daily' },
      publishedAt: '2026-12-02T02:00:00.000Z',
    });
    const ranked = rankPostings(profile(), [later, soonLow, soonHigh, soonHighNewer], { today: TODAY });
    expect(ranked.map((m) => m.posting.id)).toEqual([soonHighNewer.id, soonHigh.id, soonLow.id, later.id]);
  });

  it('lists every open posting for an empty profile and only matching ones for a stated one', () => {
    const a = posting();
    const b = posting({ location: { district: '合川区' } });
    expect(rankPostings(profile(), [a, b], { today: TODAY })).toHaveLength(2);
    expect(rankPostings(profile({ areas: ['500117'] }), [a, b], { today: TODAY }).map((m) => m.posting.id)).toEqual([
      b.id,
    ]);
  });

  it('gives a quick profile recommendations without any registration', () => {
    const quick = QUICK_PROFILES.find((q) => q.id === 'daily-nearby');
    if (quick === undefined) throw new Error('quick profile daily-nearby is missing');
    const near = posting({ location: { district: '合川区' }, pay: { amount: 180, unit: 'day', method: 'daily' } });
    const far = posting({ location: { district: '万州区' } });
    const ranked = rankPostings(quickProfile(quick, '500117'), [far, near], { today: TODAY, limit: 5 });
    expect(ranked[0]?.posting.id).toBe(near.id);
    expect(ranked[0] && reasonsOf(ranked[0])).toContain('日结');
  });

  it('cuts the list at the limit', () => {
    const many = Array.from({ length: 30 }, () => posting());
    expect(rankPostings(profile(), many, { today: TODAY, limit: 10 })).toHaveLength(10);
  });
});
