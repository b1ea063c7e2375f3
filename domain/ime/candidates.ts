// The candidate row of the kiosk's pinyin keyboard: typed letters → hanzi,
// the characters people mostly mean first, and for the first character of a
// name the surnames first (王 before 往 for "wang"). One character is picked at
// a time, which is how people who rarely type pinyin write a name.
//
// Readings come from pinyin-pro (every reading of every character, 行 xíng
// and háng). The characters offered are GB2312's 6,763: every character in
// common use and in names registered since the 1980s, with nothing a seeker
// would have to scroll past. The index is built once, on first use or by
// warmImeIndex() while a screen opens, since building it takes tens of ms.
import { pinyin, polyphonic } from 'pinyin-pro';
import { COMMON_CHARS_BY_FREQUENCY, NAME_CHARS_BY_FREQUENCY, SURNAMES_BY_FREQUENCY } from './frequency';

export interface Candidate {
  readonly char: string;
  /** The reading it was offered under, `wang`. */
  readonly syllable: string;
  /** How many typed letters picking it uses up: the rest stays for the next character. */
  readonly consumes: number;
}

interface ImeIndex {
  readonly bySyllable: ReadonlyMap<string, readonly string[]>;
  readonly syllables: readonly string[];
  /** Lower comes first: name characters, then common ones, then GB2312 level 1, then level 2. */
  readonly rank: ReadonlyMap<string, number>;
  /** Surname → its surname reading and rank. */
  readonly surnames: ReadonlyMap<string, { readonly reading: string; readonly rank: number }>;
  readonly longestSyllable: number;
}

const LEVEL_ONE_LAST_LEAD = 0xd7;

/** GB2312's characters in code order, with the level each is in. */
function gb2312(): { char: string; level: 1 | 2 }[] {
  const decoder = new TextDecoder('gbk');
  const out: { char: string; level: 1 | 2 }[] = [];
  const pair = new Uint8Array(2);
  for (let lead = 0xb0; lead <= 0xf7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      pair[0] = lead;
      pair[1] = trail;
      const char = decoder.decode(pair);
      if (char.length === 1 && char !== '\ufffd') out.push({ char, level: lead <= LEVEL_ONE_LAST_LEAD ? 1 : 2 });
    }
  }
  return out;
}

/** `lü` and `lu:` typed as `lv`, the way every pinyin keyboard takes ü. */
const toTyped = (reading: string) => reading.replace(/ü/g, 'v');

function buildIndex(): ImeIndex {
  const chars = gb2312();
  const rank = new Map<string, number>();
  const rankList = (list: string) => {
    for (const ch of list) if (!rank.has(ch)) rank.set(ch, rank.size);
  };
  rankList(NAME_CHARS_BY_FREQUENCY);
  rankList(COMMON_CHARS_BY_FREQUENCY);
  for (const level of [1, 2] as const)
    for (const c of chars) if (c.level === level && !rank.has(c.char)) rank.set(c.char, rank.size);

  const readings = polyphonic(chars.map((c) => c.char).join(''), { type: 'array', toneType: 'none', v: true });
  const bySyllable = new Map<string, string[]>();
  chars.forEach((c, i) => {
    for (const r of readings[i] ?? []) {
      const syllable = toTyped(r);
      if (!/^[a-z]+$/.test(syllable)) continue;
      const list = bySyllable.get(syllable);
      if (list === undefined) bySyllable.set(syllable, [c.char]);
      else if (!list.includes(c.char)) list.push(c.char);
    }
  });

  const surnames = new Map<string, { reading: string; rank: number }>();
  for (const ch of SURNAMES_BY_FREQUENCY) {
    if (surnames.has(ch)) continue;
    surnames.set(ch, {
      reading: toTyped(pinyin(ch, { surname: 'head', toneType: 'none', v: true })),
      rank: surnames.size,
    });
  }
  const syllables = [...bySyllable.keys()].sort();
  return {
    bySyllable,
    syllables,
    rank,
    surnames,
    longestSyllable: Math.max(...syllables.map((s) => s.length)),
  };
}

let index: ImeIndex | null = null;
const getIndex = (): ImeIndex => (index ??= buildIndex());

/** Build the index now (when a screen with the keyboard opens), not on the first keystroke. */
export function warmImeIndex(): void {
  getIndex();
}

/** Letters only, lower case, ü as v: what the keyboard sends is taken as typed. */
export function normalizeTyped(input: string): string {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ü|u:/g, 'v')
    .replace(/[^a-z]/g, '');
}

export interface Split {
  /** Whole syllables, longest first match from the left (`wangfang` → wang, fang). */
  readonly syllables: readonly string[];
  /** Trailing letters that begin some syllable but are not one yet (`zh`). */
  readonly partial: string;
  /** Letters from the first point where no syllable can start. */
  readonly invalid: string;
}

export function splitPinyin(input: string): Split {
  const ix = getIndex();
  const text = normalizeTyped(input);
  const syllables: string[] = [];
  let at = 0;
  while (at < text.length) {
    let found = '';
    for (let len = Math.min(ix.longestSyllable, text.length - at); len > 0; len--) {
      const piece = text.slice(at, at + len);
      if (ix.bySyllable.has(piece)) {
        found = piece;
        break;
      }
    }
    if (found === '') break;
    syllables.push(found);
    at += found.length;
  }
  const rest = text.slice(at);
  const isPrefix = rest !== '' && ix.syllables.some((s) => s.startsWith(rest));
  return { syllables, partial: isPrefix ? rest : '', invalid: isPrefix ? '' : rest };
}

export interface CandidateOptions {
  /** The first character of a name: surnames (under their surname reading) come first. */
  readonly first: boolean;
  readonly limit?: number;
}

/**
 * Candidates for what has been typed. One syllable or the start of one
 * (`wang`, `wan`, `w`) offers its own characters first, then those of longer
 * syllables it begins (`wan` → 万…, then 王…), so a seeker sees 王 before
 * finishing the word. More syllables (`wangfang`) offer the first one's.
 */
export function candidates(input: string, options: CandidateOptions): Candidate[] {
  const ix = getIndex();
  const text = normalizeTyped(input);
  if (text === '') return [];
  const split = splitPinyin(text);
  const first = split.syllables[0];
  const single = split.syllables.length <= 1 && split.invalid === '' && (first === undefined || split.partial === '');
  const head = single ? text : (first ?? '');
  if (head === '') return [];

  const score = (char: string, syllable: string): number => {
    const surname = options.first ? ix.surnames.get(char) : undefined;
    if (surname !== undefined && surname.reading === syllable) return surname.rank - 1_000_000;
    return ix.rank.get(char) ?? Number.MAX_SAFE_INTEGER;
  };
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const take = (syllables: readonly string[], tier: number) => {
    const found: { c: Candidate; s: number }[] = [];
    for (const syllable of syllables) {
      for (const char of ix.bySyllable.get(syllable) ?? []) {
        if (seen.has(char)) continue;
        seen.add(char);
        found.push({
          c: { char, syllable, consumes: single ? text.length : syllable.length },
          s: score(char, syllable) + tier,
        });
      }
    }
    found.sort((a, b) => a.s - b.s);
    for (const f of found) out.push(f.c);
  };
  if (ix.bySyllable.has(head)) take([head], 0);
  if (single)
    take(
      ix.syllables.filter((s) => s !== head && s.startsWith(head)),
      0,
    );
  return options.limit === undefined ? out : out.slice(0, options.limit);
}
