import { describe, expect, it } from 'vitest';
import { OCCUPATIONS } from '../../../../domain/reference/occupations';
import { matchProfileSchema, QUICK_PROFILES, quickProfile, skillWords } from '../../../../domain/matching/profile';

describe('quick profiles', () => {
  it('name only trades from the curated occupation list', () => {
    const codes = new Set(OCCUPATIONS.map((o) => o.code));
    for (const q of QUICK_PROFILES) for (const t of q.trades) expect(codes.has(t)).toBe(true);
  });
  it('take the market’s own district for a nearby tile and give a valid profile', () => {
    for (const q of QUICK_PROFILES) {
      const p = quickProfile(q, '500117');
      expect(matchProfileSchema.parse(p)).toEqual(p);
      expect(p.areas).toEqual(q.nearby ? ['500117'] : []);
    }
  });
});

describe('skillWords', () => {
  it('splits a note on Chinese and ASCII punctuation, drops one-character bits and repeats', () => {
    expect(skillWords('电工证，会开车、电工证 5 叉车/焊工')).toEqual(['电工证', '会开车', '叉车', '焊工']);
  });
});
