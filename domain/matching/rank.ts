// 为你推荐 (第十条(二)): a seeker's preferences against the market's postings,
// best first, each with the reasons a seeker can read back ("工种相符: 保洁").
// Every criterion the seeker states and a posting meets adds a fixed positive
// weight, so a posting that meets more of them never ranks below one that
// meets fewer, all else equal. A part a posting does not state is unknown and
// counts for nothing, never against it. Only two things drop a posting: a
// stated trade it plainly is not, and work that is over before the seeker can
// start (or a posting past its 有效期).
import { addDays } from '../clock/local-day';
import { resolveDistrict } from '../reference/districts';
import { districtLabel, occupationLabel, payMethodLabel, weekdaysLabel } from '../reference/labels';
import { matchOccupation } from '../reference/occupations';
import type { PayMethod, PayUnit } from '../posting/content';
import { dailyPay } from './daily-pay';
import type { MatchProfile } from './profile';
import { hoursBetween, parseSchedule, type Schedule } from './schedule';

/** The posting fields matching reads; a stored Posting has them all. */
export interface MatchablePosting {
  readonly id: string;
  readonly title: string;
  readonly occupation: string;
  readonly occupationCode: string | null;
  readonly skills: string;
  readonly content: string;
  readonly location: { readonly district: string };
  readonly duration: string;
  readonly pay: { readonly amount: number; readonly unit: PayUnit; readonly method: PayMethod };
  readonly validUntil: string;
  readonly publishedAt: string | null;
}

export type Criterion = 'trade' | 'area' | 'pay' | 'pay_method' | 'start' | 'weekdays' | 'hours' | 'skill';

/** Weights, fixed and positive: the ordering of criteria a seeker cares about most. */
export const WEIGHTS: Readonly<Record<Criterion, number>> = {
  trade: 40,
  area: 25,
  pay: 15,
  start: 15,
  pay_method: 10,
  weekdays: 8,
  hours: 8,
  skill: 6,
};

export interface Reason {
  readonly criterion: Criterion;
  readonly zh: string;
  readonly en: string;
}

export interface Match<P extends MatchablePosting = MatchablePosting> {
  readonly posting: P;
  readonly score: number;
  readonly reasons: readonly Reason[];
  /** The first day the seeker could work on it, when the posting says. */
  readonly startDay: string | null;
  /** Yuan per day, when the pay unit allows it. */
  readonly dailyPay: number | null;
}

/** What matching works out once per posting, so one ranking of 20,000 stays cheap. */
interface Facts {
  readonly trade: string | null;
  readonly districtCode: string | null;
  readonly schedule: Schedule;
  readonly dailyPay: number | null;
  readonly text: string;
}

const factsCache = new WeakMap<MatchablePosting, { today: string; facts: Facts }>();

function factsOf(p: MatchablePosting, today: string): Facts {
  const cached = factsCache.get(p);
  if (cached !== undefined && cached.today === today) return cached.facts;
  const schedule = parseSchedule(p.duration, today);
  const hours = schedule.from !== null && schedule.to !== null ? hoursBetween(schedule.from, schedule.to) : null;
  const facts: Facts = {
    trade: p.occupationCode ?? matchOccupation(p.occupation)?.code ?? matchOccupation(p.title)?.code ?? null,
    districtCode: resolveDistrict(p.location.district)?.code ?? null,
    schedule,
    dailyPay: dailyPay(p.pay, hours),
    text: `${p.title} ${p.skills} ${p.content}`.normalize('NFKC'),
  };
  factsCache.set(p, { today, facts });
  return facts;
}

// Date.UTC on the parts, not Date.parse on a string: these run for most of 20,000 postings per ranking.
const utcMillis = (day: string) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const dayNumber = (day: string) => utcMillis(day) / 86_400_000;
const isoWeekday = (day: string) => ((new Date(utcMillis(day)).getUTCDay() + 6) % 7) + 1;

