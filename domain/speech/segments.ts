// Which voice reads which part of an utterance. In Chinese one voice reads it
// all (numbers turned into words, then tone-numbered pinyin). In English the
// kiosk's words and reference data are English, but a posting's own text
// stays as its employer wrote it, in hanzi: an English voice cannot read
// those, so each run of Chinese goes to the Chinese voice and the rest to the
// English one, in order.
import type { Lang } from '../reference/labels';
import { tonePinyin } from './pinyin';
import { readable } from './reading';

export type SpeechVoice = 'cmn' | 'en';

export interface SpeechSegment {
  readonly voice: SpeechVoice;
  /** Tone-numbered pinyin for `cmn`, plain text for `en`. */
  readonly text: string;
}

/**
 * Han characters with the full-width punctuation among them, and the digits
 * between them (南津街88号, 2026-12-06至2026-12-28): a number inside Chinese
 * text is read in Chinese, one before or after it in English.
 */
const HAN = String.raw`[\p{Script=Han}\u3000-\u303f\uff00-\uffef]`;
const CHINESE_RUN = new RegExp(`${HAN}(?:${HAN}|[\\d.:/-]+(?=${HAN}))*`, 'gu');

function chinese(text: string): SpeechSegment {
  return { voice: 'cmn', text: tonePinyin(readable(text)) };
}

export function speechSegments(text: string, lang: Lang): SpeechSegment[] {
  if (lang === 'zh') return [chinese(text)];
  const out: SpeechSegment[] = [];
  let at = 0;
  const english = (part: string) => {
    // Punctuation alone says nothing and would only make a pause of its own.
    if (/[\p{L}\p{N}]/u.test(part)) out.push({ voice: 'en', text: part.trim() });
  };
  for (const m of text.matchAll(CHINESE_RUN)) {
    english(text.slice(at, m.index));
    out.push(chinese(m[0].trim()));
    at = m.index + m[0].length;
  }
  english(text.slice(at));
  return out;
}
