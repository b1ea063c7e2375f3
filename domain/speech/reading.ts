// What the kiosk's 朗读 says: a posting's money, dates, times and numbers
// written out as a person reads them (35元/小时 → 三十五元每小时,
// 2026-12-03 → 十二月三日, 08:00-17:00 → 八点到十七点), because a synthesiser
// fed digits reads them digit by digit or in English. Pure text in, text out.
import type { Posting } from '../records/posting';
import { districtLabel, occupationLabel, payAmountLabel, payMethodLabel, type Lang } from '../reference/labels';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const SMALL_UNITS = ['', '十', '百', '千'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

/** A four-digit group (0–9999) in words; `zeroLead` says a 零 goes before it when it is short. */
function group(n: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += `${DIGITS[d] ?? ''}${SMALL_UNITS[pos] ?? ''}`;
  }
  return out;
}

/** A whole number in Chinese words: 35 → 三十五, 10 → 十, 105 → 一百零五, 20000 → 两万. */
export function integerWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a whole number: ${String(n)}`);
  if (n === 0) return '零';
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  let out = '';
  let pendingZero = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (out !== '' && (pendingZero || g < 1000)) out += '零';
    pendingZero = false;
    out += group(g) + (BIG_UNITS[i] ?? '');
  }
  // 一十五 is read 十五 at the start; 两 replaces 二 before 万/亿/千/百 as people say it (两万, 两千).
  return out
    .replace(/^一十/, '十')
    .replace(/^二(?=[千百万亿])/, '两')
    .replace(/(?<=[万亿])二(?=[千百])/g, '两');
}

/** A decimal as read: 12.5 → 十二点五. */
export function numberWords(text: string): string {
  const [whole = '0', fraction] = text.split('.');
  const w = integerWords(Number(whole));
  return fraction === undefined || fraction === ''
    ? w
    : `${w}点${Array.from(fraction, (d) => DIGITS[Number(d)] ?? d).join('')}`;
}

/** 2026-12-03 → 十二月三日 (the year is left out: postings are for days close at hand). */
export function dateWords(month: number, day: number): string {
  return `${integerWords(month)}月${integerWords(day)}日`;
}

/** 08:00 → 八点, 08:30 → 八点三十分, 12:05 → 十二点零五分. */
export function timeWords(hour: number, minute: number): string {
  const h = `${integerWords(hour)}点`;
  if (minute === 0) return h;
  return `${h}${minute < 10 ? '零' : ''}${integerWords(minute)}分`;
}

const PER_UNIT: Readonly<Record<string, string>> = { 小时: '小时', 天: '天', 件: '件', 单: '单', 月: '月', 日: '天' };

/**
 * Text with its numbers written out: dates, times and ranges, money with a
 * per-unit (35元/小时 → 三十五元每小时), then any other number. Phone numbers
 * (seven digits or more) are read digit by digit, as people read them.
 */
export function readable(text: string): string {
  return (
    text
      // Full-width digits, colon and slash as plain ones; Chinese punctuation stays (it carries the pauses).
      .replace(/[\uFF10-\uFF1A\uFF0F]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/g, (_m, _y: string, mo: string, d: string) =>
        dateWords(Number(mo), Number(d)),
      )
      .replace(/([01]?\d|2[0-4]):([0-5]\d)/g, (_m, h: string, mi: string) => timeWords(Number(h), Number(mi)))
      .replace(/(?<=[点分])\s*[-–—~]\s*/g, '到')
      .replace(/(?<=[日])\s*至\s*/g, '到')
      .replace(/元\s*\/\s*(小时|天|件|单|月|日)/g, (_m, unit: string) => `元每${PER_UNIT[unit] ?? unit}`)
      .replace(/\d*\*+\d*|\d{7,}/g, (digits) =>
        Array.from(digits.replace(/\*/g, ''), (d) => DIGITS[Number(d)] ?? d).join(''),
      )
      .replace(/\d+(?:\.\d+)?/g, (n) => numberWords(n))
  );
}

/** What 朗读 says for a job card: title, pay, trade, place, start. */
export function cardSpeech(posting: Posting, lang: Lang = 'zh'): string {
  if (lang === 'en') {
    // In English the reference data is English; the posting's own words stay as written.
    return [
      posting.title,
      `${payAmountLabel(posting.pay, 'en')}, ${payMethodLabel(posting.pay.method, 'en')}`,
      occupationLabel(posting.occupationCode, posting.occupation, 'en'),
      `${districtLabel(posting.location.district, 'en')}, ${posting.location.address}`,
      posting.duration,
    ].join('. ');
  }
  return readable(
    [
      posting.title,
      `${payAmountLabel(posting.pay, 'zh')}，${payMethodLabel(posting.pay.method, 'zh')}`,
      occupationLabel(posting.occupationCode, posting.occupation, 'zh'),
      `${districtLabel(posting.location.district, 'zh')}${posting.location.address}`,
      posting.duration,
    ].join('。'),
  );
}

/** What 朗读 says on a posting's detail: every 第七条 field, in the order the screen shows them. */
export function detailSpeech(posting: Posting, employerName: string, lang: Lang = 'zh'): string {
  if (lang === 'en') {
    return [
      posting.title,
      `Pay ${payAmountLabel(posting.pay, 'en')}, ${payMethodLabel(posting.pay.method, 'en')}`,
      `Trade: ${occupationLabel(posting.occupationCode, posting.occupation, 'en')}`,
      `Skills: ${posting.skills}`,
      `Place: ${districtLabel(posting.location.district, 'en')}, ${posting.location.address}`,
      `Hours: ${posting.duration}`,
      `Work: ${posting.content}`,
      `${String(posting.headcount)} wanted`,
      `Open until ${posting.validUntil}`,
      employerName === '' ? '' : `Employer: ${employerName}`,
      'To apply, tap I want this job',
    ]
      .filter((s) => s !== '')
      .join('. ');
  }
  return readable(
    [
      posting.title,
      `薪资${payAmountLabel(posting.pay, 'zh')}，${payMethodLabel(posting.pay.method, 'zh')}`,
      `工种${occupationLabel(posting.occupationCode, posting.occupation, 'zh')}`,
      `技能要求：${posting.skills}`,
      `工作地点：${districtLabel(posting.location.district, 'zh')}${posting.location.address}`,
      `工作时长：${posting.duration}`,
      `工作内容：${posting.content}`,
      `招${String(posting.headcount)}人`,
      `有效期到${posting.validUntil}`,
      employerName === '' ? '' : `用工单位：${employerName}`,
      '想报名请点我要报名',
    ]
      .filter((s) => s !== '')
      .join('。'),
  );
}
