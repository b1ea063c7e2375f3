import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLooseExchange, toPostingContent } from '../../../../domain/posting/exchange';
import {
  buildSearchIndex,
  currentDistrictCode,
  dailyPay,
  hoursPerDay,
  jobPredicate,
  NO_FILTERS,
  searchJobs,
  startWindowDays,
  widenings,
  workDays,
  type JobFilters,
} from '../../../../domain/posting/search';
import type { Posting } from '../../../../domain/records/posting';
import { LIANGJIANG_CODE } from '../../../../domain/reference/districts';
import { EMPLOYER_ID, makeId, postingDraft, remoteStamp, T0 } from '../../renderer/db/fixtures';
import { assertProperty } from '../../../support/property';

// 2026-11-26 is a Thursday.
const TODAY = '2026-11-26';

/** A stored posting made the way an import makes one: an exchange-format line through toPostingContent. */
function fromExchange(line: Record<string, unknown>, overrides: Partial<Posting> = {}): Posting {
  const loose = parseLooseExchange({
    title: '小区保洁',
    occupation: '保洁员',
    skills: '能吃苦',
    location: { district: '沙坪坝区', address: '三峡广场 1 号' },
    duration: '2026-11-26至2026-11-28，每天08:00-17:00',
    content: '楼道清扫',
    pay: { amount: 150, unit: 'day', method: 'daily' },
    headcount: 2,
    validUntil: '2026-11-30',
    employer: { name: '重庆某物业公司' },
    contact: { name: '李女士', phone: '13800001234' },
    ...line,
  });
  if (!loose.ok) throw new Error('not an object');
  const made = toPostingContent(loose.posting);
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  return {
    ...postingDraft(),
    ...made.content,
    id: makeId(),
    hlc: remoteStamp(T0),
    deleted: false,
    employerId: EMPLOYER_ID,
    ...overrides,
  };
}

const f = (over: Partial<JobFilters>): JobFilters => ({ ...NO_FILTERS, ...over });
const titles = (postings: Posting[], filters: JobFilters, marketDistrictCode: string | null = null) =>
  searchJobs(buildSearchIndex(postings.map((posting) => ({ posting }))), filters, TODAY, { marketDistrictCode }).map(
    (p) => p.posting.title,
  );

describe('job search: free text', () => {
  const cleaning = fromExchange({ title: '保洁' });
  const moving = fromExchange({ title: '装卸工', occupation: '装卸工' });
  const all = [cleaning, moving];

  it('finds 保洁 by hanzi, by pinyin initials "bj" and by full pinyin "baojie"', () => {
    expect(titles(all, f({ text: '保洁' }))).toEqual(['保洁']);
    expect(titles(all, f({ text: 'bj' }))).toEqual(['保洁']);
    expect(titles(all, f({ text: 'baojie' }))).toEqual(['保洁']);
    expect(titles(all, f({ text: 'BaoJie' }))).toEqual(['保洁']);
  });

  it('reads 装卸 as zhuangxie (not zhuangxue), so a seeker typing its sound finds it', () => {
    expect(titles(all, f({ text: 'zhuangxie' }))).toEqual(['装卸工']);
    expect(titles(all, f({ text: 'zx' }))).toEqual(['装卸工']);
  });

  it('folds full-width letters, traditional characters and spaces in the query', () => {
    expect(titles(all, f({ text: 'ｂｊ' }))).toEqual(['保洁']);
    expect(titles(all, f({ text: '裝卸' }))).toEqual(['装卸工']);
  });

  it('needs every space-separated word, and finds the employer and the address by hanzi', () => {
    const withEmployer = buildSearchIndex([{ posting: cleaning, employerName: '山城物业' }, { posting: moving }]);
    const hit = searchJobs(withEmployer, f({ text: '山城 保洁' }), TODAY, { marketDistrictCode: null });
    expect(hit.map((p) => p.posting.title)).toEqual(['保洁']);
    expect(searchJobs(withEmployer, f({ text: '山城 装卸' }), TODAY, { marketDistrictCode: null })).toEqual([]);
    expect(titles(all, f({ text: '三峡广场' }))).toHaveLength(2);
  });

  it('does not match digits or hanzi through a romanisation', () => {
    expect(titles(all, f({ text: '3' }))).toEqual([]);
  });

  it('treats a query of only spaces as no query', () => {
    expect(titles(all, f({ text: '   ' }))).toHaveLength(2);
  });
});

