import { describe, expect, it } from 'vitest';
import { parseSmallNumber } from '../../../../domain/text/numerals';

describe('parseSmallNumber', () => {
  it.each([
    ['16', 16],
    ['0', 0],
    ['十', 10],
    ['十四', 14],
    ['十六', 16],
    ['四十', 40],
    ['四十五', 45],
    ['二十', 20],
    ['两', 2],
    ['九', 9],
    ['九十九', 99],
  ])('reads %s as %d', (text, value) => {
    expect(parseSmallNumber(text)).toBe(value);
  });

  it.each(['', '十十', '四五', '十四五', '零十', 'abc', '1.5', '百'])('refuses %j', (text) => {
    expect(parseSmallNumber(text)).toBeNull();
  });
});
