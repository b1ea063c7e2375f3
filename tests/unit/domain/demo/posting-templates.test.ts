import { describe, expect, it } from 'vitest';
import { POSTING_TEMPLATES, fitsSector } from '../../../../domain/demo/posting-templates';
import { EMPLOYER_CATALOGUE } from '../../../../domain/demo/employers';
import { OCCUPATIONS, matchOccupation, occupationByCode } from '../../../../domain/reference/occupations';

/** What the brief and the minimum-wage floor allow per pay unit. */
const PAY_RANGES = { hour: [22, 35], day: [150, 350], month: [3000, 6500] } as const;

describe('demo posting templates', () => {
  it('cover every curated occupation, and name only curated ones', () => {
    const codes = new Set(POSTING_TEMPLATES.map((t) => t.code));
    expect([...codes].filter((c) => occupationByCode(c) === null)).toEqual([]);
    expect(OCCUPATIONS.map((o) => o.code).filter((c) => !codes.has(c))).toEqual([]);
  });

  it('write each 职业(工种) so that the occupation matcher maps it back to the template’s trade', () => {
    const wrong = POSTING_TEMPLATES.flatMap((t) =>
      t.variants
        .filter((v) => matchOccupation(v.occupation)?.code !== t.code)
        .map((v) => `${t.code}: ${v.occupation} → ${matchOccupation(v.occupation)?.code ?? 'nothing'}`),
    );
    expect(wrong).toEqual([]);
  });

  it('offer pay that fits its unit and a method that fits how such pay is settled', () => {
    for (const t of POSTING_TEMPLATES) {
      for (const p of t.pay) {
        expect(p.min).toBeLessThanOrEqual(p.max);
        expect(p.days[0]).toBeLessThanOrEqual(p.days[1]);
        expect(p.days[0]).toBeGreaterThanOrEqual(1);
        if (p.unit === 'hour' || p.unit === 'day' || p.unit === 'month') {
          const [lo, hi] = PAY_RANGES[p.unit];
          expect(p.min, `${t.code} ${p.unit}`).toBeGreaterThanOrEqual(lo);
          expect(p.max, `${t.code} ${p.unit}`).toBeLessThanOrEqual(hi);
        }
        if (p.unit === 'month') expect(p.method).toBe('monthly');
        if (p.unit === 'task') expect(p.method).toBe('on_completion');
        if (p.method === 'monthly') expect(p.unit).toBe('month');
      }
    }
  });

  it('give working hours as HH:MM-HH:MM with the end after the start', () => {
    for (const t of POSTING_TEMPLATES) {
      for (const h of t.hours) {
        const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(h);
        expect(m, `${t.code} ${h}`).not.toBeNull();
        expect(h.slice(6) > h.slice(0, 5), `${t.code} ${h}`).toBe(true);
      }
    }
  });

  it('have at least one employer in the catalogue for every trade', () => {
    const hired = new Set(EMPLOYER_CATALOGUE.flatMap((e) => e.hires));
    expect(OCCUPATIONS.map((o) => o.code).filter((c) => !hired.has(c))).toEqual([]);
    expect([...hired].filter((c) => occupationByCode(c) === null)).toEqual([]);
  });

  it('offer every catalogue employer a job that fits its sector in every trade it hires for', () => {
    const missing = EMPLOYER_CATALOGUE.flatMap((e) =>
      e.hires
        .filter(
          (code) => !POSTING_TEMPLATES.some((t) => t.code === code && t.variants.some((v) => fitsSector(v, e.sector))),
        )
        .map((code) => `${e.name}: ${code}`),
    );
    expect(missing).toEqual([]);
  });
});
