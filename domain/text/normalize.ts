// One spelling for text that people (and people dodging a filter) write many
// ways: full-width letters and digits from a Chinese IME, traditional
// characters, capital letters, zero-width characters pasted in, and spaces or
// dots dropped between characters (限 女 性, 限·女) so a keyword no longer
// appears whole. Rules are written against this form only.
//
// The map back to the source lets a finding quote what the employer actually
// wrote rather than our rewritten form.

import { simplifyChar } from './traditional';

export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** The text it came from. */
  readonly source: string;
  /** For each UTF-16 unit of `text`: where the source character it came from starts in `source`. */
  readonly starts: readonly number[];
  /** For each UTF-16 unit of `text`: where that source character ends in `source` (exclusive). */
  readonly ends: readonly number[];
}

/**
 * Characters that carry nothing on screen: zero-width spaces and joiners,
 * direction marks, the soft hyphen, variation selectors, Hangul fillers and
 * the byte-order mark. They are dropped so 限\u200b女 reads as 限女.
 */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0008],
  [0x000b, 0x000b],
  [0x000e, 0x001f],
  [0x007f, 0x009f],
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe0fff],
];

function isInvisible(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x20 && cp < 0x7f) return false;
  return INVISIBLE_RANGES.some(([from, to]) => cp >= from && cp <= to);
}

/**
 * Punctuation people put between characters to break a keyword apart. Between
 * two characters of which one is Chinese they are dropped; elsewhere they
 * stay (3.5, 18-45, a.m.). Clause punctuation (，。；) is never dropped: it
 * separates statements, and joining statements would invent phrases.
 */
const FILLER = new Set([
  '·',
  '•',
  '・',
  '‧',
  '∙',
  '⋅',
  '.',
  '*',
  '-',
  '_',
  '~',
  '|',
  '`',
  "'",
  '"',
  '^',
  '+',
  '=',
  '#',
]);

const HAN = /\p{Script=Han}/u;
const DENSE = /[\p{Script=Han}\p{L}\p{N}]/u;
const WHITESPACE = /\s/u;

/** Most text is ASCII or common CJK, which NFKC leaves alone; skip the costly call for those. */
function foldWidth(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff)) return ch;
  if (cp === 0x3000) return ' ';
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0);
  return ch.normalize('NFKC');
}

function lower(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 32);
  if (cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff)) return ch;
  return ch.toLowerCase();
}

interface Piece {
  readonly ch: string;
  readonly start: number;
  readonly end: number;
}

/** Character by character: width, invisibles, traditional forms, case. Each output character keeps its source span. */
function foldCharacters(source: string): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  for (const original of source) {
    const start = offset;
    offset += original.length;
    for (const folded of foldWidth(original)) {
      if (isInvisible(folded)) continue;
      for (const ch of lower(simplifyChar(folded))) pieces.push({ ch, start, end: offset });
    }
  }
  return pieces;
}

function isSeparator(ch: string): boolean {
  return WHITESPACE.test(ch) || FILLER.has(ch);
}

/** The normalised form of `source` together with the map back to it. */
export function normalizeWithMap(source: string): NormalizedText {
  const pieces = foldCharacters(source);
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (p: Piece, ch: string) => {
    text += ch;
    for (let k = 0; k < ch.length; k++) {
      starts.push(p.start);
      ends.push(p.end);
    }
  };

  let i = 0;
  while (i < pieces.length) {
    const piece = pieces[i];
    if (piece === undefined) break;
    if (!isSeparator(piece.ch)) {
      emit(piece, piece.ch);
      i++;
      continue;
    }
    let j = i;
    while (j < pieces.length && isSeparator(pieces[j]?.ch ?? '')) j++;
    const before = text.length > 0 ? lastChar(text) : '';
    const after = pieces[j]?.ch ?? '';
    const splitsWord = DENSE.test(before) && DENSE.test(after) && (HAN.test(before) || HAN.test(after));
    if (!splitsWord) {
      // Keep the punctuation; fold each run of whitespace inside the text to one space, drop it at the edges.
      const inside = before !== '' && after !== '';
      let inSpace = false;
      for (let k = i; k < j; k++) {
        const p = pieces[k];
        if (p === undefined) continue;
        if (!WHITESPACE.test(p.ch)) {
          emit(p, p.ch);
          inSpace = false;
        } else if (!inSpace) {
          inSpace = true;
          if (inside) emit(p, ' ');
        }
      }
    }
    i = j;
  }
  return { text, source, starts, ends };
}

function lastChar(text: string): string {
  const last = text.codePointAt(text.length - 1);
  if (last === undefined) return '';
  // A trailing low surrogate belongs to the pair that ends the text.
  if (last >= 0xdc00 && last <= 0xdfff && text.length >= 2) return text.slice(-2);
  return String.fromCodePoint(last);
}

/** The normalised form of `source` (see the header of this file). */
export function normalizeText(source: string): string {
  return normalizeWithMap(source).text;
}

/** The source text behind `normalized.text.slice(start, end)`, including whatever normalisation removed inside it. */
export function quoteSource(normalized: NormalizedText, start: number, end: number): string {
  if (end <= start) return '';
  const from = normalized.starts[start];
  const to = normalized.ends[end - 1];
  if (from === undefined || to === undefined) return normalized.text.slice(start, end);
  return normalized.source.slice(from, to);
}
