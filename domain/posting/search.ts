// The kiosk's job search (第五条 自助查询机): which postings a walk-in seeker
// sees for a trade, a place, a pay method, a minimum pay and a start day, and
// free text typed as hanzi, pinyin initials ("bj") or full pinyin ("baojie").
//
// Pinyin is worked out once per posting (buildSearchIndex) and reused for every
// keystroke: converting 20,000 postings' text on each change would stall the
// screen, while matching precomputed strings takes a few milliseconds.
import { pinyin } from 'pinyin-pro';
import { addDays } from '../clock/local-day';
import type { LocalDay } from '../records/common';
import type { Posting } from '../records/posting';
import { districtByCode, resolveDistrict } from '../reference/districts';
import { occupationByCode } from '../reference/occupations';
import { toSimplified } from '../text/traditional';
import type { PayMethod } from './content';

export const START_WINDOWS = ['any', 'today', 'tomorrow', 'this_week'] as const;
export type StartWindow = (typeof START_WINDOWS)[number];
export const JOB_SORTS = ['newest', 'pay', 'near'] as const;
export type JobSort = (typeof JOB_SORTS)[number];

export interface JobFilters {
  /** Curated occupation codes; empty means every trade. */
  readonly occupationCodes: readonly string[];
  /** A current district code; postings naming a former district (江北区) count under its successor. */
  readonly districtCode: string | null;
  /** Empty means every method. */
  readonly payMethods: readonly PayMethod[];
  /** Yuan per day (see dailyPay); postings whose daily pay cannot be worked out are left out when set. */
  readonly minDailyPay: number | null;
  readonly start: StartWindow;
  readonly text: string;
  readonly sort: JobSort;
}

export const NO_FILTERS: JobFilters = {
  occupationCodes: [],
  districtCode: null,
  payMethods: [],
  minDailyPay: null,
  start: 'any',
  text: '',
  sort: 'newest',
};

/** What the search needs besides the posting itself. */
export interface SearchSource {
  readonly posting: Posting;
  /** The employer's name, so a seeker who knows the company finds its jobs. */
  readonly employerName?: string;
}

export interface IndexedPosting {
  readonly posting: Posting;
  /** Current district code, or null when the posting names none we know. */
  readonly districtCode: string | null;
  readonly dailyPay: number | null;
  readonly workDays: WorkDays | null;
  readonly publishedMillis: number;
  /** Simplified, case-folded text of every field a seeker might type a word of. */
  readonly hanzi: string;
  /** Full pinyin, no tones or spaces, of the short fields (title, trade, place). */
  readonly fullPinyin: string;
  /** First letters of the same short fields' syllables. */
  readonly initials: string;
}

export interface WorkDays {
  readonly first: LocalDay;
  readonly last: LocalDay;
}

/** Legal monthly paid days (月计薪天数), used to bring a monthly wage down to a day. */
export const PAID_DAYS_PER_MONTH = 21.75;
/** A working day when a posting's hours cannot be read from its 工作时长. */
export const DEFAULT_HOURS_PER_DAY = 8;

const ISO_DAY = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/g;
const HOURS = /([01]?\d|2[0-3])[:：]([0-5]\d)\s*[-–—~至到]\s*([01]?\d|2[0-4])[:：]([0-5]\d)/;
const HOURS_WRITTEN = /(\d{1,2}(?:\.\d)?)\s*个?小时/;

function isoDay(y: string, m: string, d: string): LocalDay | null {
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  try {
    addDays(day, 0);
    return day;
  } catch {
    return null;
  }
}

/**
 * The days a posting's 工作时长 names (`2026-12-05至2026-12-06，每天08:00-17:00`,
 * `2026年12月5日`): the first and last date written. Null when it names none,
 * as free-written durations (长期, 三天) do.
 */
export function workDays(duration: string): WorkDays | null {
  const days: LocalDay[] = [];
  for (const m of duration.normalize('NFKC').matchAll(ISO_DAY)) {
    const day = isoDay(m[1] ?? '', m[2] ?? '', m[3] ?? '');
    if (day !== null) days.push(day);
  }
  if (days.length === 0) return null;
  const sorted = [...days].sort();
  return { first: sorted[0] ?? days[0] ?? '', last: sorted[sorted.length - 1] ?? days[0] ?? '' };
}

