// A posting's text as it should be said aloud: its digits, money, dates, times
// and units turned into the Chinese words a person would say, so a voice that
// reads characters (and one that reads pinyin) says 三十五元每小时, not
// "three five slash hour". Each pass turns digits into hanzi, so a later pass
// never sees what an earlier one already read.
import { readDecimal, readDigits, readInteger, readPhone } from './numbers';

export interface ReadingOptions {
  /**
   * The year the listener is in. A date of that year is said without it
   * (十二月三日); another year is said (二零二七年一月五日). Without it
   * every year is left unsaid, as in a job list where dates are near.
   */
  readonly currentYear?: number;
}

// Words that count: 2 before them is said 两 (两人, 两天, 两点), as people do.
const MEASURE = '人名个位天日周月年小时点件次份趟台车吨斤公里米方平张箱袋元块';
const UNITS: readonly (readonly [RegExp, string])[] = [
  [/(\d)\s*(?:㎡|m²|m2|平方米|平米)/g, '$1平方米'],
  [/(\d)\s*(?:km|KM|公里)/g, '$1公里'],
  [/(\d)\s*(?:kg|KG|公斤)/g, '$1公斤'],
  [/(\d)\s*(?:cm|CM)/g, '$1厘米'],
];

function readMonthDay(month: string, day: string): string | null {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${readInteger(m)}月${readInteger(d)}日`;
}

function readDates(text: string, options: ReadingOptions): string {
  const full = text.replace(
    /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*[日号])?/g,
    (match, year: string, month: string, day: string) => {
      const monthDay = readMonthDay(month, day);
      if (monthDay === null) return match;
      const sayYear = options.currentYear !== undefined && Number(year) !== options.currentYear;
      return sayYear ? `${readDigits(year)}年${monthDay}` : monthDay;
    },
  );
  return full.replace(/(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, (match, month: string, day: string) => {
    return readMonthDay(month, day) ?? match;
  });
}

function readTimes(text: string): string {
  return text.replace(/(\d{1,2})\s*[:：]\s*(\d{2})(?!\d)/g, (match, hour: string, minute: string) => {
    const h = Number(hour);
    const m = Number(minute);
    if (h > 24 || m > 59) return match;
    const hours = h === 2 ? '两' : readInteger(h);
    if (m === 0) return `${hours}点`;
    return `${hours}点${m < 10 ? '零' : ''}${readInteger(m)}分`;
  });
}

/** Phone numbers (mobile, masked, landline with area code) and long codes, digit by digit. */
function readPhones(text: string): string {
  return text
    .replace(/(?<![\d.])0\d{2,3}\s*-\s*\d{7,8}(?!\d)/g, (m) => readPhone(m))
    .replace(/(?<![\d.])1\d{2}[*＊\d]{4}\d{4}(?!\d)/g, (m) => readPhone(m))
    .replace(/(?<![\d.\-~～—–至])\d{5,}(?![\d.]|\s*[元块万千百人米吨件个%％\-~～—–至])/g, (m) => readPhone(m));
}

function readMoney(text: string): string {
  return text.replace(/[¥￥]\s*(\d+(?:\.\d+)?)(?:\s*[元块])?/g, '$1元');
}

function readPercents(text: string): string {
  return text.replace(/(\d+(?:\.\d+)?)\s*[%％]/g, (_m, n: string) => `百分之${readDecimal(n)}`);
}

function readRanges(text: string): string {
  return text
    .replace(/(\d+(?:\.\d+)?)\s*[-~～—–至]\s*(?=\d)/g, '$1到')
    .replace(/([点分日])\s*[-~～—–至]\s*(?=[零一二三四五六七八九十两])/g, '$1到');
}

/** "/" between a quantity and a unit word is said 每: 元/小时 → 元每小时. */
function readPer(text: string): string {
  return text.replace(/([\d\p{Script=Han}])\s*[/／]\s*(?=\p{Script=Han})/gu, '$1每');
}

function readNumbers(text: string): string {
  return text.replace(/\d+(?:\.\d+)?/g, (n, offset: number, whole: string) => {
    const next = whole
      .slice(offset + n.length)
      .trimStart()
      .charAt(0);
    if (n === '2' && next !== '' && MEASURE.includes(next)) return '两';
    return readDecimal(n);
  });
}

/** The text as it is said: money, dates, times, phone numbers and units read naturally. */
export function speakableText(text: string, options: ReadingOptions = {}): string {
  let out = text.normalize('NFKC');
  out = readDates(out, options);
  out = readTimes(out);
  out = readPhones(out);
  out = readMoney(out);
  out = readPercents(out);
  for (const [pattern, replacement] of UNITS) out = out.replace(pattern, replacement);
  out = readRanges(out);
  out = readPer(out);
  return readNumbers(out);
}
