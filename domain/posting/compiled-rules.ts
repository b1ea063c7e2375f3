// A rules table turned into regular expressions once, not once per posting:
// the screener runs over every import line and every intake, and compiling a
// few hundred patterns each time would cost more than matching them.

import { parseSmallNumber } from '../text/numerals';
import { RULE_REGEX_FLAGS } from './rule-schema';
import type { NumericCondition, Rule, RulesTable } from './rule-schema';

export interface CompiledRule {
  readonly rule: Rule;
  /** One combined expression when the patterns allow it (no groups to read back), else one per pattern. */
  readonly patterns: readonly RegExp[];
  readonly allow: readonly RegExp[];
  readonly requires: readonly RegExp[] | null;
  readonly downgradeWhen: readonly RegExp[] | null;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

const global = (source: string) => new RegExp(source, `${RULE_REGEX_FLAGS}g`);

/** Named groups and back-references depend on the pattern standing alone; anything else can share one expression. */
function canCombine(sources: readonly string[]): boolean {
  return sources.every((s) => !/\(\?<[A-Za-z]|\\k<|\\[1-9]/.test(s));
}

function compileRule(rule: Rule): CompiledRule {
  const patterns = canCombine(rule.patterns)
    ? [global(rule.patterns.map((p) => `(?:${p})`).join('|'))]
    : rule.patterns.map(global);
  return {
    rule,
    patterns,
    allow: rule.allow.map(global),
    requires: rule.requires ? rule.requires.map(global) : null,
    downgradeWhen: rule.downgrade ? rule.downgrade.when.map(global) : null,
  };
}

const cache = new WeakMap<RulesTable, readonly CompiledRule[]>();

/** The compiled form of `table`, built once per table object. */
export function compileRules(table: RulesTable): readonly CompiledRule[] {
  let compiled = cache.get(table);
  if (compiled === undefined) {
    compiled = table.rules.map(compileRule);
    cache.set(table, compiled);
  }
  return compiled;
}

/** Where each expression matches in `text`. */
export function spansOf(expressions: readonly RegExp[], text: string): Span[] {
  const spans: Span[] = [];
  for (const re of expressions) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
      // A zero-length match (the schema forbids them, a hand-built table might not) must still move on.
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return spans;
}

function overlaps(span: Span, others: readonly Span[]): boolean {
  return others.some((o) => span.start < o.end && o.start < span.end);
}

function meets(condition: NumericCondition, captured: string | undefined): boolean {
  if (captured === undefined) return false;
  const n = parseSmallNumber(captured);
  if (n === null) return false;
  return (
    (condition.lt === undefined || n < condition.lt) &&
    (condition.lte === undefined || n <= condition.lte) &&
    (condition.gt === undefined || n > condition.gt) &&
    (condition.gte === undefined || n >= condition.gte)
  );
}

/**
 * The first match of any of `expressions` in `text` that overlaps none of
 * `vetoes` and meets `numeric` when given. Every start position is tried, so a
 * vetoed match does not hide a good one that begins inside it.
 */
export function firstAcceptedMatch(
  expressions: readonly RegExp[],
  text: string,
  vetoes: () => readonly Span[],
  numeric?: NumericCondition,
): Span | null {
  let best: Span | null = null;
  for (const re of expressions) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      re.lastIndex = m.index + 1;
      if (best !== null && span.start >= best.start) break;
      if (numeric !== undefined && !meets(numeric, m.groups?.[numeric.group])) continue;
      if (overlaps(span, vetoes())) continue;
      best = span;
      break;
    }
  }
  return best;
}
