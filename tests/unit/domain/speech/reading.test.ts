import { describe, expect, it } from 'vitest';
import { dateWords, integerWords, numberWords, readable, timeWords } from '../../../../domain/speech/reading';
import { tonePinyin } from '../../../../domain/speech/pinyin';

describe('reading numbers, money and dates aloud', () => {
  it.each([
    [0, '零'],
    [3, '三'],
    [10, '十'],
    [15, '十五'],
    [35, '三十五'],
    [105, '一百零五'],
    [200, '两百'],
    [1010, '一千零一十'],
    [2000, '两千'],
    [20000, '两万'],
    [100_000, '十万'],
    [120_005, '十二万零五'],
    [4350, '四千三百五十'],
  ])('%i → %s', (n, words) => {
    expect(integerWords(n)).toBe(words);
  });

  it('reads decimals, dates and times', () => {
    expect(numberWords('12.5')).toBe('十二点五');
    expect(dateWords(12, 3)).toBe('十二月三日');
    expect(timeWords(8, 0)).toBe('八点');
    expect(timeWords(12, 5)).toBe('十二点零五分');
  });

  it('reads a posting’s pay, dates and hours the way people say them', () => {
    expect(readable('35元/小时')).toBe('三十五元每小时');
    expect(readable('200元/天，日结')).toBe('两百元每天，日结');
    expect(readable('2026-12-03')).toBe('十二月三日');
    expect(readable('2026-12-05至2026-12-06，每天08:00-17:00')).toBe('十二月五日到十二月六日，每天八点到十七点');
    expect(readable('12.5元/件')).toBe('十二点五元每件');
  });

  it('reads a phone number digit by digit and drops the mask’s stars', () => {
    expect(readable('13800001234')).toBe('一三八零零零零一二三四');
    expect(readable('138****1234')).toBe('一三八一二三四');
  });
});

describe('text to tone-numbered pinyin for espeak-ng', () => {
  it.each([
    ['装卸', 'zhuang1 xie4'],
    ['会计', 'kuai4 ji4'],
    ['重庆', 'chong2 qing4'],
    ['保洁', 'bao3 jie2'],
    ['银行', 'yin2 hang2'],
    ['绿化', 'lv4 hua4'],
  ])('%s → %s', (text, expected) => {
    expect(tonePinyin(text)).toBe(expected);
  });

  it('marks the neutral tone 5, turns punctuation into one pause and drops what is not Chinese', () => {
    expect(tonePinyin('好的，走吧。')).toBe('hao3 de5 , zou3 ba5');
    expect(tonePinyin('，，保洁ABC！')).toBe('bao3 jie2');
  });
});
