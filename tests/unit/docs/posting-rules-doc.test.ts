import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../domain/posting/rules';

const doc = readFileSync(new URL('../../../docs/posting-rules.md', import.meta.url), 'utf8');

describe('docs/posting-rules.md', () => {
  it('lists every rule of the built-in table with its verdict', () => {
    for (const rule of RULES)
      expect(doc).toMatch(new RegExp(`\\| \`${rule.code.replace(/\./g, '\\.')}\`\\s*\\| ${rule.verdict}`));
  });

  it('lists no rule that the table does not have', () => {
    const listed = [...doc.matchAll(/^\| `([a-z0-9.-]+)`\s*\|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(RULES.map((r) => r.code).sort());
  });
});
