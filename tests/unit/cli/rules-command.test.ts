import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesCommand } from '../../../cli/commands/rules';
import { screenCommand } from '../../../cli/commands/screen';
import { extendRules } from '../../../cli/rules-file';
import { RULES_TABLE, rulesTableSchema } from '../../../domain/posting/rules';
import { cleanPosting } from '../../fixtures/postings/clean-posting';
import { memoryIO } from './support/memory-io';

const extension = {
  version: 'local-1',
  rules: [
    {
      code: 'fraud.insider-quota',
      verdict: 'block',
      category: 'fraud',
      fields: ['content'],
      patterns: ['内部名额'],
      allow: ['没有内部名额'],
      message: { zh: '以“内部名额”诱导求职', en: 'lures seekers with an "insider quota"' },
      basis: '《人力资源市场暂行条例》',
    },
  ],
};

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gig-rules-')), name);
  writeFileSync(path, text);
  return path;
}

describe('rules command', () => {
  it('prints the built-in table as JSON that passes its own schema', async () => {
    const io = memoryIO();
    expect(await rulesCommand.run([], io)).toBe(0);
    const printed: unknown = JSON.parse(io.stdout.text);
    expect(rulesTableSchema.safeParse(printed).success).toBe(true);
    expect(printed).toEqual(RULES_TABLE);
  });
});

describe('operator rule extensions', () => {
  it('adds an operator rule to the built-in table and versions the merge', () => {
    const loaded = extendRules(RULES_TABLE, extension);
    expect(loaded.ok && loaded.table.version).toBe(`${RULES_TABLE.version}+local-1`);
    expect(loaded.ok && loaded.table.rules.length).toBe(RULES_TABLE.rules.length + 1);
  });

  it('refuses an extension whose pattern is broken or whose code clashes with a built-in rule', () => {
    const broken = { ...extension, rules: [{ ...extension.rules[0], patterns: ['(unclosed'] }] };
    const bad = extendRules(RULES_TABLE, broken);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/invalid rules file/);
    const clashing = { ...extension, rules: [{ ...extension.rules[0], code: RULES_TABLE.rules[0]?.code }] };
    const clash = extendRules(RULES_TABLE, clashing);
    expect(!clash.ok && clash.message).toMatch(/clash with the built-in/);
  });

  it('screens with the extension when given --rules, and without it does not know the new rule', async () => {
    const rules = tempFile('rules.json', JSON.stringify(extension));
    const posting = JSON.stringify(cleanPosting({ id: 'p1', content: '有内部名额，先到先得' }));
    const withRules = memoryIO(`${posting}\n`);
    expect(await screenCommand.run(['--rules', rules, '-'], withRules)).toBe(0);
    expect(JSON.parse(withRules.stdout.text)).toMatchObject({
      id: 'p1',
      verdict: 'block',
      findings: [{ code: 'fraud.insider-quota', quote: '内部名额' }],
    });
    const without = memoryIO(`${posting}\n`);
    expect(await screenCommand.run(['-'], without)).toBe(0);
    expect(JSON.parse(without.stdout.text)).toMatchObject({ id: 'p1', verdict: 'ok' });
  });

  it('stops with a usage error before screening anything when the rules file is not JSON', async () => {
    const io = memoryIO('{}\n');
    expect(await screenCommand.run(['--rules', tempFile('r.json', '{nope'), '-'], io)).toBe(2);
    expect(io.stdout.text).toBe('');
    expect(io.stderr.text).toMatch(/not valid JSON/);
  });
});
