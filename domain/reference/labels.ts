// The reference data's words in both languages: trades, districts, pay units
// and methods, weekdays and opening hours. Every screen and page that shows
// reference data (kiosk, display, caller, the server's phone pages) reads its
// words here, so English mode is English everywhere while a posting's own text
// (its title, the employer's words) stays as written.
import type { PayMethod, PayUnit } from '../posting/content';
import type { OpeningHours } from '../records/market';
import { districtByCode, resolveDistrict } from './districts';
import { occupationByCode } from './occupations';

export type Lang = 'zh' | 'en';

interface Pair {
  readonly zh: string;
  readonly en: string;
}

const PAY_UNIT: Readonly<Record<PayUnit, Pair & { readonly perZh: string; readonly perEn: string }>> = {
  hour: { zh: '元/小时', en: 'CNY/hour', perZh: '小时', perEn: 'hour' },
  day: { zh: '元/天', en: 'CNY/day', perZh: '天', perEn: 'day' },
  piece: { zh: '元/件', en: 'CNY/piece', perZh: '件', perEn: 'piece' },
  task: { zh: '元/单', en: 'CNY/task', perZh: '单', perEn: 'task' },
  month: { zh: '元/月', en: 'CNY/month', perZh: '月', perEn: 'month' },
};

const PAY_METHOD: Readonly<Record<PayMethod, Pair>> = {
  daily: { zh: '日结', en: 'paid daily' },
  weekly: { zh: '周结', en: 'paid weekly' },
  monthly: { zh: '月结', en: 'paid monthly' },
  on_completion: { zh: '完工结', en: 'paid on completion' },
};

const WEEKDAY: readonly Pair[] = [
  { zh: '周一', en: 'Mon' },
  { zh: '周二', en: 'Tue' },
  { zh: '周三', en: 'Wed' },
  { zh: '周四', en: 'Thu' },
  { zh: '周五', en: 'Fri' },
  { zh: '周六', en: 'Sat' },
  { zh: '周日', en: 'Sun' },
];

const pick = (pair: Pair, lang: Lang): string => (lang === 'zh' ? pair.zh : pair.en);

/** `元/小时` or `CNY/hour`. */
export function payUnitLabel(unit: PayUnit, lang: Lang): string {
  return pick(PAY_UNIT[unit], lang);
}

/** `日结` or `paid daily`. */
export function payMethodLabel(method: PayMethod, lang: Lang): string {
  return pick(PAY_METHOD[method], lang);
}

/** The amount with its unit: `35元/小时` or `35 CNY/hour`. */
export function payAmountLabel(pay: { amount: number; unit: PayUnit }, lang: Lang): string {
  const amount = formatAmount(pay.amount);
  return lang === 'zh' ? `${amount}${PAY_UNIT[pay.unit].zh}` : `${amount} ${PAY_UNIT[pay.unit].en}`;
}

/** Whole yuan without decimals, otherwise at most two places (`35`, `12.5`). */
export function formatAmount(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : String(Math.round(amount * 100) / 100);
}

/**
 * A trade's name: the curated occupation's label for its code, or, when the
 * posting maps to none, the words the employer wrote (which stay as written).
 */
export function occupationLabel(code: string | null, written: string, lang: Lang): string {
  const occupation = code === null ? null : occupationByCode(code);
  if (occupation === null) return written;
  return lang === 'zh' ? occupation.label : occupation.labelEn;
}

/**
 * A district's name from its code or any name form (`沙坪坝区`, `江北区` →
 * 两江新区); something unknown is shown as written rather than hidden.
 */
export function districtLabel(codeOrName: string, lang: Lang): string {
  const district = districtByCode(codeOrName) ?? districtByCode(resolveDistrict(codeOrName)?.code ?? '');
  if (district === null) return codeOrName;
  return lang === 'zh' ? district.name : district.nameEn;
}

/** ISO weekday 1 (Monday) … 7 (Sunday). */
export function weekdayLabel(isoWeekday: number, lang: Lang): string {
  const pair = WEEKDAY[isoWeekday - 1];
  if (pair === undefined) throw new RangeError(`weekday must be 1–7, got ${String(isoWeekday)}`);
  return pick(pair, lang);
}

/**
 * Weekdays as people say them: a run of three or more days becomes a range
 * (`周一至周五`, `Mon–Fri`), other days are listed (`周六、周日`).
 */
export function weekdaysLabel(isoWeekdays: readonly number[], lang: Lang): string {
  const days = [...new Set(isoWeekdays)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === (days[j] ?? 0) + 1) j++;
    const first = days[i] ?? 1;
    const last = days[j] ?? first;
    if (j - i >= 2) {
      parts.push(`${weekdayLabel(first, lang)}${lang === 'zh' ? '至' : '–'}${weekdayLabel(last, lang)}`);
    } else {
      for (let k = i; k <= j; k++) parts.push(weekdayLabel(days[k] ?? first, lang));
    }
    i = j + 1;
  }
  return parts.join(lang === 'zh' ? '、' : ', ');
}

/** One opening-hours row: `周一至周五 09:00–17:30` or `Mon–Fri 09:00–17:30`. */
export function openingHoursLabel(hours: OpeningHours, lang: Lang): string {
  return `${weekdaysLabel(hours.weekdays, lang)} ${hours.open}–${hours.close}`;
}

/** All of a market's opening hours, rows joined. */
export function openingHoursListLabel(rows: readonly OpeningHours[], lang: Lang): string {
  return rows.map((h) => openingHoursLabel(h, lang)).join(lang === 'zh' ? '；' : '; ');
}
