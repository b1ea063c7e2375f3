import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rule, spread, wrap } from '../../../../domain/printing/columns';
import { printWidth } from '../../../../domain/printing/gbk';
import { assertProperty } from '../../../support/property';

describe('fitting text to the roll', () => {
  it('breaks by cells, a Chinese character counting two', () => {
    expect(wrap('合川区南津街农民工零工市场', 16)).toEqual(['合川区南津街农民', '工零工市场']);
    expect(wrap('abc def', 4)).toEqual(['abc', 'def']);
  });

  it('never makes a line wider than asked, nor loses a character', () => {
    assertProperty(
      fc.property(
        fc.string({ unit: fc.constantFrom('号', '窗', 'A', '1', ' ', '（') }),
        fc.integer({ min: 2, max: 48 }),
        (s, cells) => {
          const lines = wrap(s, cells);
          for (const l of lines) expect(printWidth(l)).toBeLessThanOrEqual(cells);
          expect(lines.join('').replace(/ /g, '')).toBe(s.replace(/ /g, ''));
        },
      ),
    );
  });

  it('puts a label left and a value right on one line, or on two when they do not fit', () => {
    expect(spread('前面等候', '3 人', 16)).toEqual(['前面等候    3 人']);
    expect(spread('取号时间', '2026-11-26 16:30', 20)).toEqual(['取号时间', '2026-11-26 16:30']);
    expect(rule(4)).toBe('----');
  });
});
