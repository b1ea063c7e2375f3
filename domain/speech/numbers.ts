// Numbers as a Chinese listener expects to hear them: amounts and counts by
// place value (三十五, 一万二千), codes and phone numbers digit by digit
// (幺三八…), because a voice reading 13812341234 as a quantity is useless.

const DIGIT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const PLACE = ['', '十', '百', '千'] as const;
const GROUP = ['', '万', '亿', '万亿'] as const;

function digitChar(d: number): string {
  return DIGIT[d] ?? '';
}

/** 0–9999 by place value, with inner zeros said once (1005 → 一千零五). */
function readGroup(n: number): string {
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const place = PLACE[3 - i] ?? '';
    if (d === 0) {
      if (out !== '') pendingZero = true;
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += digitChar(d) + place;
  });
  return out;
}

/**
 * A whole number by place value: 35 → 三十五, 10 → 十, 1005 → 一千零五,
 * 120000 → 十二万, 100500 → 十万零五百. Beyond 10^16 it reads digit by digit.
 */
export function readInteger(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a whole number: ${String(value)}`);
  if (value === 0) return '零';
  if (value >= 1e16) return readDigits(String(value));
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  let out = '';
  let zeroBefore = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g] ?? 0;
    if (group === 0) {
      if (out !== '') zeroBefore = true;
      continue;
    }
    // A group below 1000 after a higher one needs its leading zero said: 十万零五百.
    if (out !== '' && (zeroBefore || group < 1000)) out += '零';
    zeroBefore = false;
    out += readGroup(group) + (GROUP[g] ?? '');
  }
  // 一十五 is written but 十五 is said, at the start of a number only.
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** A decimal written with a point: 3.5 → 三点五, 0.25 → 零点二五. */
export function readDecimal(text: string): string {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (m === null) throw new RangeError(`not a decimal: ${text}`);
  const whole = readInteger(Number(m[1]));
  const fraction = m[2];
  return fraction === undefined ? whole : `${whole}点${readDigits(fraction)}`;
}

/** Digits one by one (a code, a year): 2026 → 二零二六. */
export function readDigits(digits: string): string {
  return Array.from(digits, (c) => (/\d/.test(c) ? digitChar(Number(c)) : '')).join('');
}

/**
 * A phone number digit by digit, 1 as 幺 the way numbers are said over the
 * phone (so 1 and 7 are not confused), a masked digit as 星.
 */
export function readPhone(text: string): string {
  return Array.from(text, (c) => {
    if (c === '1') return '幺';
    if (/\d/.test(c)) return digitChar(Number(c));
    if (c === '*' || c === '＊') return '星';
    return '';
  }).join('');
}
