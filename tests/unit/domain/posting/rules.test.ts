import { describe, expect, it } from 'vitest';
import { RULES, RULES_TABLE, RULES_VERSION, rulesTableSchema } from '../../../../domain/posting/rules';
import type { Rule, RulesTable } from '../../../../domain/posting/rules';
import { screenPosting } from '../../../../domain/posting/screen';
import { cleanPosting } from '../../../fixtures/postings/clean-posting';

const aRule = (overrides: Partial<Rule> = {}): Rule => ({
  code: 'test.sample',
  verdict: 'warn',
  category: 'hype',
  fields: ['content'],
  patterns: ['示例'],
  allow: [],
  message: { zh: '示例', en: 'sample' },
  basis: '测试',
  ...overrides,
});

const tableWith = (...rules: Rule[]): RulesTable => ({ version: 'test', rules });

describe('the built-in rules table', () => {
  it('validates against its own schema', () => {
    const result = rulesTableSchema.safeParse(RULES_TABLE);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('gives every rule a unique code', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('carries the version', () => {
    expect(RULES_TABLE.version).toBe(RULES_VERSION);
  });

  it('gives every rule a bilingual message and a legal basis', () => {
    for (const rule of RULES) {
      expect(rule.message.zh).toMatch(/\p{Script=Han}/u);
      expect(rule.message.en).toMatch(/[a-z]/);
      expect(rule.basis).toMatch(/《.+》/);
    }
  });

  // One wording per rule and the verdict the rulebook gives it, written out here rather than read
  // from the table under test, so a rule whose verdict is changed (or that no longer fires) is noticed.
  const EXAMPLES: ReadonlyArray<readonly [code: string, wording: string, verdict: 'block' | 'warn']> = [
    ['gender.men-only', '限男', 'block'],
    ['gender.women-only', '仅限女性', 'block'],
    ['marital.status', '已婚优先', 'block'],
    ['marital.pregnancy', '入职需孕检', 'block'],
    ['ethnicity.exclusion', '不招少数民族', 'block'],
    ['religion.exclusion', '信教者勿扰', 'block'],
    ['origin.exclusion', '外地人勿扰', 'block'],
    ['health.infectious-carrier', '乙肝携带者不要', 'block'],
    ['health.no-infectious-disease', '无传染病', 'warn'],
    ['disability.exclusion', '残疾人勿扰', 'block'],
    ['child-labour.explicit', '可招童工', 'block'],
    ['child-labour.minimum-age', '14周岁以上即可', 'block'],
    ['age.minimum', '25岁以上', 'warn'],
    ['age.maximum', '限40岁以下', 'warn'],
    ['fees.charged-to-worker', '入职交押金', 'block'],
    ['documents.withheld', '押身份证', 'block'],
    ['off-platform.contact', '加微信', 'warn'],
    ['hype.get-rich', '月入过万', 'warn'],
    ['fraud.task-scam', '刷单', 'warn'],
    ['fraud.training-scheme', '招转培', 'warn'],
    ['fraud.paid-training-first', '先培训后上岗，培训要收钱', 'warn'],
  ];

  it('has an example for every rule (and no example for a rule that is gone)', () => {
    expect(EXAMPLES.map(([code]) => code).sort()).toEqual(RULES.map((r) => r.code).sort());
  });

  it.each(EXAMPLES)('fires %s on "%s" as %s', (code, wording, verdict) => {
    const result = screenPosting(cleanPosting({ content: wording }));
    const finding = result.findings.find((f) => f.code === code);
    expect(finding?.verdict).toBe(verdict);
  });
});

describe('rulesTableSchema', () => {
  const issues = (table: unknown) => {
    const r = rulesTableSchema.safeParse(table);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('accepts a well-formed extended table', () => {
    expect(issues({ version: 'x', rules: [...RULES, aRule()] })).toEqual([]);
  });

  it('refuses duplicate rule codes', () => {
    expect(issues(tableWith(aRule(), aRule())).join()).toMatch(/duplicate rule code/);
  });

  it('refuses a pattern that is not a valid regular expression', () => {
    expect(issues(tableWith(aRule({ patterns: ['(unclosed'] }))).join()).toMatch(/invalid regular expression/);
  });

  it('refuses a pattern that matches the empty text, which would flag every posting', () => {
    expect(issues(tableWith(aRule({ patterns: ['x*'] }))).join()).toMatch(/empty text/);
  });

  it('refuses a numeric condition whose group a pattern does not capture', () => {
    const rule = aRule({ patterns: ['(\\d+)岁'], numeric: { group: 'min', lt: 16 } });
    expect(issues(tableWith(rule)).join()).toMatch(/named group min/);
  });

  it('refuses a numeric condition without any bound', () => {
    const rule = aRule({ patterns: ['(?<min>\\d+)岁'], numeric: { group: 'min' } });
    expect(issues(tableWith(rule)).join()).toMatch(/at least one bound/);
  });

  it('refuses a downgrade on a rule that only warns', () => {
    const rule = aRule({
      verdict: 'warn',
      downgrade: { when: ['矿山'], verdict: 'warn', message: { zh: '降级', en: 'lowered' }, basis: '测试' },
    });
    expect(issues(tableWith(rule)).join()).toMatch(/only a block rule/);
  });

  it('refuses codes that field checks use, and malformed codes', () => {
    expect(issues(tableWith(aRule({ code: 'field.title.missing' }))).join()).toMatch(/field checks/);
    expect(issues(tableWith(aRule({ code: 'NoDot' }))).join()).toMatch(/category\.name/);
  });

  it('refuses unknown fields, verdicts and categories', () => {
    expect(issues(tableWith({ ...aRule(), fields: ['contact.name'] } as unknown as Rule))).not.toEqual([]);
    expect(issues(tableWith({ ...aRule(), verdict: 'maybe' } as unknown as Rule))).not.toEqual([]);
    expect(issues(tableWith({ ...aRule(), category: 'other' } as unknown as Rule))).not.toEqual([]);
  });

  it('refuses an empty table', () => {
    expect(issues({ version: 'x', rules: [] })).not.toEqual([]);
  });
});
