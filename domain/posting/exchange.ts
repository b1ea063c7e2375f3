// The posting exchange format: what the CLI reads, what imports from employers
// and other systems arrive in, and what export writes (one JSON object per
// line, as in shared/samples/postings.jsonl). Unknown keys are ignored so a
// file can carry notes of its own (the samples carry `expect` and `why`).
//
// Reading is lenient on purpose: a posting with a missing or mistyped field
// still parses, so the screener can say which field is wrong instead of
// rejecting the whole line. `toPostingContent` is the strict step that turns
// it into the stored form.

import { z } from 'zod';
import { normalizeCreditCode } from '../ids/credit-code';
import { parsePhone } from '../ids/phone';
import { resolveDistrict } from '../reference/districts';
import { matchOccupation } from '../reference/occupations';
import { PAY_METHODS, PAY_UNITS, postingContentSchema } from './content';
import type { PostingContent } from './content';
import { checkPostingFields, SPEC_FIELDS_BASIS } from './field-checks';
import type { FieldCheckOptions, FieldProblem } from './field-checks';
import type { Bilingual } from './rule-schema';
import type { LooseExchangePosting } from './loose-posting';

export type { LooseExchangePosting };

/** The exchange format checked strictly: what export writes and a well-formed import holds. Unknown keys are dropped. */
export const exchangePostingSchema = z.object({
  id: z.string().optional(),
  title: z.string(),
  occupation: z.string(),
  skills: z.string(),
  location: z.object({ district: z.string(), address: z.string() }),
  duration: z.string(),
  content: z.string(),
  pay: z.object({ amount: z.number(), unit: z.enum(PAY_UNITS), method: z.enum(PAY_METHODS) }),
  headcount: z.number().int(),
  validUntil: z.string(),
  employer: z.object({ name: z.string(), creditCode: z.string().optional() }),
  contact: z.object({ name: z.string(), phone: z.string() }),
});

/** A posting exactly as the exchange format writes it. */
export type ExchangePosting = z.infer<typeof exchangePostingSchema>;
export type ExchangeEmployer = ExchangePosting['employer'];

/** Spreadsheets export phone numbers and ids as numbers; text fields take them as text. */
const text = z
  .preprocess((v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v), z.string())
  .optional()
  .catch(undefined);

/** Amounts and headcounts typed as "20" are read as 20; anything else unreadable is left out. */
const number = z
  .preprocess((v) => (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v), z.number())
  .optional()
  .catch(undefined);

const part = <T extends z.ZodRawShape>(shape: T) => z.object(shape).optional().catch(undefined);

const looseExchangeSchema = z.object({
  id: text,
  title: text,
  occupation: text,
  skills: text,
  location: part({ district: text, address: text }),
  duration: text,
  content: text,
  pay: part({ amount: number, unit: text, method: text }),
  headcount: number,
  validUntil: text,
  employer: part({ name: text, creditCode: text }),
  contact: part({ name: text, phone: text }),
});

export type LooseParse = { ok: true; posting: LooseExchangePosting } | { ok: false; error: Bilingual };

/** Any JSON value → the posting it describes, as far as it can be read. Only a non-object is refused. */
export function parseLooseExchange(input: unknown): LooseParse {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: { zh: '岗位信息应为 JSON 对象', en: 'a posting must be a JSON object' } };
  }
  const parsed = looseExchangeSchema.safeParse(input);
  // Every field catches its own errors, so this cannot fail for an object; keep the guard for the type.
  if (!parsed.success) {
    return { ok: false, error: { zh: '岗位信息无法读取', en: 'the posting could not be read' } };
  }
  return { ok: true, posting: dropUndefined(parsed.data) };
}

/** Zod keeps caught fields as explicit `undefined`; the loose type says absent. */
function dropUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[k] = typeof v === 'object' && v !== null ? dropUndefined(v) : v;
  }
  return out as T;
}

export type ToContentResult =
  { ok: true; content: PostingContent; employer: ExchangeEmployer } | { ok: false; problems: FieldProblem[] };

/**
 * The stored form of a posting, or every field problem that stops it. The
 * district is stored as its division code (渝北区 → 两江新区's code), the
 * occupation keeps the employer's wording and gains the curated code when one
 * fits. Screening for discriminatory wording is separate: see screen.ts.
 */
export function toPostingContent(p: LooseExchangePosting, options: FieldCheckOptions = {}): ToContentResult {
  const problems = checkPostingFields(p, options);
  if (problems.length > 0) return { ok: false, problems };
  const district = resolveDistrict(p.location?.district ?? '');
  const occupation = (p.occupation ?? '').trim();
  const candidate = {
    title: p.title?.trim(),
    occupation,
    occupationCode: matchOccupation(occupation)?.code ?? null,
    skills: p.skills?.trim(),
    location: { district: district?.code, address: p.location?.address?.trim() },
    duration: p.duration?.trim(),
    content: p.content?.trim(),
    pay: { amount: p.pay?.amount, unit: p.pay?.unit, method: p.pay?.method },
    headcount: p.headcount,
    validUntil: p.validUntil?.trim(),
    contact: { name: p.contact?.name?.trim(), phone: parsePhone(p.contact?.phone ?? '')?.normalized },
  };
  const employer: ExchangeEmployer = { name: (p.employer?.name ?? '').trim() };
  const creditCode = p.employer?.creditCode?.trim();
  if (creditCode !== undefined && creditCode !== '') employer.creditCode = normalizeCreditCode(creditCode);
  // The field checks above mirror the stored schema; the schema stays the final word on what may be stored.
  const parsed = postingContentSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, content: parsed.data, employer };
  return { ok: false, problems: parsed.error.issues.map(schemaProblem) };
}

function schemaProblem(issue: z.core.$ZodIssue): FieldProblem {
  const field = issue.path.map(String).join('.') || 'posting';
  return {
    code: `field.${field}.invalid`,
    field,
    message: { zh: `字段无效：${field}`, en: `invalid field ${field}: ${issue.message}` },
    basis: SPEC_FIELDS_BASIS,
  };
}

/** A stored posting in the exchange format, for export and for handing to another system. */
export function exportPosting(content: PostingContent, employer: ExchangeEmployer, id: string): ExchangePosting {
  const district = resolveDistrict(content.location.district)?.name ?? content.location.district;
  const out: ExchangePosting = {
    id,
    title: content.title,
    occupation: content.occupation,
    skills: content.skills,
    location: { district, address: content.location.address },
    duration: content.duration,
    content: content.content,
    pay: { amount: content.pay.amount, unit: content.pay.unit, method: content.pay.method },
    headcount: content.headcount,
    validUntil: content.validUntil,
    employer: { name: employer.name },
    contact: { name: content.contact.name, phone: content.contact.phone },
  };
  if (employer.creditCode !== undefined && employer.creditCode !== '') out.employer.creditCode = employer.creditCode;
  return out;
}
