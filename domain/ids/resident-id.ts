// 居民身份证号码 (GB 11643-1999). Seekers may give it (it is optional, PIPL:
// collect the minimum), so when they do, a typo is caught at the kiosk rather
// than at the 渝职聘 export. The birth date is checked against a `today`
// passed in, so the module stays free of clocks.
//
// Layout: 1–6 region · 7–14 birth date YYYYMMDD · 15–17 sequence (17th: odd
// male, even female) · 18 check character.

import { compactIdentifier } from './normalize';
import type { Problem } from './problem';
import { isProvinceCode } from './province-codes';

export interface ResidentId {
  /** 18 characters, check character upper-case. */
  readonly number: string;
  readonly regionCode: string;
  /** YYYY-MM-DD. */
  readonly birthDate: string;
  /** The 17th digit: odd for men, even for women. */
  readonly sexDigit: number;
}

export type ResidentIdResult =
  { readonly ok: true; readonly id: ResidentId } | { readonly ok: false; readonly problem: Problem };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1900;

/**
 * Residence permits for Hong Kong, Macao and Taiwan residents (港澳台居民居住证)
 * use the same number format with region 810000, 820000 and 830000.
 */
const RESIDENCE_PERMIT_PREFIXES: ReadonlySet<string> = new Set(['81', '82', '83']);

/** The check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += Number(first17.charAt(i)) * weight;
  });
  return CHECK_CHARS.charAt(sum % 11);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function assertLocalDay(today: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new RangeError(`today 必须是 YYYY-MM-DD 日期 / today must be a YYYY-MM-DD date`);
  }
}

function fail(zh: string, en: string): ResidentIdResult {
  return { ok: false, problem: { zh, en } };
}

/**
 * Checks and takes apart a 身份证 number. `today` is the market's local day
 * (YYYY-MM-DD); a birth date after it is refused. Lower-case x, spaces and
 * full-width characters are accepted. Problems never repeat the number.
 */
export function parseResidentId(input: string, today: string): ResidentIdResult {
  assertLocalDay(today);
  const n = compactIdentifier(input);
  if (n.length === 0) return fail('请输入身份证号码', 'enter the ID card number');
  if (n.length === 15 && /^\d{15}$/.test(n)) {
    return fail(
      '15 位旧号码已停用，请输入 18 位身份证号码',
      'old 15-digit numbers are retired; enter the 18-character number',
    );
  }
  if (n.length !== 18) {
    return fail(`身份证号码应为 18 位，现为 ${n.length} 位`, `an ID card number has 18 characters, not ${n.length}`);
  }
  if (!/^\d{17}[\dX]$/.test(n)) {
    return fail('身份证号码只含数字，最后一位可为 X', 'an ID card number is digits only, the last may be X');
  }
  const regionCode = n.slice(0, 6);
  const province = regionCode.slice(0, 2);
  if (!isProvinceCode(province) && !RESIDENCE_PERMIT_PREFIXES.has(province)) {
    return fail('前 6 位地区码无效', 'the first 6 digits are not a region code');
  }
  const year = Number(n.slice(6, 10));
  const month = Number(n.slice(10, 12));
  const day = Number(n.slice(12, 14));
  if (!isCalendarDate(year, month, day)) {
    return fail('第 7–14 位出生日期不存在', 'digits 7–14 are not a real date of birth');
  }
  if (year < EARLIEST_BIRTH_YEAR) {
    return fail('出生日期早于 1900 年', 'the date of birth is before 1900');
  }
  const birthDate = `${n.slice(6, 10)}-${n.slice(10, 12)}-${n.slice(12, 14)}`;
  // Both are zero-padded YYYY-MM-DD, so string order is date order.
  if (birthDate > today) {
    return fail('出生日期晚于今天', 'the date of birth is after today');
  }
  if (residentIdCheckChar(n) !== n.charAt(17)) {
    return fail('校验码错误，请核对后重新输入', 'wrong check character; please check the number and retype it');
  }
  return { ok: true, id: { number: n, regionCode, birthDate, sexDigit: Number(n.charAt(16)) } };
}

export function residentIdProblem(input: string, today: string): Problem | null {
  const r = parseResidentId(input, today);
  return r.ok ? null : r.problem;
}

export function isValidResidentId(input: string, today: string): boolean {
  return parseResidentId(input, today).ok;
}
