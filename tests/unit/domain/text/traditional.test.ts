import { describe, expect, it } from 'vitest';
import {
  simplifyChar,
  toSimplified,
  TRADITIONAL_TO_SIMPLIFIED,
  TRADITIONAL_TOKENS,
} from '../../../../domain/text/traditional';

describe('traditional → simplified table', () => {
  it('has every token as exactly one traditional and one different simplified character', () => {
    const malformed = TRADITIONAL_TOKENS.filter((t) => {
      const chars = Array.from(t);
      return chars.length !== 2 || chars[0] === chars[1];
    });
    expect(malformed).toEqual([]);
  });

  it('never lists one traditional character with two different simplified forms', () => {
    const seen = new Map<string, string>();
    const conflicts: string[] = [];
    for (const token of TRADITIONAL_TOKENS) {
      const [t, s] = Array.from(token);
      if (t === undefined || s === undefined) continue;
      const before = seen.get(t);
      if (before !== undefined && before !== s) conflicts.push(`${t}: ${before} / ${s}`);
      seen.set(t, s);
    }
    expect(conflicts).toEqual([]);
  });

  it('never maps to a character that is itself folded again, so folding is stable', () => {
    const chains = [...TRADITIONAL_TO_SIMPLIFIED].filter(([, s]) => TRADITIONAL_TO_SIMPLIFIED.has(s));
    expect(chains).toEqual([]);
  });

  it('covers a few hundred characters', () => {
    expect(TRADITIONAL_TO_SIMPLIFIED.size).toBeGreaterThan(300);
  });

  it.each([
    ['僅', '仅'],
    ['體', '体'],
    ['檢', '检'],
    ['戶', '户'],
    ['區', '区'],
    ['攜', '携'],
    ['帶', '带'],
    ['殘', '残'],
    ['費', '费'],
    ['證', '证'],
    ['歲', '岁'],
    ['齡', '龄'],
    ['資', '资'],
    ['賺', '赚'],
    ['錢', '钱'],
    ['單', '单'],
    ['錄', '录'],
    ['轉', '转'],
    ['訓', '训'],
    ['聯', '联'],
    ['繫', '系'],
    ['優', '优'],
    ['條', '条'],
    ['經', '经'],
    ['驗', '验'],
  ])('folds the screening vocabulary: %s → %s', (t, s) => {
    expect(simplifyChar(t)).toBe(s);
  });

  it('leaves characters shared by both scripts and non-Chinese text alone', () => {
    expect(toSimplified('限女男婚育孕民族宗教籍乙肝疾押金薪刷保培微信先 abc 123')).toBe(
      '限女男婚育孕民族宗教籍乙肝疾押金薪刷保培微信先 abc 123',
    );
  });

  it('does not fold characters that are also correct simplified text (著名, 乾隆)', () => {
    expect(toSimplified('著名乾隆')).toBe('著名乾隆');
  });
});
