import { describe, expect, it } from 'vitest';
import { RULES_TABLE, RULES_VERSION } from '../../../../domain/posting/rules';
import type { Rule, RulesTable } from '../../../../domain/posting/rules';
import { screenPosting, worstVerdict } from '../../../../domain/posting/screen';
import { cleanPosting } from '../../../fixtures/postings/clean-posting';

/** Vitest's asymmetric matchers are typed `any`; these say what they stand for. */
const containing = (text: string): unknown => expect.stringContaining(text);

describe('screenPosting', () => {
  it('passes a clean posting with no findings and names the rules version', () => {
    expect(screenPosting(cleanPosting())).toEqual({ verdict: 'ok', findings: [], rulesVersion: RULES_VERSION });
  });

  it('reports the field, the rule, the law and the words as written', () => {
    const result = screenPosting(cleanPosting({ skills: '会收银，僅 限 女 性' }));
    expect(result.findings).toEqual([
      {
        code: 'gender.women-only',
        verdict: 'block',
        field: 'skills',
        message: { zh: containing('性别限制'), en: containing('gender restriction') },
        basis: containing('《人力资源市场暂行条例》第二十四条'),
        quote: '僅 限 女 性',
      },
    ]);
  });

  it.each(['title', 'occupation', 'skills', 'duration', 'content'] as const)('screens the %s field', (field) => {
    const result = screenPosting(cleanPosting({ [field]: '男士优先' }));
    expect(result.findings.map((f) => [f.code, f.field])).toEqual([['gender.men-only', field]]);
  });

  it('does not screen the contact name: 李女士 and 王先生 are names', () => {
    for (const name of ['李女士', '王先生', '限女', '男士优先']) {
      expect(screenPosting(cleanPosting({ contact: { name, phone: '13983001234' } })).verdict).toBe('ok');
    }
  });

  it('does not screen the employer name for wording', () => {
    const employer = { name: '重庆男装女装有限公司', creditCode: '91500106MA5YH2L8QN' };
    expect(screenPosting(cleanPosting({ employer })).verdict).toBe('ok');
  });

  it('screens the address for off-platform contact only', () => {
    const viaAddress = screenPosting(cleanPosting({ location: { district: '沙坪坝区', address: '到了加微信' } }));
    expect(viaAddress.findings.map((f) => [f.code, f.field])).toEqual([['off-platform.contact', 'location.address']]);
    const genderInAddress = cleanPosting({ location: { district: '沙坪坝区', address: '男士优先路1号' } });
    expect(screenPosting(genderInAddress).verdict).toBe('ok');
  });

  it('reports one finding per rule and field, and each field that trips it', () => {
    const result = screenPosting(cleanPosting({ skills: '限男，男士优先，只招男', content: '男性优先' }));
    expect(result.findings.map((f) => [f.code, f.field])).toEqual([
      ['gender.men-only', 'skills'],
      ['gender.men-only', 'content'],
    ]);
  });

  it('takes the worst finding as the verdict', () => {
    const result = screenPosting(cleanPosting({ content: '月入过万，加微信，押金200元' }));
    expect(result.verdict).toBe('block');
    expect(result.findings.map((f) => f.verdict).sort()).toEqual(['block', 'warn', 'warn']);
  });

  it('lowers a men-only limit to a warning when the work may be barred to women, with the reason', () => {
    const result = screenPosting(cleanPosting({ title: '矿井掘进工', skills: '限男性' }));
    expect(result.verdict).toBe('warn');
    expect(result.findings[0]).toMatchObject({
      code: 'gender.men-only',
      verdict: 'warn',
      basis: containing('《女职工劳动保护特别规定》'),
      message: { zh: containing('审核员'), en: containing('reviewer') },
    });
  });

  it('does not lower a women-only limit for heavy work', () => {
    expect(screenPosting(cleanPosting({ title: '搬运工', skills: '限女性' })).verdict).toBe('block');
  });

  it('keeps an exclusion that sits beside an allowed phrase', () => {
    const result = screenPosting(cleanPosting({ content: '男女不限，但男士优先' }));
    expect(result.findings.map((f) => f.quote)).toEqual(['男士优先']);
  });

  it('blocks a posting with a fee even when another sentence says there are none', () => {
    expect(screenPosting(cleanPosting({ content: '免费培训，服装费100元' })).verdict).toBe('block');
  });

  it('fires a rule with `requires` only when the required words appear somewhere in the posting', () => {
    expect(screenPosting(cleanPosting({ content: '先培训后上岗' })).verdict).toBe('ok');
    const withMoney = screenPosting(cleanPosting({ content: '先培训后上岗', skills: '培训要收钱' }));
    expect(withMoney.findings.map((f) => f.code)).toContain('fraud.paid-training-first');
  });

  it('blocks a posting that is not an object, without throwing', () => {
    for (const input of [null, 42, 'text', [1, 2], true, undefined]) {
      const result = screenPosting(input);
      expect(result.verdict).toBe('block');
      expect(result.findings.map((f) => f.code)).toEqual(['posting.not-an-object']);
    }
  });

  it('turns every missing field of an empty object into a finding', () => {
    const fields = screenPosting({}).findings.map((f) => f.field);
    expect(fields).toEqual([
      'title',
      'occupation',
      'skills',
      'location.district',
      'location.address',
      'duration',
      'content',
      'pay.amount',
      'pay.unit',
      'pay.method',
      'headcount',
      'validUntil',
      'employer.name',
      'contact.name',
      'contact.phone',
    ]);
  });

  it('blocks an expired posting only when told the day', () => {
    const posting = cleanPosting({ validUntil: '2026-12-06' });
    expect(screenPosting(posting).verdict).toBe('ok');
    expect(screenPosting(posting, { today: '2026-12-06' }).verdict).toBe('ok');
    const late = screenPosting(posting, { today: '2026-12-07' });
    expect(late.findings.map((f) => f.code)).toEqual(['field.validUntil.expired']);
  });

  it('uses a rules table passed in, and reports its version', () => {
    const extra: Rule = {
      code: 'local.test-word',
      verdict: 'warn',
      category: 'fraud',
      fields: ['content'],
      patterns: ['测试词'],
      allow: ['不是测试词'],
      message: { zh: '测试', en: 'test' },
      basis: '测试',
    };
    const table: RulesTable = { version: 'local-1', rules: [...RULES_TABLE.rules, extra] };
    const result = screenPosting(cleanPosting({ content: '含有測試詞' }), { table });
    expect(result).toMatchObject({ verdict: 'warn', rulesVersion: 'local-1' });
    expect(result.findings.map((f) => f.code)).toEqual(['local.test-word']);
    expect(screenPosting(cleanPosting({ content: '这不是测试词' }), { table }).verdict).toBe('ok');
    expect(screenPosting(cleanPosting({ content: '含有测试词' })).verdict).toBe('ok');
  });

  it('applies a numeric condition to the number the pattern captured, in digits or Chinese numerals', () => {
    const rule: Rule = {
      code: 'local.small-team',
      verdict: 'warn',
      category: 'fraud',
      fields: ['content'],
      patterns: ['(?<n>\\d+|[一二三四五六七八九十]+)人'],
      allow: [],
      numeric: { group: 'n', gte: 3, lte: 5 },
      message: { zh: '测试', en: 'test' },
      basis: '测试',
    };
    const table: RulesTable = { version: 't', rules: [rule] };
    const verdictFor = (content: string) => screenPosting(cleanPosting({ content }), { table }).verdict;
    expect(verdictFor('2人')).toBe('ok');
    expect(verdictFor('3人')).toBe('warn');
    expect(verdictFor('五人')).toBe('warn');
    expect(verdictFor('6人')).toBe('ok');
    expect(verdictFor('2人或4人')).toBe('warn');
  });
});

describe('worstVerdict', () => {
  it('is ok for no findings, warn for warnings only, block when any blocks', () => {
    expect(worstVerdict([])).toBe('ok');
    expect(worstVerdict([{ verdict: 'warn' }, { verdict: 'warn' }])).toBe('warn');
    expect(worstVerdict([{ verdict: 'warn' }, { verdict: 'block' }, { verdict: 'warn' }])).toBe('block');
  });
});
