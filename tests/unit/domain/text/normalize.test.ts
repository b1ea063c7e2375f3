import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWithMap, quoteSource } from '../../../../domain/text/normalize';
import { assertProperty } from '../../../support/property';

describe('normalizeText', { timeout: 30_000 }, () => {
  it.each([
    ['ＡＢＣ１２３', 'abc123'],
    ['１３９８３００１２３４', '13983001234'],
    ['ＱＱ：１２３４５', 'qq:12345'],
    ['限　女', '限女'],
    ['（仅限）', '(仅限)'],
  ])('folds full-width letters, digits, punctuation and the ideographic space: %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['僅限女性', '仅限女性'],
    ['乙肝攜帶者', '乙肝携带者'],
    ['體檢費', '体检费'],
    ['本地戶籍', '本地户籍'],
    ['殘疾人', '残疾人'],
    ['歲數', '岁数'],
    ['聯繫方式', '联系方式'],
    ['優先錄用', '优先录用'],
    ['經驗', '经验'],
  ])('turns traditional characters into simplified ones: %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['限 女 性', '限女性'],
    ['限·女', '限女'],
    ['限•女', '限女'],
    ['限.女', '限女'],
    ['限-女-性', '限女性'],
    ['限_女', '限女'],
    ['限*女', '限女'],
    ['押 * 金', '押金'],
    ['加 V', '加v'],
  ])(
    'removes spacing and filler punctuation put between Chinese characters to dodge filters: %s',
    (input, expected) => {
      expect(normalizeText(input)).toBe(expected);
    },
  );

  it.each([
    ['限\u200b女', '限女'],
    ['限\u200d女', '限女'],
    ['限\ufeff女', '限女'],
    ['限\u00ad女', '限女'],
    ['\ufeff开头', '开头'],
  ])('removes zero-width and invisible characters: %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('collapses whitespace between non-Chinese words to one space and trims the ends', () => {
    expect(normalizeText('  Hello \t\n World  ')).toBe('hello world');
  });

  it('keeps punctuation between digits, so decimals and ranges survive', () => {
    expect(normalizeText('3.5元')).toBe('3.5元');
    expect(normalizeText('18-45岁')).toBe('18-45岁');
    expect(normalizeText('18 - 45 岁')).toBe('18 - 45岁');
  });

  it('keeps clause punctuation between Chinese words, so statements stay apart', () => {
    expect(normalizeText('男女不限，女性优先')).toBe('男女不限,女性优先');
    expect(normalizeText('理货、收银')).toBe('理货、收银');
    expect(normalizeText('结束。开始')).toBe('结束。开始');
  });

  it('folds circled and compatibility ideographs to the plain character', () => {
    expect(normalizeText('㊚性优先')).toBe('男性优先');
  });

  it('is idempotent on arbitrary text', () => {
    assertProperty(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on text built from the characters it treats specially', () => {
    const alphabet = fc.constantFrom(...'限女男 ·.-_*\u200b\u3000　ＡＢａ１２僅體戶押金,，。、a1 \t\n㊚'.split(''));
    assertProperty(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        const once = normalizeText(chars.join(''));
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('normalizeWithMap and quoteSource', () => {
  it('quotes the original text behind a normalised match, including what was removed inside it', () => {
    const n = normalizeWithMap('要求：僅 限 女 性，其他不限');
    const start = n.text.indexOf('仅限女性');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(quoteSource(n, start, start + '仅限女性'.length)).toBe('僅 限 女 性');
  });

  it('maps every normalised unit back inside the source', () => {
    assertProperty(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        const n = normalizeWithMap(s);
        expect(n.starts).toHaveLength(n.text.length);
        expect(n.ends).toHaveLength(n.text.length);
        n.starts.forEach((start, i) => {
          const end = n.ends[i] ?? -1;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(s.length);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('quotes an empty range as empty', () => {
    expect(quoteSource(normalizeWithMap('限女'), 1, 1)).toBe('');
  });
});
