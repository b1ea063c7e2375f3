import { describe, expect, it } from 'vitest';
import { checkPostingFields } from '../../../../domain/posting/field-checks';
import type { LooseExchangePosting } from '../../../../domain/posting/exchange';
import { cleanPosting } from '../../../fixtures/postings/clean-posting';

/** Vitest's asymmetric matchers are typed `any`; these say what they stand for. */
const containing = (text: string): unknown => expect.stringContaining(text);
const matching = (shape: object): unknown => expect.objectContaining(shape);

const codes = (p: LooseExchangePosting, today?: string) => checkPostingFields(p, { today }).map((x) => x.code);

describe('checkPostingFields', () => {
  it('finds nothing wrong with a complete posting', () => {
    expect(checkPostingFields(cleanPosting())).toEqual([]);
  });

  it.each([
    ['occupation', { occupation: '' }, 'field.occupation.missing'],
    ['skills', { skills: '   ' }, 'field.skills.missing'],
    ['duration', { duration: undefined }, 'field.duration.missing'],
    ['content', { content: '' }, 'field.content.missing'],
    ['title', { title: '' }, 'field.title.missing'],
  ])('reports a blank or absent %s as missing', (_field, change, code) => {
    expect(codes({ ...cleanPosting(), ...change })).toEqual([code]);
  });

  it('reports text longer than the stored schema allows, with the limit', () => {
    const problems = checkPostingFields({ ...cleanPosting(), occupation: '工'.repeat(41) });
    expect(problems).toEqual([
      matching({
        code: 'field.occupation.too-long',
        field: 'occupation',
        message: { zh: containing('40'), en: containing('40') },
      }),
    ]);
  });

  it('needs a district of Chongqing and an address', () => {
    expect(codes({ ...cleanPosting(), location: { district: '沙坪坝区' } })).toEqual([
      'field.location.address.missing',
    ]);
    expect(codes({ ...cleanPosting(), location: { district: '朝阳区', address: '某路' } })).toEqual([
      'field.location.district.unknown',
    ]);
    expect(codes({ ...cleanPosting(), location: { district: '沙坪坝', address: '某路' } })).toEqual([]);
  });

  it.each([
    [{ amount: 0, unit: 'hour', method: 'daily' }, ['field.pay.amount.invalid']],
    [{ amount: -5, unit: 'hour', method: 'daily' }, ['field.pay.amount.invalid']],
    [{ amount: Number.POSITIVE_INFINITY, unit: 'hour', method: 'daily' }, ['field.pay.amount.invalid']],
    [{ unit: 'hour', method: 'daily' }, ['field.pay.amount.missing']],
    [{ amount: 20, unit: 'week', method: 'daily' }, ['field.pay.unit.invalid']],
    [{ amount: 20, unit: 'hour', method: 'yearly' }, ['field.pay.method.invalid']],
    [{ amount: 20 }, ['field.pay.unit.missing', 'field.pay.method.missing']],
  ])('checks pay %j', (pay, expected) => {
    expect(codes({ ...cleanPosting(), pay })).toEqual(expected);
  });

  it('accepts every pay unit and method the stored schema allows', () => {
    for (const unit of ['hour', 'day', 'piece', 'task', 'month']) {
      for (const method of ['daily', 'weekly', 'monthly', 'on_completion']) {
        expect(codes({ ...cleanPosting(), pay: { amount: 1, unit, method } })).toEqual([]);
      }
    }
  });

  it.each([0, -1, 1.5, 10_001])('refuses a headcount of %d', (headcount) => {
    expect(codes({ ...cleanPosting(), headcount })).toEqual(['field.headcount.invalid']);
  });

  it.each(['2026-02-30', '2026-13-01', '06/12/2026', 'tomorrow'])('refuses %s as a valid-until date', (validUntil) => {
    expect(codes({ ...cleanPosting(), validUntil })).toEqual(['field.validUntil.invalid']);
  });

  it('reports a posting past its date only when given today', () => {
    const p = { ...cleanPosting(), validUntil: '2026-01-31' };
    expect(codes(p)).toEqual([]);
    expect(codes(p, '2026-02-01')).toEqual(['field.validUntil.expired']);
  });

  it('explains a wrong credit code and accepts none at all', () => {
    const wrong = checkPostingFields({
      ...cleanPosting(),
      employer: { name: '某公司', creditCode: '91500106MA5YH2L8Q0' },
    });
    expect(wrong).toEqual([
      matching({
        code: 'field.employer.creditCode.invalid',
        message: matching({ en: containing('check character') }),
      }),
    ]);
    expect(codes({ ...cleanPosting(), employer: { name: '某公司' } })).toEqual([]);
    expect(codes({ ...cleanPosting(), employer: { name: '某公司', creditCode: '' } })).toEqual([]);
    expect(codes({ ...cleanPosting(), employer: { creditCode: '91500106MA5YH2L8QN' } })).toEqual([
      'field.employer.name.missing',
    ]);
  });

  it.each(['13983001234', '023-65012345', '+86 139 8300 1234', '１３９８３００１２３４'])(
    'accepts the phone %s',
    (phone) => {
      expect(codes({ ...cleanPosting(), contact: { name: '周经理', phone } })).toEqual([]);
    },
  );

  it.each(['1398300', '12345678901', '微信同号', 'abc'])('refuses the phone %s', (phone) => {
    expect(codes({ ...cleanPosting(), contact: { name: '周经理', phone } })).toEqual(['field.contact.phone.invalid']);
  });

  it('needs a contact name and phone', () => {
    expect(codes({ ...cleanPosting(), contact: {} })).toEqual([
      'field.contact.name.missing',
      'field.contact.phone.missing',
    ]);
  });

  it('writes every problem in Chinese and English and cites its basis', () => {
    for (const p of checkPostingFields({})) {
      expect(p.message.zh).toMatch(/\p{Script=Han}/u);
      expect(p.message.en).toMatch(/[a-z]/);
      expect(p.basis).toMatch(/《.+》/);
    }
  });
});
