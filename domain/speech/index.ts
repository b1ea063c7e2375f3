// What the read-aloud button hands to a voice: the speakable text for a
// platform voice that reads hanzi, and its pinyin for espeak-ng.
import { toPinyin } from './pinyin';
import { speakableText, type ReadingOptions } from './reading';

export interface SpeechText {
  /** Hanzi with numbers, money, dates and times written out as words. */
  readonly text: string;
  /** The same as tone-numbered pinyin for espeak-ng's cmn-latn-pinyin voice. */
  readonly pinyin: string;
}

export function toSpeech(text: string, options: ReadingOptions = {}): SpeechText {
  const spoken = speakableText(text, options);
  return { text: spoken, pinyin: toPinyin(spoken) };
}

export { pinyinSyllables, toPinyin, PHRASE_PINYIN } from './pinyin';
export { speakableText, type ReadingOptions } from './reading';
export { readDecimal, readDigits, readInteger, readPhone } from './numbers';
