// The demo's only source of chance. Everything in the demo market comes from a
// seed, so a test, a screenshot and a bug report all see the same postings.
// xoshiro128** (Blackman & Vigna) seeded through splitmix32: small, fast, and
// good enough that 300 postings do not show visible patterns.

import type { RandomBytes } from '../ids/uuidv7';

export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, each chosen with probability proportional to its weight. */
  weighted<T>(items: readonly { readonly value: T; readonly weight: number }[]): T;
  /** A new array with the items in random order. */
  shuffle<T>(items: readonly T[]): T[];
  /** A random-byte source for domain/ids/uuidv7, so ids follow the seed too. */
  readonly bytes: RandomBytes;
}

function splitmix32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

/** FNV-1a over UTF-16 code units: names a stream so each part of the demo draws its own numbers. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/**
 * A generator for `seed` (any safe integer) and a named stream. Separate
 * streams keep the parts independent: adding an employer does not reshuffle
 * every posting drawn after it.
 */
export function createPrng(seed: number, stream = ''): Prng {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`种子须为安全整数 / the seed must be a safe integer: ${seed}`);
  }
  const low = splitmix32((seed >>> 0) ^ hashLabel(stream));
  const high = splitmix32(Math.floor(seed / 2 ** 32) >>> 0);
  let s0 = low();
  let s1 = high();
  let s2 = low();
  let s3 = high() | 1; // an all-zero state would only ever yield zeros

  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };

  const next = (): number => nextU32() / 2 ** 32;

  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`整数范围无效 / invalid integer range [${min}, ${max}]`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('不能从空列表中选取 / cannot pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };

  const weighted = <T>(items: readonly { readonly value: T; readonly weight: number }[]): T => {
    if (items.some((item) => !(item.weight >= 0))) throw new RangeError('权重不能为负 / weights cannot be negative');
    const total = items.reduce((sum, item) => sum + item.weight, 0);
    if (!(total > 0)) throw new RangeError('权重之和须为正 / weights must add up to more than zero');
    let r = next() * total;
    let lastPossible: T | undefined;
    for (const item of items) {
      if (item.weight === 0) continue;
      lastPossible = item.value;
      r -= item.weight;
      if (r < 0) return item.value;
    }
    // Rounding can leave r a hair above zero after the last item; that item is the answer.
    return lastPossible as T;
  };

  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };

  const bytes: RandomBytes = (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = nextU32() & 0xff;
    return out;
  };

  return { next, int, chance: (p) => next() < p, pick, weighted, shuffle, bytes };
}