/** Hours in a working day as written (`08:00-17:00` → 9; `22:00-06:00` → 8; `每天 8 小时` → 8), or null. */
export function hoursPerDay(duration: string): number | null {
  const text = duration.normalize('NFKC');
  const m = HOURS.exec(text);
  if (m === null) {
    const written = HOURS_WRITTEN.exec(text);
    const hours = written === null ? NaN : Number(written[1]);
    return hours > 0 && hours <= 24 ? hours : null;
  }
  const from = Number(m[1]) * 60 + Number(m[2]);
  let to = Number(m[3]) * 60 + Number(m[4]);
  if (to <= from) to += 24 * 60;
  return (to - from) / 60;
}

/**
 * The pay brought to one day so hour, day, month and task postings compare:
 * an hourly rate times the day's written hours (8 if unreadable), a month over
 * 21.75 paid days, a task's pay spread over the days it runs. A piece rate
 * says nothing about a day's earnings, so it has no daily figure (null).
 */
export function dailyPay(posting: Pick<Posting, 'pay' | 'duration'>): number | null {
  const { amount, unit } = posting.pay;
  if (!Number.isFinite(amount) || amount <= 0) return null;
  switch (unit) {
    case 'day':
      return amount;
    case 'hour':
      return amount * (hoursPerDay(posting.duration) ?? DEFAULT_HOURS_PER_DAY);
    case 'month':
      return amount / PAID_DAYS_PER_MONTH;
    case 'task': {
      const days = workDays(posting.duration);
      const span = days === null ? 1 : dayNumber(days.last) - dayNumber(days.first) + 1;
      return amount / Math.max(1, span);
    }
    case 'piece':
      return null;
  }
}

function dayNumber(day: LocalDay): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}

/** The current district code a stored value names: a code, a former code or any name form. */
export function currentDistrictCode(codeOrName: string): string | null {
  return districtByCode(codeOrName)?.code ?? resolveDistrict(codeOrName)?.code ?? null;
}

/** How a seeker's typing and a posting's text are compared: NFKC, simplified, lower case, no spaces. */
export function foldText(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase().replace(/\s+/g, '');
}

function pinyinForms(text: string): { full: string; initials: string } {
  const folded = foldText(text);
  if (folded === '') return { full: '', initials: '' };
  const full = pinyin(folded, { toneType: 'none', type: 'array', v: true }).join('');
  const initials = pinyin(folded, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
  return { full, initials };
}

/** One posting made ready for searching; pure, so a caller can cache it by id and hlc. */
export function indexPosting({ posting, employerName }: SearchSource): IndexedPosting {
  const occupation = posting.occupationCode === null ? null : occupationByCode(posting.occupationCode);
  const districtCode = currentDistrictCode(posting.location.district);
  const district = districtCode === null ? null : districtByCode(districtCode);
  // Pinyin only over the short fields: initials over a long 工作内容 would match almost any two letters.
  const short = [posting.title, posting.occupation, occupation?.label ?? '', district?.name ?? ''];
  const forms = short.map(pinyinForms);
  const hanzi = foldText(
    [
      ...short,
      occupation?.labelEn ?? '',
      district?.nameEn ?? '',
      posting.skills,
      posting.content,
      posting.location.address,
      employerName ?? '',
    ].join('\u0001'),
  );
  return {
    posting,
    districtCode,
    dailyPay: dailyPay(posting),
    workDays: workDays(posting.duration),
    publishedMillis: Date.parse(posting.publishedAt ?? posting.createdAt),
    hanzi,
    fullPinyin: forms.map((f) => f.full).join('\u0001'),
    initials: forms.map((f) => f.initials).join('\u0001'),
  };
}

export function buildSearchIndex(sources: readonly SearchSource[]): IndexedPosting[] {
  return sources.map(indexPosting);
}

/** Only what a seeker may act on today: published, not withdrawn or deleted, valid until today or later. */
export function isOpenToday(posting: Posting, today: LocalDay): boolean {
  return !posting.deleted && posting.status === 'published' && posting.validUntil >= today;
}

/** ISO weekday 1 (Monday) … 7 (Sunday) of a calendar day. */
function isoWeekday(day: LocalDay): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The days a start window covers: today; tomorrow; today through this Sunday. */
export function startWindowDays(window: Exclude<StartWindow, 'any'>, today: LocalDay): WorkDays {
  switch (window) {
    case 'today':
      return { first: today, last: today };
    case 'tomorrow': {
      const t = addDays(today, 1);
      return { first: t, last: t };
    }
    case 'this_week':
      return { first: today, last: addDays(today, 7 - isoWeekday(today)) };
  }
}

function textMatches(p: IndexedPosting, query: string): boolean {
  if (p.hanzi.includes(query)) return true;
  // Only latin letters can be pinyin; "3" or "保" must not match through a romanisation.
  if (!/^[a-zü]+$/.test(query)) return false;
  return p.initials.includes(query) || p.fullPinyin.includes(query.replace(/ü/g, 'v'));
}

/** A predicate for one filter set and day, built once per change and applied to every posting. */
export function jobPredicate(filters: JobFilters, today: LocalDay): (p: IndexedPosting) => boolean {
  const trades = new Set(filters.occupationCodes);
  const methods = new Set<string>(filters.payMethods);
  const district = filters.districtCode === null ? null : currentDistrictCode(filters.districtCode);
  const window = filters.start === 'any' ? null : startWindowDays(filters.start, today);
  const queries = foldText(filters.text).length === 0 ? [] : splitQuery(filters.text);
  const min = filters.minDailyPay;
  return (p) => {
    if (!isOpenToday(p.posting, today)) return false;
    if (trades.size > 0 && (p.posting.occupationCode === null || !trades.has(p.posting.occupationCode))) return false;
    if (district !== null && p.districtCode !== district) return false;
    if (methods.size > 0 && !methods.has(p.posting.pay.method)) return false;
    if (min !== null && (p.dailyPay === null || p.dailyPay < min)) return false;
    if (window !== null) {
      // Work on a day of the window; a posting that names no day cannot promise one.
      if (p.workDays === null || p.workDays.first > window.last || p.workDays.last < window.first) return false;
    }
    return queries.every((q) => textMatches(p, q));
  };
}

/** Words typed with spaces between them must all be found (保洁 渝中); a run without spaces is one word. */
function splitQuery(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/\s+/)
    .map(foldText)
    .filter((q) => q.length > 0);
}

