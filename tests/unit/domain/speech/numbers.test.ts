import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDecimal, readDigits, readInteger, readPhone } from '../../../../domain/speech/numbers';

const VALUE: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const PLACE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** An independent reading of spoken Chinese numerals back to a value, to check readInteger against. */
function hear(words: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  let sawDigit = false;
  for (const c of words) {
    const v = VALUE[c];
    const p = PLACE[c];
    if (v !== undefined) {
      digit = v;
      sawDigit = true;
    } else if (p !== undefined) {
      section += (sawDigit ? digit : 1) * p;
      digit = 0;
      sawDigit = false;
    } else if (c === '万') {
      total += (section + digit) * 10_000;
      section = 0;
      digit = 0;
      sawDigit = false;
    } else if (c === '亿') {
      total = (total + section + digit) * 100_000_000;
      section = 0;
      digit = 0;
      sawDigit = false;
    } else throw new Error(`unexpected ${c}`);
  }
  return total + section + digit;
}

describe('readInteger', () => {
  it.each([
    [0, '零'],
    [2, '二'],
    [10, '十'],
    [15, '十五'],
    [35, '三十五'],
    [110, '一百一十'],
    [200, '二百'],
    [1005, '一千零五'],
    [8000, '八千'],
    [12000, '一万二千'],
    [15000, '一万五千'],
    [100500, '十万零五百'],
    [120000, '十二万'],
    [100000005, '一亿零五'],
  ])('reads %d as %s', (n, words) => {
    expect(readInteger(n)).toBe(words);
  });

  it('says every whole number below 10^12 so that a listener hears the same value back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        // 亿 after 万 within one number is said 万亿 only beyond this range.
        expect(hear(readInteger(n))).toBe(n);
        if (n > 0) expect(readInteger(n)).not.toMatch(/零零|零$/);
      }),
    );
  });

  it('refuses negative and fractional values instead of saying something wrong', () => {
    expect(() => readInteger(-1)).toThrow(RangeError);
    expect(() => readInteger(1.5)).toThrow(RangeError);
  });
});

describe('readDecimal, readDigits and readPhone', () => {
  it('reads the digits after the point one by one', () => {
    expect(readDecimal('3.5')).toBe('三点五');
    expect(readDecimal('0.25')).toBe('零点二五');
    expect(readDecimal('12')).toBe('十二');
  });

  it('reads a code digit by digit', () => {
    expect(readDigits('2026')).toBe('二零二六');
  });

  it('reads a phone number with 1 as 幺 and a masked digit as 星', () => {
    expect(readPhone('138****1234')).toBe('幺三八星星星星幺二三四');
    expect(readPhone('023-63888888')).toBe('零二三六三八八八八八八');
  });
});
