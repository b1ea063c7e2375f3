// Text → tone-numbered pinyin for espeak-ng's `cmn-latn-pinyin` voice, the
// way the lobby's clips are made (scripts/voice/render-clips.ts): espeak's own
// Chinese dictionary reads many characters through its English fallback,
// while pinyin-pro knows the readings of 多音字 in words (装卸 zhuang1 xie4,
// 会计 kuai4 ji4, 重庆 chong2 qing4). Punctuation becomes a pause (a comma);
// anything that is not Chinese is dropped, since it was written out in words
// first (domain/speech/reading).
import { pinyin } from 'pinyin-pro';

const PAUSE = /^[，。、；：！？,.;:!?\s（）()《》“”"']+$/;

/** Tone-numbered syllables with neutral tone as 5 (espeak's convention): `bao3 jie2 , hao3 ma5`. */
export function tonePinyin(text: string): string {
  const parts = pinyin(text.normalize('NFKC'), { toneType: 'num', type: 'array', nonZh: 'consecutive', v: true });
  const out: string[] = [];
  for (const part of parts) {
    if (/^[a-zü]+[0-5]$/.test(part)) {
      out.push(part.replace(/0$/, '5'));
    } else if (PAUSE.test(part) || /[，。、；：！？,.;:!?]/.test(part)) {
      if (out.length > 0 && out[out.length - 1] !== ',') out.push(',');
    }
  }
  while (out[out.length - 1] === ',') out.pop();
  return out.join(' ');
}