describe('job search: filters', () => {
  it('finds postings written with 江北区 or 渝北区 under 两江新区', () => {
    const jiangbei = fromExchange({ title: 'A', location: { district: '江北区', address: '观音桥' } });
    const yubei = fromExchange({ title: 'B', location: { district: '渝北', address: '两路' } });
    const legacyCode = fromExchange({ title: 'C' }, { location: { district: '500105', address: '五里店' } });
    const other = fromExchange({ title: 'D' });
    expect(titles([jiangbei, yubei, legacyCode, other], f({ districtCode: LIANGJIANG_CODE })).sort()).toEqual([
      'A',
      'B',
      'C',
    ]);
    // Choosing the former district's code lands on the same postings.
    expect(titles([jiangbei, other], f({ districtCode: '500112' }))).toEqual(['A']);
  });

  it('filters by trade code and by pay method', () => {
    const cleaning = fromExchange({ title: '保洁' });
    const weekly = fromExchange({
      title: '装卸',
      occupation: '装卸工',
      pay: { amount: 200, unit: 'day', method: 'weekly' },
    });
    expect(titles([cleaning, weekly], f({ occupationCodes: ['loading'] }))).toEqual(['装卸']);
    expect(titles([cleaning, weekly], f({ payMethods: ['daily'] }))).toEqual(['保洁']);
    expect(titles([cleaning, weekly], f({ payMethods: ['daily', 'weekly'] }))).toHaveLength(2);
  });

  it('compares a minimum pay per day across hour, day, month, task and piece postings', () => {
    const hourly = fromExchange({ title: 'hour', pay: { amount: 25, unit: 'hour', method: 'daily' } }); // 9 h → 225
    const daily = fromExchange({ title: 'day', pay: { amount: 200, unit: 'day', method: 'daily' } });
    const monthly = fromExchange({ title: 'month', pay: { amount: 4350, unit: 'month', method: 'monthly' } }); // 200
    const task = fromExchange({ title: 'task', pay: { amount: 690, unit: 'task', method: 'on_completion' } }); // 3 days → 230
    const piece = fromExchange({ title: 'piece', pay: { amount: 0.5, unit: 'piece', method: 'weekly' } });
    const all = [hourly, daily, monthly, task, piece];
    expect(titles(all, f({ minDailyPay: 220 })).sort()).toEqual(['hour', 'task']);
    expect(titles(all, f({ minDailyPay: 200 })).sort()).toEqual(['day', 'hour', 'month', 'task']);
    const bySort = titles(all, f({ sort: 'pay' }));
    expect(bySort.slice(0, 2)).toEqual(['task', 'hour']);
    expect(bySort[bySort.length - 1]).toBe('piece');
  });

  it('filters by start day: today, tomorrow, this week (through Sunday), leaving out undated postings', () => {
    const running = fromExchange({ title: 'running', duration: '2026-11-20至2026-11-27，每天08:00-17:00' });
    const tomorrow = fromExchange({ title: 'tomorrow', duration: '2026-11-27，08:00-12:00' });
    const sunday = fromExchange({ title: 'sunday', duration: '2026年11月29日 全天' });
    const nextWeek = fromExchange({ title: 'next', duration: '2026-11-30至2026-12-02，每天08:00-17:00' });
    const undated = fromExchange({ title: 'undated', duration: '长期，每天8小时' });
    const all = [running, tomorrow, sunday, nextWeek, undated];
    expect(titles(all, f({ start: 'today' }))).toEqual(['running']);
    expect(titles(all, f({ start: 'tomorrow' })).sort()).toEqual(['running', 'tomorrow']);
    expect(titles(all, f({ start: 'this_week' })).sort()).toEqual(['running', 'sunday', 'tomorrow']);
    expect(titles(all, f({ start: 'any' }))).toHaveLength(5);
  });

  it('shows only published postings valid today, never drafts, withdrawn, deleted or expired ones', () => {
    const open = fromExchange({ title: 'open', validUntil: TODAY });
    const expired = fromExchange({ title: 'expired', validUntil: '2026-11-25' });
    const draft = fromExchange({ title: 'draft' }, { status: 'pending_review' });
    const withdrawn = fromExchange({ title: 'withdrawn' }, { status: 'withdrawn' });
    const deleted = fromExchange({ title: 'deleted' }, { deleted: true });
    expect(titles([open, expired, draft, withdrawn, deleted], NO_FILTERS)).toEqual(['open']);
  });

  it('sorts this market’s district first, then newest', () => {
    const farOld = fromExchange({ title: 'far-old' }, { publishedAt: '2026-11-25T01:00:00.000Z' });
    const nearOld = fromExchange(
      { title: 'near-old', location: { district: '渝北区', address: 'x' } },
      { publishedAt: '2026-11-24T01:00:00.000Z' },
    );
    const farNew = fromExchange({ title: 'far-new' }, { publishedAt: '2026-11-26T01:00:00.000Z' });
    expect(titles([farOld, nearOld, farNew], f({ sort: 'newest' }))).toEqual(['far-new', 'far-old', 'near-old']);
    expect(titles([farOld, nearOld, farNew], f({ sort: 'near' }), LIANGJIANG_CODE)).toEqual([
      'near-old',
      'far-new',
      'far-old',
    ]);
  });

  it('offers filters to drop when nothing matches, each with the count it brings back', () => {
    const a = fromExchange({ title: '保洁' });
    const index = buildSearchIndex([{ posting: a }]);
    const filters = f({ text: '保洁', payMethods: ['weekly'], start: 'tomorrow', districtCode: '500101' });
    expect(searchJobs(index, filters, TODAY, { marketDistrictCode: null })).toEqual([]);
    // Dropping a single filter is not enough here: district and method both exclude it.
    expect(widenings(index, filters, TODAY)).toEqual([]);
    const one = f({ payMethods: ['weekly'] });
    expect(widenings(index, one, TODAY)).toEqual([{ drop: 'payMethods', count: 1 }]);
  });
});

