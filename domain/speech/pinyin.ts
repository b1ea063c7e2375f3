// Speakable text → tone-numbered pinyin for espeak-ng's `cmn-latn-pinyin`
// voice, the way the lobby clips are made (scripts/voice/render-clips.ts):
// espeak's own hanzi reading falls back to English for many characters, while
// its pinyin reading is reliable. pinyin-pro picks 多音字 by context (装卸
// zhuang1 xie4, 会计 kuai4 ji4, 重庆 chong2 qing4); the table below holds the
// trade and kiosk words it still gets wrong.
import { pinyin } from 'pinyin-pro';

/** Phrases pinyin-pro reads wrongly, each checked against 现代汉语词典. */
export const PHRASE_PINYIN: Readonly<Record<string, readonly string[]>> = {
  给排水: ['ji3', 'pai2', 'shui3'],
  供给: ['gong1', 'ji3'],
  重听: ['chong2', 'ting1'],
  着装: ['zhuo2', 'zhuang1'],
  还款: ['huan2', 'kuan3'],
  背货: ['bei1', 'huo4'],
  背篓: ['bei1', 'lou3'],
  扎钢筋: ['za1', 'gang1', 'jin1'],
};

// Letters as Chinese halls say them (A → ei, H → ai qi), in pinyin so the same voice says them.
const LETTER_PINYIN: Readonly<Record<string, string>> = {
  A: 'ei1',
  B: 'bi4',
  C: 'xi1',
  D: 'di4',
  E: 'yi4',
  F: 'ai2 fu5',
  G: 'ji4',
  H: 'ai1 qi1',
  I: 'ai4',
  J: 'zhei4',
  K: 'kai4',
  L: 'ai2 lu5',
  M: 'ai2 mu5',
  N: 'en1',
  O: 'ou1',
  P: 'pi4',
  Q: 'kiu1',
  R: 'a1 er5',
  S: 'ai2 si5',
  T: 'ti4',
  U: 'you1',
  V: 'wei1',
  W: 'da2 bu5 liu5',
  X: 'ai1 ke4 si5',
  Y: 'wai4',
  Z: 'zei4',
};
const DIGIT_PINYIN = ['ling2', 'yi1', 'er4', 'san1', 'si4', 'wu3', 'liu4', 'qi1', 'ba1', 'jiu3'];

const PAUSE_SHORT = /[，,、；;：:（）()「」“”"'《》【】\-—~～/|·]/;
const PAUSE_LONG = /[。.！!？?\n]/;

/** espeak's pinyin: neutral tone is 5, ü is written v. */
function forEspeak(syllable: string): string {
  return syllable.replace(/ü/g, 'v').replace(/0$/, '5');
}

/**
 * The words of a speakable text as tone-numbered syllables, with "," and "."
 * where a listener needs a pause. Characters that have no sound are dropped.
 */
export function pinyinSyllables(text: string): string[] {
  const chars = Array.from(text);
  const items = pinyin(text, { toneType: 'num', type: 'all' });
  const byChar = items.length === chars.length ? items.map((i) => (i.isZh ? i.pinyin : null)) : null;
  const out: string[] = [];
  const pause = (mark: ',' | '.'): void => {
    const last = out.at(-1);
    if (last === undefined) return;
    if (last === ',' && mark === '.') out[out.length - 1] = mark;
    else if (last !== ',' && last !== '.') out.push(mark);
  };
  for (let i = 0; i < chars.length;) {
    const phrase = Object.keys(PHRASE_PINYIN).find((p) => text.startsWith(p, offsetOf(chars, i)));
    if (phrase !== undefined) {
      out.push(...(PHRASE_PINYIN[phrase] ?? []));
      i += Array.from(phrase).length;
      continue;
    }
    const c = chars[i] ?? '';
    const zh = byChar?.[i] ?? (byChar === null ? onePinyin(c) : null);
    if (zh !== null && zh !== '') out.push(forEspeak(zh));
    else if (/[A-Za-z]/.test(c)) out.push(...(LETTER_PINYIN[c.toUpperCase()] ?? '').split(' '));
    else if (/\d/.test(c)) out.push(DIGIT_PINYIN[Number(c)] ?? '');
    else if (PAUSE_LONG.test(c)) pause('.');
    else if (PAUSE_SHORT.test(c)) pause(',');
    i += 1;
  }
  return out;
}

function offsetOf(chars: readonly string[], index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) n += (chars[i] ?? '').length;
  return n;
}

function onePinyin(c: string): string | null {
  const [item] = pinyin(c, { toneType: 'num', type: 'all' });
  return item?.isZh === true ? item.pinyin : null;
}

/** The text espeak-ng reads: syllables separated by spaces, pauses as punctuation. */
export function toPinyin(text: string): string {
  return pinyinSyllables(text)
    .join(' ')
    .replace(/ ([,.])/g, '$1')
    .trim();
}
