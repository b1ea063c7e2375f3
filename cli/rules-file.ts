// An operator's extension of the screening rules: a JSON file
// `{ "version": "...", "rules": [ ... ] }` whose rules are added to the
// built-in table. The merged table is checked with the same schema as the
// built-in one, so a typo in a pattern is refused before any posting is
// screened with it.

import { readFile } from 'node:fs/promises';
import { RULES_TABLE, rulesTableSchema, type RulesTable } from '../domain/posting/rules';

export type LoadedRules = { ok: true; table: RulesTable } | { ok: false; message: string };

export function extendRules(base: RulesTable, extension: unknown): LoadedRules {
  const ext = rulesTableSchema.safeParse(extension);
  if (!ext.success) {
    const issues = ext.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    return { ok: false, message: `规则文件无效 / invalid rules file:\n${issues}` };
  }
  const merged = rulesTableSchema.safeParse({
    version: `${base.version}+${ext.data.version}`,
    rules: [...base.rules, ...ext.data.rules],
  });
  if (!merged.success) {
    const issues = merged.error.issues.map((i) => `  ${i.message}`).join('\n');
    return { ok: false, message: `规则与内置规则冲突 / the rules clash with the built-in ones:\n${issues}` };
  }
  return { ok: true, table: merged.data };
}

export async function loadRulesExtension(path: string): Promise<LoadedRules> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { ok: false, message: `无法读取规则文件 / cannot read the rules file: ${path}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      message: `规则文件不是有效的 JSON / the rules file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  return extendRules(RULES_TABLE, value);
}
