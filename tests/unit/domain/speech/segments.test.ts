import { describe, expect, it } from 'vitest';
import { tonePinyin } from '../../../../domain/speech/pinyin';
import { readable } from '../../../../domain/speech/reading';
import { speechSegments } from '../../../../domain/speech/segments';

describe('which voice reads which part', () => {
  it('reads a Chinese screen with the Chinese voice alone, numbers as words', () => {
    expect(speechSegments('保洁，35元/小时', 'zh')).toEqual([
      { voice: 'cmn', text: tonePinyin(readable('保洁，35元/小时')) },
    ]);
  });

  it("in English gives the posting's own hanzi to the Chinese voice and the rest to the English one, in order", () => {
    const segments = speechSegments('小区保洁. 200 CNY/day, Daily pay. Hechuan, 南津街88号', 'en');
    expect(segments.map((s) => s.voice)).toEqual(['cmn', 'en', 'cmn']);
    expect(segments[0]?.text).toBe(tonePinyin(readable('小区保洁')));
    expect(segments[1]?.text).toBe('. 200 CNY/day, Daily pay. Hechuan,');
    // The number inside the Chinese address stays with it, read in Chinese.
    expect(segments[2]?.text).toBe(tonePinyin(readable('南津街88号')));
  });

  it('in English reads plain English text with the English voice only, and skips bare punctuation', () => {
    expect(speechSegments('Tap a trade to see its jobs', 'en')).toEqual([
      { voice: 'en', text: 'Tap a trade to see its jobs' },
    ]);
    expect(speechSegments('保洁。', 'en').map((s) => s.voice)).toEqual(['cmn']);
  });
});
