// The shape of the screening rules table. Operators extend the table (a new
// evasion, a new local wording); this schema is what stands between a typo in
// their regex and a screener that silently flags every posting or none.

import { z } from 'zod';

export const VERDICTS = ['block', 'warn'] as const;
export type RuleVerdict = (typeof VERDICTS)[number];

export const RULE_CATEGORIES = [
  'gender',
  'marital',
  'ethnicity',
  'religion',
  'origin',
  'health',
  'disability',
  'child-labour',
  'age',
  'fees',
  'documents',
  'off-platform',
  'hype',
  'fraud',
] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

/** The free-text fields of a posting that rules read. The contact's name is never screened: 李女士 is a name, not a limit. */
export const SCREENED_FIELDS = ['title', 'occupation', 'skills', 'duration', 'content', 'location.address'] as const;
export type ScreenedField = (typeof SCREENED_FIELDS)[number];

/** Rule patterns run in Unicode mode, so `\p{Script=Han}` works and stray escapes are errors, not silent literals. */
export const RULE_REGEX_FLAGS = 'u';

export const bilingualSchema = z.object({ zh: z.string().trim().min(1), en: z.string().trim().min(1) });
export type Bilingual = z.infer<typeof bilingualSchema>;

function compileProblem(source: string): string | null {
  let re: RegExp;
  try {
    re = new RegExp(source, RULE_REGEX_FLAGS);
  } catch (e) {
    return `正则表达式无效 / invalid regular expression: ${e instanceof Error ? e.message : String(e)}`;
  }
  // A pattern that matches nothing-at-all would match every text.
  if (re.test('')) return `正则表达式匹配空文本 / pattern matches the empty text: ${source}`;
  return null;
}

/** A JavaScript regular expression source, matched against normalised text (see domain/text/normalize). */
export const regexSourceSchema = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    const problem = compileProblem(source);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * A bound on a number the pattern captured in a named group (`(?<min>…)`),
 * written as digits or Chinese numerals. A match counts only when the number
 * is within every bound given.
 */
export const numericConditionSchema = z
  .object({
    group: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/),
    lt: z.number().optional(),
    lte: z.number().optional(),
    gt: z.number().optional(),
    gte: z.number().optional(),
  })
  .refine((c) => c.lt !== undefined || c.lte !== undefined || c.gt !== undefined || c.gte !== undefined, {
    error: '数值条件至少需要一个界限 / a numeric condition needs at least one bound',
  });
export type NumericCondition = z.infer<typeof numericConditionSchema>;

export const ruleSchema = z
  .object({
    /** Stable identifier, `category.what` in lower case; findings and review records carry it. */
    code: z
      .string()
      .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, '规则代码格式应为 category.name / code must look like category.name')
      .refine((c) => !c.startsWith('field.') && !c.startsWith('posting.'), {
        error: 'field. 和 posting. 前缀留给字段检查 / the field. and posting. prefixes belong to field checks',
      }),
    verdict: z.enum(VERDICTS),
    category: z.enum(RULE_CATEGORIES),
    fields: z.array(z.enum(SCREENED_FIELDS)).min(1),
    /** Any one matching (and not vetoed) fires the rule. */
    patterns: z.array(regexSourceSchema).min(1),
    /** Phrases that are fine: a pattern match overlapping one of these does not count (不限男女, 不收押金). */
    allow: z.array(regexSourceSchema),
    /** When present, the rule fires only if one of these also matches somewhere in the posting. */
    requires: z.array(regexSourceSchema).min(1).optional(),
    numeric: numericConditionSchema.optional(),
    /** Context that lowers a block to a warning for a reviewer to judge, with the message to show instead. */
    downgrade: z
      .object({
        when: z.array(regexSourceSchema).min(1),
        verdict: z.literal('warn'),
        message: bilingualSchema,
        basis: z.string().trim().min(1),
      })
      .optional(),
    message: bilingualSchema,
    /** The law, regulation or spec article the rule enforces. */
    basis: z.string().trim().min(1),
  })
  .superRefine((rule, ctx) => {
    const numeric = rule.numeric;
    if (numeric !== undefined) {
      rule.patterns.forEach((p, i) => {
        if (!p.includes(`(?<${numeric.group}>`)) {
          ctx.addIssue({
            code: 'custom',
            path: ['patterns', i],
            message: `模式缺少命名分组 ${numeric.group} / pattern lacks the named group ${numeric.group}`,
          });
        }
      });
    }
    if (rule.downgrade !== undefined && rule.verdict !== 'block') {
      ctx.addIssue({
        code: 'custom',
        path: ['downgrade'],
        message: '只有 block 规则可以降级 / only a block rule can be downgraded',
      });
    }
  });
export type Rule = z.infer<typeof ruleSchema>;

export const rulesTableSchema = z
  .object({
    version: z.string().trim().min(1),
    rules: z.array(ruleSchema).min(1),
  })
  .superRefine((table, ctx) => {
    const seen = new Set<string>();
    table.rules.forEach((rule, i) => {
      if (seen.has(rule.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'code'],
          message: `规则代码重复 / duplicate rule code: ${rule.code}`,
        });
      }
      seen.add(rule.code);
    });
  });
export type RulesTable = z.infer<typeof rulesTableSchema>;
