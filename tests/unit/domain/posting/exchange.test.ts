import { describe, expect, it } from 'vitest';
import { postingContentSchema } from '../../../../domain/posting/content';
import {
  exchangePostingSchema,
  exportPosting,
  parseLooseExchange,
  toPostingContent,
} from '../../../../domain/posting/exchange';
import { cleanPosting } from '../../../fixtures/postings/clean-posting';

/** Vitest's asymmetric matchers are typed `any`; these say what they stand for. */
const containing = (text: string): unknown => expect.stringContaining(text);

describe('parseLooseExchange', () => {
  it('reads a well-formed posting and ignores keys it does not know', () => {
    const line = { ...cleanPosting(), expect: 'ok', why: 'clean' };
    const parsed = parseLooseExchange(line);
    expect(parsed).toEqual({ ok: true, posting: cleanPosting() });
  });

  it('leaves out fields of the wrong type instead of failing', () => {
    const parsed = parseLooseExchange({ title: ['x'], pay: { amount: 'lots', unit: 5 }, location: 'here' });
    expect(parsed).toEqual({ ok: true, posting: { pay: { unit: '5' } } });
  });

  it('reads numbers typed as text, and text typed as numbers', () => {
    const parsed = parseLooseExchange({ pay: { amount: ' 20.5 ' }, headcount: '3', contact: { phone: 13983001234 } });
    expect(parsed).toEqual({
      ok: true,
      posting: { pay: { amount: 20.5 }, headcount: 3, contact: { phone: '13983001234' } },
    });
  });

  it.each([null, 1, 'a', [], [{}], true])('refuses %j with a bilingual reason', (input) => {
    const parsed = parseLooseExchange(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toEqual({ zh: containing('JSON'), en: containing('JSON') });
  });
});

describe('toPostingContent', () => {
  it('produces the strict stored form, with the district as its code and the matched occupation', () => {
    const result = toPostingContent(cleanPosting());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(postingContentSchema.safeParse(result.content).success).toBe(true);
    expect(result.content.location).toEqual({ district: '500106', address: '三峡广场步行街18号' });
    expect(result.content.occupation).toBe('营业员');
    expect(result.content.occupationCode).toBe('sales');
    expect(result.employer).toEqual({ name: '重庆沙坪坝某商贸有限公司', creditCode: '91500106MA5YH2L8QN' });
  });

  it('maps a former district to its successor', () => {
    const result = toPostingContent(cleanPosting({ location: { district: '渝北区', address: '某路1号' } }));
    expect(result.ok && result.content.location.district).toBe('500199');
  });

  it('stores the phone in its normalised form', () => {
    const result = toPostingContent(cleanPosting({ contact: { name: '陈女士', phone: '(023) 6501 2345' } }));
    expect(result.ok && result.content.contact.phone).toBe('023-65012345');
  });

  it('keeps an employer without a credit code', () => {
    const result = toPostingContent(cleanPosting({ employer: { name: '张家' } }));
    expect(result.ok && result.employer).toEqual({ name: '张家' });
  });

  it('gives no occupation code when the wording matches no curated occupation', () => {
    const result = toPostingContent(cleanPosting({ occupation: '吉祥物扮演' }));
    expect(result.ok && result.content.occupationCode).toBeNull();
  });

  it('lists every problem instead of a content when fields are missing or wrong', () => {
    const result = toPostingContent({
      ...cleanPosting(),
      pay: { amount: -1, unit: 'week', method: 'daily' },
      headcount: 0,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toEqual([
      'field.pay.amount.invalid',
      'field.pay.unit.invalid',
      'field.headcount.invalid',
    ]);
  });

  it('does not screen wording: a discriminatory but complete posting still converts', () => {
    expect(toPostingContent(cleanPosting({ skills: '限男' })).ok).toBe(true);
  });
});

describe('exportPosting', () => {
  it('writes the exchange format back with the district name, and round-trips a clean posting', () => {
    const result = toPostingContent(cleanPosting());
    if (!result.ok) throw new Error('clean posting did not convert');
    const exported = exportPosting(result.content, result.employer, 'clean-1');
    expect(exchangePostingSchema.parse(exported)).toEqual(exported);
    expect(exported).toEqual(cleanPosting());
  });

  it('leaves out the credit code when the employer has none', () => {
    const result = toPostingContent(cleanPosting({ employer: { name: '张家' } }));
    if (!result.ok) throw new Error('posting did not convert');
    const exported = exportPosting(result.content, result.employer, 'p-2');
    expect(exported.employer).toEqual({ name: '张家' });
    expect('creditCode' in exported.employer).toBe(false);
  });

  it('exports what toPostingContent accepts again unchanged', () => {
    const first = toPostingContent(cleanPosting({ location: { district: '江北区', address: '观音桥1号' } }));
    if (!first.ok) throw new Error('posting did not convert');
    const exported = exportPosting(first.content, first.employer, 'p-3');
    expect(exported.location.district).toBe('两江新区');
    const second = toPostingContent(exported);
    expect(second).toEqual(first);
  });
});