function startLabel(day: string, today: string): { zh: string; en: string } {
  const inDays = dayNumber(day) - dayNumber(today);
  if (inDays <= 0) return { zh: '今天就能开工', en: 'Starts today' };
  if (inDays === 1) return { zh: '明天开工', en: 'Starts tomorrow' };
  if (inDays === 2) return { zh: '后天开工', en: 'Starts the day after tomorrow' };
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  return { zh: `${String(month)}月${String(date)}日开工`, en: `Starts ${day}` };
}

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** The posting's hours lie inside the seeker's (a window past midnight wraps). */
function hoursFit(want: { from: string; to: string }, from: string, to: string): boolean {
  const span = (a: string, b: string): [number, number] => {
    const s = minutes(a);
    const e = minutes(b);
    return [s, e > s ? e : e + 24 * 60];
  };
  const [ws, we] = span(want.from, want.to);
  const [ps, pe] = span(from, to);
  return (ps >= ws && pe <= we) || (ps + 24 * 60 >= ws && pe + 24 * 60 <= we);
}

interface Scored {
  readonly score: number;
  readonly reasons: Reason[];
  readonly startDay: string | null;
  readonly excluded: boolean;
}

/** When the seeker can start and the last start day that still suits: the same for every posting of one ranking. */
interface StartWindow {
  readonly earliest: string;
  readonly latest: string | null;
}

function startWindow(profile: MatchProfile, today: string): StartWindow {
  const earliest = profile.availableFrom !== null && profile.availableFrom > today ? profile.availableFrom : today;
  return {
    earliest,
    latest: profile.startWithinDays === null ? null : addDays(earliest, profile.startWithinDays),
  };
}

function score(profile: MatchProfile, p: MatchablePosting, f: Facts, today: string, window: StartWindow): Scored {
  const reasons: Reason[] = [];
  let total = 0;
  const meet = (criterion: Criterion, zh: string, en: string) => {
    total += WEIGHTS[criterion];
    reasons.push({ criterion, zh, en });
  };

  if (p.validUntil < today) return { score: 0, reasons, startDay: null, excluded: true };
  if (profile.trades.length > 0 && f.trade !== null) {
    if (!profile.trades.includes(f.trade)) return { score: 0, reasons, startDay: null, excluded: true };
    meet(
      'trade',
      `工种相符: ${occupationLabel(f.trade, p.occupation, 'zh')}`,
      `Your trade: ${occupationLabel(f.trade, p.occupation, 'en')}`,
    );
  }

  const { earliest, latest } = window;
  const { startDay: postedStart, endDay } = f.schedule;
  const lastDay = endDay ?? postedStart;
  if (lastDay !== null && lastDay < earliest) return { score: 0, reasons, startDay: null, excluded: true };
  // Work already under way on a later day can still be joined on the seeker's first free day.
  const startDay = postedStart === null ? null : postedStart < earliest ? earliest : postedStart;

  if (f.districtCode !== null && profile.areas.includes(f.districtCode)) {
    meet(
      'area',
      `在你选的区域: ${districtLabel(f.districtCode, 'zh')}`,
      `In your area: ${districtLabel(f.districtCode, 'en')}`,
    );
  }
  if (profile.minDailyPay !== null && f.dailyPay !== null && f.dailyPay >= profile.minDailyPay) {
    meet(
      'pay',
      `每天约${String(f.dailyPay)}元, 不低于你要的${String(profile.minDailyPay)}元`,
      `About ¥${String(f.dailyPay)} a day, at least the ¥${String(profile.minDailyPay)} you asked`,
    );
  }
  const wantsStart = profile.startWithinDays !== null || profile.availableFrom !== null;
  if (wantsStart && startDay !== null) {
    if (latest === null || startDay <= latest) {
      const label = startLabel(startDay, today);
      meet('start', label.zh, label.en);
    }
  }
  if (profile.payMethods.includes(p.pay.method)) {
    meet('pay_method', payMethodLabel(p.pay.method, 'zh'), payMethodLabel(p.pay.method, 'en'));
  }
  if (profile.weekdays.length > 0) {
    const days =
      f.schedule.weekdays ??
      (postedStart !== null && endDay === null && startDay !== null ? [isoWeekday(startDay)] : null);
    if (days !== null && days.every((d) => profile.weekdays.includes(d))) {
      meet('weekdays', `日子合适: ${weekdaysLabel(days, 'zh')}`, `On your days: ${weekdaysLabel(days, 'en')}`);
    }
  }
  if (profile.hours !== null && f.schedule.from !== null && f.schedule.to !== null) {
    if (hoursFit(profile.hours, f.schedule.from, f.schedule.to)) {
      const span = `${f.schedule.from}-${f.schedule.to}`;
      meet('hours', `时间合适: ${span}`, `At your hours: ${span}`);
    }
  }
  for (const skill of profile.skills) {
    const word = skill.normalize('NFKC');
    if (f.text.includes(word)) meet('skill', `用得上你的技能: ${word}`, `Uses your skill: ${word}`);
  }
  return { score: total, reasons, startDay, excluded: false };
}