export interface SortContext {
  /** The district of the market this kiosk stands in, for "near first". */
  readonly marketDistrictCode: string | null;
}

const byNewest = (a: IndexedPosting, b: IndexedPosting): number =>
  b.publishedMillis - a.publishedMillis || (a.posting.id < b.posting.id ? 1 : a.posting.id > b.posting.id ? -1 : 0);

export function jobComparator(sort: JobSort, ctx: SortContext): (a: IndexedPosting, b: IndexedPosting) => number {
  switch (sort) {
    case 'newest':
      return byNewest;
    case 'pay':
      // Postings without a daily figure (piece rates) go last, not first.
      return (a, b) => (b.dailyPay ?? -1) - (a.dailyPay ?? -1) || byNewest(a, b);
    case 'near': {
      const home = ctx.marketDistrictCode === null ? null : currentDistrictCode(ctx.marketDistrictCode);
      const rank = (p: IndexedPosting) => (home !== null && p.districtCode === home ? 0 : 1);
      return (a, b) => rank(a) - rank(b) || byNewest(a, b);
    }
  }
}

/** The postings a seeker sees for these filters today, in the chosen order. */
export function searchJobs(
  index: readonly IndexedPosting[],
  filters: JobFilters,
  today: LocalDay,
  ctx: SortContext,
): IndexedPosting[] {
  return index.filter(jobPredicate(filters, today)).sort(jobComparator(filters.sort, ctx));
}

export type Widening = 'text' | 'start' | 'minDailyPay' | 'payMethods' | 'district' | 'occupationCodes';

/**
 * When nothing matches, the filters to drop, each with how many postings it
 * would bring back, so the kiosk offers a way out instead of a blank list.
 * Only drops that would show something are listed, most results first.
 */
export function widenings(
  index: readonly IndexedPosting[],
  filters: JobFilters,
  today: LocalDay,
): { readonly drop: Widening; readonly count: number }[] {
  const options: [Widening, JobFilters][] = [];
  if (foldText(filters.text) !== '') options.push(['text', { ...filters, text: '' }]);
  if (filters.start !== 'any') options.push(['start', { ...filters, start: 'any' }]);
  if (filters.minDailyPay !== null) options.push(['minDailyPay', { ...filters, minDailyPay: null }]);
  if (filters.payMethods.length > 0) options.push(['payMethods', { ...filters, payMethods: [] }]);
  if (filters.districtCode !== null) options.push(['district', { ...filters, districtCode: null }]);
  if (filters.occupationCodes.length > 0) options.push(['occupationCodes', { ...filters, occupationCodes: [] }]);
  return options
    .map(([drop, f]) => ({ drop, count: index.filter(jobPredicate(f, today)).length }))
    .filter((w) => w.count > 0)
    .sort((a, b) => b.count - a.count);
}
