import { describe, expect, it } from 'vitest';
import { toSpeech } from '../../../../domain/speech';
import { pinyinSyllables, toPinyin } from '../../../../domain/speech/pinyin';

describe('pinyin for espeak-ng', () => {
  it.each([
    ['装卸', 'zhuang1 xie4'],
    ['装卸工', 'zhuang1 xie4 gong1'],
    ['会计', 'kuai4 ji4'],
    ['会计师', 'kuai4 ji4 shi1'],
    ['重庆', 'chong2 qing4'],
    ['重物搬运', 'zhong4 wu4 ban1 yun4'],
    ['银行', 'yin2 hang2'],
    ['行政', 'xing2 zheng4'],
    ['长江', 'chang2 jiang1'],
    ['长辈模式', 'zhang3 bei4 mo2 shi4'],
    ['调度', 'diao4 du4'],
    ['空调', 'kong1 tiao2'],
    ['日结', 'ri4 jie2'],
    ['沙坪坝', 'sha1 ping2 ba4'],
    ['给排水', 'ji3 pai2 shui3'],
    ['重听', 'chong2 ting1'],
    ['着装', 'zhuo2 zhuang1'],
    ['扎钢筋', 'za1 gang1 jin1'],
    ['背货', 'bei1 huo4'],
  ])('reads the 多音字 of %s as %s', (phrase, expected) => {
    expect(toPinyin(phrase)).toBe(expected);
  });

  it('writes the neutral tone as 5 and ü as v, as espeak-ng expects', () => {
    expect(toPinyin('好了')).toBe('hao3 le5');
    expect(toPinyin('女士')).toBe('nv3 shi4');
  });

  it('keeps a pause for punctuation and drops sounds it has no reading for', () => {
    expect(toPinyin('保洁，日结。')).toBe('bao3 jie2, ri4 jie2.');
    expect(pinyinSyllables('★保洁')).toEqual(['bao3', 'jie2']);
  });

  it('spells letters the way Chinese halls say them', () => {
    expect(toPinyin('A区')).toBe('ei1 qu1');
  });

  it('turns a posting line into speakable text and its pinyin in one step', () => {
    expect(toSpeech('35元/小时')).toEqual({ text: '三十五元每小时', pinyin: 'san1 shi2 wu3 yuan2 mei3 xiao3 shi2' });
  });
});
