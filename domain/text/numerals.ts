// Ages and counts in postings are written 16, 十六 or 两; rules compare them
// as numbers, so all three must read the same.

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十, 十四, 四十, 四十五, 九十九: a Chinese numeral below one hundred. */
function parseChineseBelowHundred(text: string): number | null {
  const chars = Array.from(text);
  const ten = chars.indexOf('十');
  if (ten < 0) {
    if (chars.length !== 1) return null;
    return DIGITS[chars[0] ?? ''] ?? null;
  }
  if (chars.lastIndexOf('十') !== ten || ten > 1 || chars.length - ten > 2) return null;
  const tensChar = ten === 1 ? chars[0] : undefined;
  const unitsChar = chars[ten + 1];
  const tens = tensChar === undefined ? 1 : (DIGITS[tensChar] ?? null);
  const units = unitsChar === undefined ? 0 : (DIGITS[unitsChar] ?? null);
  if (tens === null || units === null || tens === 0) return null;
  return tens * 10 + units;
}

/** The value of a small whole number written in ASCII digits or Chinese numerals (below 100), or null. */
export function parseSmallNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,9}$/.test(t)) return Number(t);
  return parseChineseBelowHundred(t);
}
