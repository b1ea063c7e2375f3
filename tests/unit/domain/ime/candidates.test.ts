import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { NAME_CHARS_BY_FREQUENCY, SURNAMES_BY_FREQUENCY } from '../../../../domain/ime/frequency';
import { candidates, normalizeTyped, splitPinyin } from '../../../../domain/ime/candidates';

const chars = (input: string, first: boolean, limit = 8) =>
  candidates(input, { first, limit })
    .map((c) => c.char)
    .join('');

describe('candidates', () => {
  it('puts surnames first for the first character, most common first', () => {
    expect(chars('wang', true).startsWith('王汪')).toBe(true);
    expect(chars('li', true).startsWith('李黎')).toBe(true);
    expect(chars('zhang', true)[0]).toBe('张');
  });

  it('orders a later character by how often it is used in names, not by surname', () => {
    expect(chars('fang', false)[0]).toBe('芳');
    expect(chars('wei', false)[0]).toBe('伟');
    expect(chars('wang', false)[0]).not.toBe('汪');
  });

  it('offers a surname under its surname reading only', () => {
    // 单 is shàn as a surname: under "shan" it comes first, under "dan" it is the everyday 单, unboosted
    // (no listed surname reads "dan", so the first character's order is the later characters' order).
    expect(chars('shan', true)[0]).toBe('单');
    expect(chars('shan', false)[0]).not.toBe('单');
    expect(candidates('dan', { first: true })).toEqual(candidates('dan', { first: false }));
    expect(chars('zeng', true)[0]).toBe('曾');
  });

  it('offers characters of longer syllables from the first letters typed', () => {
    expect(chars('w', true)[0]).toBe('王');
    const wan = candidates('wan', { first: true }).map((c) => c.char);
    expect(wan[0]).toBe('万');
    expect(wan).toContain('王');
    expect(wan.indexOf('王')).toBeGreaterThan(wan.indexOf('晚'));
  });

  it('picks the first syllable of several and says how many letters it uses up', () => {
    const [top] = candidates('wangfang', { first: true });
    expect(top).toEqual({ char: '王', syllable: 'wang', consumes: 4 });
    const [partial] = candidates('zh', { first: true });
    expect(partial?.char).toBe('张');
    expect(partial?.consumes).toBe(2);
  });

  it('takes ü as v and ignores what is not a letter', () => {
    expect(chars('lv', true)[0]).toBe('吕');
    expect(chars('lü', true)[0]).toBe('吕');
    expect(chars('nv', false)[0]).toBe('女');
    expect(normalizeTyped(' Wang-1 ')).toBe('wang');
  });

  it('offers nothing for letters no syllable starts with, and nothing for empty input', () => {
    expect(candidates('', { first: true })).toEqual([]);
    expect(candidates('v', { first: true })).toEqual([]);
    expect(candidates('iu', { first: false })).toEqual([]);
  });

  it('offers every character of a reading once, GB2312 characters only', () => {
    const xing = candidates('xing', { first: false }).map((c) => c.char);
    expect(new Set(xing).size).toBe(xing.length);
    expect(xing).toContain('行');
    expect(xing).not.toContain('興');
  });
});

describe('splitPinyin', () => {
  it('splits whole syllables from the left and keeps a trailing start of one', () => {
    expect(splitPinyin('wangxiaozh')).toEqual({ syllables: ['wang', 'xiao'], partial: 'zh', invalid: '' });
    expect(splitPinyin('liv')).toEqual({ syllables: ['li'], partial: '', invalid: 'v' });
  });
});

describe('frequency lists', () => {
  it('list each surname once, and every listed character is offered under its surname reading', () => {
    const surnames = Array.from(SURNAMES_BY_FREQUENCY);
    expect(new Set(surnames).size).toBe(surnames.length);
    for (const ch of surnames) {
      const reading = pinyin(ch, { surname: 'head', toneType: 'none', v: true });
      expect(candidates(reading, { first: true }).map((c) => c.char)).toContain(ch);
    }
  });
  it('list only GB2312 characters, so each name character is offered under one of its readings', () => {
    for (const ch of NAME_CHARS_BY_FREQUENCY) {
      const readings = pinyin(ch, { multiple: true, type: 'array', toneType: 'none', v: true });
      expect(readings.some((r) => candidates(r, { first: false }).some((c) => c.char === ch))).toBe(true);
    }
  });
});