describe('reading a posting’s 工作时长 and pay', () => {
  it('reads first and last days in ISO and 年月日 forms, and null when none is written', () => {
    expect(workDays('2026-12-05至2026-12-06，每天10:00-19:00')).toEqual({ first: '2026-12-05', last: '2026-12-06' });
    expect(workDays('2026年12月5日')).toEqual({ first: '2026-12-05', last: '2026-12-05' });
    expect(workDays('每天 8 小时，共 3 天')).toBeNull();
    expect(workDays('2026-02-30')).toBeNull();
  });

  it('reads the hours of a day, across midnight and written in words', () => {
    expect(hoursPerDay('每天08:00-17:00')).toBe(9);
    expect(hoursPerDay('22:00-06:00')).toBe(8);
    expect(hoursPerDay('每天 8 小时')).toBe(8);
    expect(hoursPerDay('长期')).toBeNull();
  });

  it('uses 8 hours for an hourly rate whose hours are unreadable', () => {
    expect(dailyPay({ pay: { amount: 30, unit: 'hour', method: 'daily' }, duration: '长期' })).toBe(240);
  });

  it('resolves district names, codes and former codes to the current code', () => {
    expect(currentDistrictCode('江北区')).toBe(LIANGJIANG_CODE);
    expect(currentDistrictCode('500105')).toBe(LIANGJIANG_CODE);
    expect(currentDistrictCode('500117')).toBe('500117');
    expect(currentDistrictCode('火星')).toBeNull();
  });

  it('this week runs from today to Sunday, and on a Sunday is just the day', () => {
    expect(startWindowDays('this_week', TODAY)).toEqual({ first: TODAY, last: '2026-11-29' });
    expect(startWindowDays('this_week', '2026-11-29')).toEqual({ first: '2026-11-29', last: '2026-11-29' });
  });
});

describe('job search: properties', () => {
  it('adding a filter never adds results', () => {
    const pool = [
      fromExchange({ title: '保洁' }),
      fromExchange({ title: '装卸', occupation: '装卸工', pay: { amount: 30, unit: 'hour', method: 'weekly' } }),
      fromExchange({ title: '搬家', location: { district: '合川区', address: 'x' }, duration: '2026-11-27' }),
    ];
    const index = buildSearchIndex(pool.map((posting) => ({ posting })));
    const arb = fc.record({
      text: fc.constantFrom('', 'bj', '保', 'zx', 'banjia'),
      districtCode: fc.constantFrom(null, '500117', '500106'),
      start: fc.constantFrom('any' as const, 'today' as const, 'tomorrow' as const, 'this_week' as const),
      minDailyPay: fc.constantFrom(null, 100, 200),
    });
    assertProperty(
      fc.property(arb, arb, (a, b) => {
        const fa = f(a);
        // b's filters on top of a's: every field a leaves open takes b's, and both texts must match.
        const both = f({
          text: `${a.text} ${b.text}`,
          districtCode: a.districtCode ?? b.districtCode,
          start: a.start === 'any' ? b.start : a.start,
          minDailyPay: a.minDailyPay ?? b.minDailyPay,
        });
        const pa = jobPredicate(fa, TODAY);
        const pb = jobPredicate(both, TODAY);
        return index.every((p) => !pb(p) || pa(p));
      }),
    );
  });
});
