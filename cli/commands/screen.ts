// `screen FILE|-`: screen every posting in a JSON Lines file (the exchange
// format) and print one JSON line per posting. A line that cannot be read is
// reported and skipped, so one bad line in an employer's export does not hide
// the verdicts on the rest.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { RULES_TABLE, type RulesTable } from '../../domain/posting/rules';
import { screenPosting } from '../../domain/posting/screen';
import type { Finding, ScreenVerdict } from '../../domain/posting/screen';
import type { Command } from '../command';
import { loadRulesExtension } from '../rules-file';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, isBrokenPipe, readLines, write } from '../io';
import type { CliIO } from '../io';

export type ScreenLineOutput =
  { id: string | number; verdict: ScreenVerdict; findings: readonly Finding[] } | { line: number; error: string };

/** The output for one non-blank input line; `lineNumber` counts from 1. */
export function screenLine(text: string, lineNumber: number, table: RulesTable = RULES_TABLE): ScreenLineOutput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { line: lineNumber, error: `不是有效的 JSON / not valid JSON: ${detail}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line: lineNumber, error: '岗位信息应为 JSON 对象 / a posting must be a JSON object' };
  }
  const result = screenPosting(value, { table });
  const id = idOf(value);
  return { id: id ?? lineNumber, verdict: result.verdict, findings: result.findings };
}

function idOf(value: object): string | null {
  const id: unknown = (value as { id?: unknown }).id;
  if (typeof id === 'string' && id.trim() !== '') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return null;
}

type Opened = { ok: true; stream: Readable } | { ok: false; message: string };

async function openInput(path: string, io: CliIO): Promise<Opened> {
  if (path === '-') return { ok: true, stream: io.stdin };
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, message: `不是文件 / not a file: ${path}` };
  } catch {
    return { ok: false, message: `找不到文件 / file not found: ${path}` };
  }
  return { ok: true, stream: createReadStream(path) };
}

const USAGE =
  '用法 / usage: npm run cli -- screen [--rules RULES.json] FILE   (FILE 为 JSON Lines 文件，- 表示标准输入 / FILE is JSON Lines, - for stdin; RULES.json adds rules to the built-in table)\n';

export const screenCommand: Command = {
  summary: {
    zh: '审核岗位信息，每行输出一个结果（JSON Lines，- 表示标准输入）',
    en: 'screen postings, one JSON result per line (JSON Lines; - reads standard input)',
  },
  args: '[--rules RULES.json] FILE|-',
  async run(args, io) {
    let table = RULES_TABLE;
    let rest = args;
    if (args[0] === '--rules') {
      const rulesPath = args[1];
      if (rulesPath === undefined) {
        await write(io.stderr, `--rules 需要一个文件 / --rules needs a file\n${USAGE}`);
        return EXIT_USAGE;
      }
      const loaded = await loadRulesExtension(rulesPath);
      if (!loaded.ok) {
        await write(io.stderr, `${loaded.message}\n`);
        return EXIT_USAGE;
      }
      table = loaded.table;
      rest = args.slice(2);
    }
    const [path, ...extra] = rest;
    if (path === undefined || extra.length > 0) {
      await write(io.stderr, `screen 需要且只需要一个文件参数 / screen takes exactly one FILE argument\n${USAGE}`);
      return EXIT_USAGE;
    }
    const opened = await openInput(path, io);
    if (!opened.ok) {
      await write(io.stderr, `${opened.message}\n${USAGE}`);
      return EXIT_USAGE;
    }
    let lineNumber = 0;
    let unreadable = false;
    try {
      for await (const text of readLines(opened.stream)) {
        lineNumber++;
        if (text.trim() === '') continue;
        const out = screenLine(text, lineNumber, table);
        if ('error' in out) unreadable = true;
        await write(io.stdout, `${JSON.stringify(out)}\n`);
      }
    } catch (e) {
      // Whoever reads our output stopped (`| head`): nothing more to say, and no one to say it to.
      if (isBrokenPipe(e)) return unreadable ? EXIT_BAD_INPUT : EXIT_OK;
      const detail = e instanceof Error ? e.message : String(e);
      await write(io.stderr, `读取或写入失败 / could not read ${path} or write the results: ${detail}\n`);
      return EXIT_USAGE;
    }
    return unreadable ? EXIT_BAD_INPUT : EXIT_OK;
  },
};
