// The fields a posting must carry (规范第七条(一): 职业(工种)、技能要求、工作
// 地点、工作时长、工作内容、薪资待遇、计酬方式; 《人力资源市场暂行条例》第二十四条:
// the employer and headcount) and the checks that make them real: a phone
// that can be called, a district that exists, a credit code whose check
// character is right. Each problem names the field so the collector at the
// window can fix that field and nothing else.

import type { z } from 'zod';
import { creditCodeProblem } from '../ids/credit-code';
import { parsePhone } from '../ids/phone';
import { resolveDistrict } from '../reference/districts';
import { localDaySchema, nonEmptyText } from '../records/common';
import { HR_MARKET_24, SPEC_12_3, SPEC_7_1 } from './basis';
import { PAY_METHODS, PAY_UNITS, postingContentSchema } from './content';
import type { LooseExchangePosting } from './loose-posting';
import type { Bilingual } from './rule-schema';

export const SPEC_FIELDS_BASIS = SPEC_7_1;

export interface FieldProblem {
  /** `field.<path>.<what>`: missing, invalid, too-long, unknown, expired. */
  readonly code: string;
  /** Dotted path in the exchange format, e.g. `pay.amount`. */
  readonly field: string;
  readonly message: Bilingual;
  readonly basis: string;
}

export interface FieldCheckOptions {
  /** The market's local day (YYYY-MM-DD); when given, a posting valid only until before it is expired. */
  readonly today?: string;
}

const LABELS = {
  title: { zh: '标题', en: 'title' },
  occupation: { zh: '职业(工种)', en: 'occupation' },
  skills: { zh: '技能要求', en: 'skill requirements' },
  'location.district': { zh: '工作地点（区县）', en: 'work location (district)' },
  'location.address': { zh: '工作地点（详细地址）', en: 'work location (address)' },
  duration: { zh: '工作时长', en: 'working hours' },
  content: { zh: '工作内容', en: 'job content' },
  'pay.amount': { zh: '薪资待遇（金额）', en: 'pay amount' },
  'pay.unit': { zh: '计酬方式（计酬单位）', en: 'pay unit' },
  'pay.method': { zh: '计酬方式（结算方式）', en: 'pay method' },
  headcount: { zh: '招聘人数', en: 'headcount' },
  validUntil: { zh: '有效期', en: 'valid-until date' },
  'employer.name': { zh: '用工主体名称', en: 'employer name' },
  'employer.creditCode': { zh: '统一社会信用代码', en: 'unified social credit code' },
  'contact.name': { zh: '联系人', en: 'contact name' },
  'contact.phone': { zh: '联系电话', en: 'contact phone' },
} as const satisfies Record<string, Bilingual>;

export type CheckedField = keyof typeof LABELS;

const BASIS: Record<CheckedField, string> = {
  title: SPEC_12_3,
  occupation: SPEC_7_1,
  skills: SPEC_7_1,
  'location.district': SPEC_7_1,
  'location.address': SPEC_7_1,
  duration: SPEC_7_1,
  content: SPEC_7_1,
  'pay.amount': SPEC_7_1,
  'pay.unit': SPEC_7_1,
  'pay.method': SPEC_7_1,
  headcount: HR_MARKET_24,
  validUntil: SPEC_12_3,
  'employer.name': HR_MARKET_24,
  'employer.creditCode': SPEC_12_3,
  'contact.name': SPEC_12_3,
  'contact.phone': SPEC_12_3,
};

/** The employer's name is not part of the stored posting (content.ts); this is the limit the exchange format holds it to. */
const employerNameSchema = nonEmptyText(100);
const shape = postingContentSchema.shape;

function problem(field: CheckedField, what: string, detail: Bilingual): FieldProblem {
  const label = LABELS[field];
  return {
    code: `field.${field}.${what}`,
    field,
    message: { zh: `${label.zh}${detail.zh}`, en: `${label.en} ${detail.en}` },
    basis: BASIS[field],
  };
}

const MISSING: Bilingual = { zh: '缺失', en: 'is missing' };

/** A required text field: missing when absent or blank, too long past the stored schema's limit. */
function checkText(field: CheckedField, value: string | undefined, schema: z.ZodString): FieldProblem | null {
  if (value === undefined || value.trim() === '') return problem(field, 'missing', MISSING);
  if (schema.safeParse(value).success) return null;
  const max = schema.maxLength;
  return problem(field, 'too-long', {
    zh: max === null ? '过长' : `过长（最多 ${max} 字）`,
    en: max === null ? 'is too long' : `is too long (at most ${max} characters)`,
  });
}