/** True when the profile states anything at all, so postings meeting none of it can be left out. */
export function statesAnything(profile: MatchProfile): boolean {
  return (
    profile.trades.length > 0 ||
    profile.areas.length > 0 ||
    profile.weekdays.length > 0 ||
    profile.hours !== null ||
    profile.availableFrom !== null ||
    profile.startWithinDays !== null ||
    profile.minDailyPay !== null ||
    profile.payMethods.length > 0 ||
    profile.skills.length > 0
  );
}

export interface RankOptions {
  /** The market's local day, `YYYY-MM-DD`. */
  readonly today: string;
  /** At most this many results; all when absent. */
  readonly limit?: number;
}

/**
 * Postings for this profile, best first. Ties (same score) go to the earlier
 * start, then the better day's pay, then the newer posting, then the id, so
 * one input always gives one order. A profile that states anything leaves out
 * postings meeting none of it; an empty profile lists every open posting.
 */
export function rankPostings<P extends MatchablePosting>(
  profile: MatchProfile,
  postings: readonly P[],
  options: RankOptions,
): Match<P>[] {
  const { today } = options;
  const keepUnmatched = !statesAnything(profile);
  const window = startWindow(profile, today);
  const out: Match<P>[] = [];
  for (const posting of postings) {
    const facts = factsOf(posting, today);
    const s = score(profile, posting, facts, today, window);
    if (s.excluded || (s.score === 0 && !keepUnmatched)) continue;
    out.push({ posting, score: s.score, reasons: s.reasons, startDay: s.startDay, dailyPay: facts.dailyPay });
  }
  if (options.limit === undefined) return out.sort(compareMatches);
  return topOf(out, options.limit);
}

/**
 * The first `limit` of `matches` in compareMatches order, the same as sorting
 * all and slicing (the order is total: ids differ) but without sorting the
 * thousands a broad profile matches when a screen shows ten.
 */
function topOf<P extends MatchablePosting>(matches: readonly Match<P>[], limit: number): Match<P>[] {
  const top: Match<P>[] = [];
  if (limit <= 0) return top;
  for (const m of matches) {
    const last = top[top.length - 1];
    if (top.length === limit && last !== undefined && compareMatches(m, last) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = top[mid];
      if (at !== undefined && compareMatches(at, m) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, m);
    if (top.length > limit) top.pop();
  }
  return top;
}

function compareMatches(a: Match, b: Match): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.startDay !== b.startDay) {
    if (a.startDay === null) return 1;
    if (b.startDay === null) return -1;
    return a.startDay < b.startDay ? -1 : 1;
  }
  if (a.dailyPay !== b.dailyPay) return (b.dailyPay ?? -1) - (a.dailyPay ?? -1);
  const ap = a.posting.publishedAt ?? '';
  const bp = b.posting.publishedAt ?? '';
  if (ap !== bp) return ap < bp ? 1 : -1;
  return a.posting.id < b.posting.id ? -1 : a.posting.id > b.posting.id ? 1 : 0;
}
