import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postingContentSchema } from '../../../../domain/posting/content';
import { screenPosting, worstVerdict } from '../../../../domain/posting/screen';
import { cleanPosting } from '../../../fixtures/postings/clean-posting';
import { assertProperty } from '../../../support/property';

const TEXT_FIELDS = ['title', 'occupation', 'skills', 'duration', 'content'] as const;

/** The stored schema's length limit: a generated field stays within it, or the screener rightly says too long. */
function fieldLimit(field: (typeof TEXT_FIELDS)[number]): number {
  const max = postingContentSchema.shape[field].maxLength;
  if (max === null) throw new Error(`${field} has no length limit in postingContentSchema`);
  return max;
}

/** The base text followed by as many of the phrases as fit the field's limit (at least one always does). */
function withinLimit(limit: number, base: string, phrases: readonly string[], separator: string): string {
  let text = base;
  for (const p of phrases) {
    const next = `${text}${separator}${p}`;
    if (Array.from(next).length > limit) break;
    text = next;
  }
  return text;
}

/** Wording that must never raise a finding on its own or beside other such wording. */
const ALLOWED = [
  '男女不限',
  '性别不限',
  '男装店导购',
  '婚庆布置',
  '民族风餐厅',
  '请联系李女士',
  '不收押金',
  '不收取任何费用',
  '免押金',
  '免费培训',
  '欢迎残疾人',
  '残疾人优先',
  '需持健康证',
  '身体健康',
  '户外作业',
  '适合上班族',
  '不限户籍',
  '户籍不限',
  '16周岁以上',
  '少数民族优先',
  '工资微信转账',
  '培训费由公司承担',
  '照顾80岁以上老人',
  '严禁使用童工',
] as const;

/** Words the rules care about, mixed with filler, so generated text hits the rules often. */
const VOCABULARY = [
  '限',
  '男',
  '女',
  '性',
  '优先',
  '不限',
  '勿扰',
  '已婚',
  '户籍',
  '本地',
  '外地',
  '人',
  '乙肝',
  '携带者',
  '残疾',
  '押金',
  '不收',
  '身份证',
  '保管',
  '14',
  '16',
  '45',
  '岁',
  '以上',
  '以下',
  '周',
  '微信',
  'QQ',
  '月入过万',
  '刷单',
  '，',
  '。',
  ' ',
  '·',
  '\u200b',
  '僅',
  '戶',
  '歲',
  '工作',
  '收银',
  '理货',
  '-',
];

const phrase = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 12 }).map((parts) => parts.join(''));

describe('screening properties', { timeout: 30_000 }, () => {
  it('never throws on arbitrary JSON values', () => {
    assertProperty(
      fc.property(fc.jsonValue(), (value) => {
        const result = screenPosting(value);
        expect(['ok', 'warn', 'block']).toContain(result.verdict);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on posting-shaped objects whose fields hold anything', () => {
    const anyValue = fc.oneof(fc.anything(), fc.string(), fc.double(), phrase);
    const postingShaped = fc.record(
      {
        id: anyValue,
        title: anyValue,
        occupation: anyValue,
        skills: anyValue,
        location: fc.oneof(fc.record({ district: anyValue, address: anyValue }, { requiredKeys: [] }), anyValue),
        duration: anyValue,
        content: anyValue,
        pay: fc.oneof(
          fc.record({ amount: anyValue, unit: anyValue, method: anyValue }, { requiredKeys: [] }),
          anyValue,
        ),
        headcount: anyValue,
        validUntil: anyValue,
        employer: fc.oneof(fc.record({ name: anyValue, creditCode: anyValue }, { requiredKeys: [] }), anyValue),
        contact: fc.oneof(fc.record({ name: anyValue, phone: anyValue }, { requiredKeys: [] }), anyValue),
      },
      { requiredKeys: [] },
    );
    assertProperty(
      fc.property(postingShaped, (value) => {
        expect(() => screenPosting(value)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('gives the worst finding as the verdict, and quotes only text that is in the field it names', () => {
    assertProperty(
      fc.property(fc.constantFrom(...TEXT_FIELDS), phrase, (field, text) => {
        const posting = cleanPosting({ [field]: `${text}收银` });
        const result = screenPosting(posting);
        expect(result.verdict).toBe(worstVerdict(result.findings));
        for (const f of result.findings) {
          if (f.quote === undefined) continue;
          expect(f.quote.length).toBeGreaterThan(0);
          expect(posting[f.field as (typeof TEXT_FIELDS)[number]]).toContain(f.quote);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a clean posting ok when allowed phrases are added to any text field', () => {
    assertProperty(
      fc.property(
        fc.constantFrom(...TEXT_FIELDS),
        fc.array(fc.constantFrom(...ALLOWED), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('，', '。', '；', ', '),
        (field, phrases, separator) => {
          const base = cleanPosting();
          const text = withinLimit(fieldLimit(field), base[field], phrases, separator);
          expect(text.length).toBeGreaterThan(base[field].length);
          const result = screenPosting(cleanPosting({ [field]: text }));
          expect(result.findings).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('still blocks a blocked phrase however it is spaced out between Chinese characters', () => {
    const blocked = [
      '仅限女性',
      '男士优先',
      '不招少数民族',
      '仅限本地户籍',
      '乙肝携带者不要',
      '残疾人勿扰',
      '入职交押金',
      '扣押身份证',
    ];
    const gap = fc.array(fc.constantFrom(' ', '\u3000', '·', '•', '*', '_', '\u200b', '\u200c', '\ufeff'), {
      maxLength: 3,
    });
    assertProperty(
      fc.property(fc.constantFrom(...blocked), fc.array(gap, { minLength: 8, maxLength: 8 }), (text, gaps) => {
        const chars = Array.from(text);
        const spaced = chars.map((ch, i) => (i === 0 ? ch : `${(gaps[i] ?? []).join('')}${ch}`)).join('');
        const plain = screenPosting(cleanPosting({ content: text })).findings.map((f) => f.code);
        const result = screenPosting(cleanPosting({ content: spaced }));
        expect(result.verdict).toBe('block');
        expect(result.findings.map((f) => f.code)).toEqual(plain);
      }),
      { numRuns: 500 },
    );
  });
});