function checkPay(p: LooseExchangePosting): FieldProblem[] {
  const out: FieldProblem[] = [];
  const amount = p.pay?.amount;
  if (amount === undefined) out.push(problem('pay.amount', 'missing', MISSING));
  else if (!shape.pay.shape.amount.safeParse(amount).success) {
    out.push(problem('pay.amount', 'invalid', { zh: '须为正数', en: 'must be a positive number' }));
  }
  const unit = p.pay?.unit;
  if (unit === undefined || unit.trim() === '') out.push(problem('pay.unit', 'missing', MISSING));
  else if (!shape.pay.shape.unit.safeParse(unit).success) {
    out.push(problem('pay.unit', 'invalid', oneOf(PAY_UNITS)));
  }
  const method = p.pay?.method;
  if (method === undefined || method.trim() === '') out.push(problem('pay.method', 'missing', MISSING));
  else if (!shape.pay.shape.method.safeParse(method).success) {
    out.push(problem('pay.method', 'invalid', oneOf(PAY_METHODS)));
  }
  return out;
}

function oneOf(values: readonly string[]): Bilingual {
  return { zh: `须为 ${values.join('、')} 之一`, en: `must be one of ${values.join(', ')}` };
}

function checkDistrict(district: string | undefined): FieldProblem | null {
  if (district === undefined || district.trim() === '') return problem('location.district', 'missing', MISSING);
  if (resolveDistrict(district) !== null) return null;
  return problem('location.district', 'unknown', {
    zh: '不是重庆市的区县',
    en: 'is not a district or county of Chongqing',
  });
}

function checkHeadcount(headcount: number | undefined): FieldProblem | null {
  if (headcount === undefined) return problem('headcount', 'missing', MISSING);
  if (shape.headcount.safeParse(headcount).success) return null;
  return problem('headcount', 'invalid', {
    zh: '须为 1 至 10000 的整数',
    en: 'must be a whole number from 1 to 10000',
  });
}

function checkValidUntil(validUntil: string | undefined, today: string | undefined): FieldProblem | null {
  if (validUntil === undefined || validUntil.trim() === '') return problem('validUntil', 'missing', MISSING);
  const day = validUntil.trim();
  if (!localDaySchema.safeParse(day).success) {
    return problem('validUntil', 'invalid', {
      zh: '须为真实日期（YYYY-MM-DD）',
      en: 'must be a real date (YYYY-MM-DD)',
    });
  }
  // ISO days compare correctly as strings.
  if (today !== undefined && day < today) {
    return problem('validUntil', 'expired', { zh: `已过期（早于 ${today}）`, en: `has passed (before ${today})` });
  }
  return null;
}

function checkEmployer(p: LooseExchangePosting): FieldProblem[] {
  const out: FieldProblem[] = [];
  const name = checkText('employer.name', p.employer?.name, employerNameSchema);
  if (name) out.push(name);
  const code = p.employer?.creditCode;
  // The credit code is optional (a private household hiring a cleaner has none), but a wrong one is a typo to fix.
  if (code !== undefined && code.trim() !== '') {
    const why = creditCodeProblem(code);
    if (why)
      out.push(problem('employer.creditCode', 'invalid', { zh: `无效：${why.zh}`, en: `is invalid: ${why.en}` }));
  }
  return out;
}

function checkContact(p: LooseExchangePosting): FieldProblem[] {
  const out: FieldProblem[] = [];
  const name = checkText('contact.name', p.contact?.name, shape.contact.shape.name);
  if (name) out.push(name);
  const phone = p.contact?.phone;
  if (phone === undefined || phone.trim() === '') out.push(problem('contact.phone', 'missing', MISSING));
  else if (parsePhone(phone) === null) {
    out.push(
      problem('contact.phone', 'invalid', {
        zh: '不是有效的手机或固定电话号码',
        en: 'is not a valid mobile or landline number',
      }),
    );
  }
  return out;
}

/** Every field problem of `p`, in the order the fields appear on the intake form. */
export function checkPostingFields(p: LooseExchangePosting, options: FieldCheckOptions = {}): FieldProblem[] {
  const found: (FieldProblem | null)[] = [
    checkText('title', p.title, shape.title),
    checkText('occupation', p.occupation, shape.occupation),
    checkText('skills', p.skills, shape.skills),
    checkDistrict(p.location?.district),
    checkText('location.address', p.location?.address, shape.location.shape.address),
    checkText('duration', p.duration, shape.duration),
    checkText('content', p.content, shape.content),
    ...checkPay(p),
    checkHeadcount(p.headcount),
    checkValidUntil(p.validUntil, options.today),
    ...checkEmployer(p),
    ...checkContact(p),
  ];
  return found.filter((x): x is FieldProblem => x !== null);
}
