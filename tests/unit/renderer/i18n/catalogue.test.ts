import { describe, expect, it } from 'vitest';
import { AREAS, CATALOGUE } from '../../../../renderer/i18n/catalogue';
import { format, translate } from '../../../../renderer/i18n';

describe('message catalogue', () => {
  it('defines each key in one area only', () => {
    const seen = new Map<string, string>();
    for (const [area, messages] of Object.entries(AREAS)) {
      for (const key of Object.keys(messages)) {
        expect(seen.get(key), `${key} is in ${seen.get(key) ?? ''} and ${area}`).toBeUndefined();
        seen.set(key, area);
      }
    }
  });

  it('has non-empty Chinese and English for every key, with the same placeholders', () => {
    for (const [key, m] of Object.entries(CATALOGUE)) {
      expect(m.zh.trim(), key).not.toBe('');
      expect(m.en.trim(), key).not.toBe('');
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect(holes(m.en), key).toEqual(holes(m.zh));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'postings.count', { count: 3 })).toBe('共 3 个在招岗位');
    expect(translate('en', 'postings.count', { count: 3 })).toBe('3 open jobs');
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
