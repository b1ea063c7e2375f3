// The posting screener (规范第七条(一) no discriminatory content; 第十二条(三)
// the market reviews what it publishes). It answers one question for the
// collector and the reviewer: may this go up as it is (ok), should a person
// look first (warn), or must it be changed (block)? Every finding names the
// field, the rule, the law it rests on, and the words that tripped it.

import { normalizeWithMap, quoteSource } from '../text/normalize';
import type { NormalizedText } from '../text/normalize';
import { compileRules, firstAcceptedMatch, spansOf } from './compiled-rules';
import type { CompiledRule, Span } from './compiled-rules';
import { parseLooseExchange } from './exchange';
import type { LooseExchangePosting } from './loose-posting';
import { checkPostingFields } from './field-checks';
import type { FieldProblem } from './field-checks';
import { SPEC_7_1 } from './basis';
import type { Bilingual, RuleVerdict, RulesTable, ScreenedField } from './rule-schema';
import { RULES_TABLE } from './rules';

export type ScreenVerdict = 'ok' | RuleVerdict;

export interface Finding {
  /** The rule (`gender.men-only`) or field check (`field.pay.amount.missing`) that produced it. */
  readonly code: string;
  readonly verdict: RuleVerdict;
  /** Dotted path in the exchange format: `skills`, `contact.phone`. */
  readonly field: string;
  readonly message: Bilingual;
  readonly basis: string;
  /** The words that matched, as the employer wrote them. */
  readonly quote?: string;
}

export interface ScreenResult {
  readonly verdict: ScreenVerdict;
  readonly findings: readonly Finding[];
  /** The rules table version that produced this result; review records keep it. */
  readonly rulesVersion: string;
}

export interface ScreenOptions {
  /** Defaults to the built-in table (rules.ts). Pass a table checked with `rulesTableSchema`. */
  readonly table?: RulesTable;
  /** The market's local day, YYYY-MM-DD; when given, an expired posting is blocked. */
  readonly today?: string;
}

const SEVERITY: Record<ScreenVerdict, number> = { ok: 0, warn: 1, block: 2 };

/** The worst verdict among `findings`; ok when there are none. */
export function worstVerdict(findings: readonly { verdict: RuleVerdict }[]): ScreenVerdict {
  let worst: ScreenVerdict = 'ok';
  for (const f of findings) if (SEVERITY[f.verdict] > SEVERITY[worst]) worst = f.verdict;
  return worst;
}

function fieldText(p: LooseExchangePosting, field: ScreenedField): string | undefined {
  return field === 'location.address' ? p.location?.address : p[field];
}

/** The posting's text fields, each normalised once and kept with its map back to the original. */
class ScreenedText {
  private readonly cache = new Map<ScreenedField, NormalizedText | null>();
  constructor(private readonly posting: LooseExchangePosting) {}

  get(field: ScreenedField): NormalizedText | null {
    let n = this.cache.get(field);
    if (n === undefined) {
      const raw = fieldText(this.posting, field);
      n = raw === undefined || raw === '' ? null : normalizeWithMap(raw);
      this.cache.set(field, n);
    }
    return n;
  }

  all(fields: readonly ScreenedField[]): NormalizedText[] {
    return fields.map((f) => this.get(f)).filter((n): n is NormalizedText => n !== null);
  }
}

const EVERY_FIELD: readonly ScreenedField[] = [
  'title',
  'occupation',
  'skills',
  'duration',
  'content',
  'location.address',
];

function memo<T>(compute: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: compute() }).v;
}

/** A rule's `requires` holds when one of its phrases appears, outside the rule's allowed phrases, anywhere in the posting. */
function requirementMet(compiled: CompiledRule, text: ScreenedText): boolean {
  if (compiled.requires === null) return true;
  const requires = compiled.requires;
  return text.all(EVERY_FIELD).some(
    (n) =>
      firstAcceptedMatch(
        requires,
        n.text,
        memo(() => spansOf(compiled.allow, n.text)),
      ) !== null,
  );
}

function downgraded(compiled: CompiledRule, text: ScreenedText): boolean {
  const when = compiled.downgradeWhen;
  if (when === null) return false;
  return text.all(EVERY_FIELD).some((n) => spansOf(when, n.text).length > 0);
}

function ruleFindings(compiled: CompiledRule, text: ScreenedText): Finding[] {
  const { rule } = compiled;
  const out: Finding[] = [];
  for (const field of rule.fields) {
    const n = text.get(field);
    if (n === null) continue;
    const vetoes = memo((): Span[] => spansOf(compiled.allow, n.text));
    const match = firstAcceptedMatch(compiled.patterns, n.text, vetoes, rule.numeric);
    if (match === null) continue;
    if (!requirementMet(compiled, text)) return [];
    const down = rule.downgrade !== undefined && downgraded(compiled, text) ? rule.downgrade : null;
    out.push({
      code: rule.code,
      verdict: down ? down.verdict : rule.verdict,
      field,
      message: down ? down.message : rule.message,
      basis: down ? down.basis : rule.basis,
      quote: quoteSource(n, match.start, match.end),
    });
  }
  return out;
}

function fromFieldProblem(p: FieldProblem): Finding {
  return { code: p.code, verdict: 'block', field: p.field, message: p.message, basis: p.basis };
}

/**
 * Screen one posting in the exchange format. The input may be anything a
 * JSON line can hold: missing and unusable fields become findings, and a
 * non-object is one blocking finding. Never throws.
 */
export function screenPosting(input: unknown, options: ScreenOptions = {}): ScreenResult {
  const table = options.table ?? RULES_TABLE;
  const parsed = parseLooseExchange(input);
  if (!parsed.ok) {
    const finding: Finding = {
      code: 'posting.not-an-object',
      verdict: 'block',
      field: '',
      message: parsed.error,
      basis: SPEC_7_1,
    };
    return { verdict: 'block', findings: [finding], rulesVersion: table.version };
  }
  const posting = parsed.posting;
  const findings: Finding[] = checkPostingFields(posting, { today: options.today }).map(fromFieldProblem);
  const text = new ScreenedText(posting);
  for (const compiled of compileRules(table)) findings.push(...ruleFindings(compiled, text));
  return { verdict: worstVerdict(findings), findings, rulesVersion: table.version };
}
