import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenCommand, screenLine } from '../../../cli/commands/screen';
import { cleanPosting } from '../../fixtures/postings/clean-posting';
import { Collector, memoryIO } from './support/memory-io';

/** Vitest's asymmetric matchers are typed `any`; these say what they stand for. */
const containing = (text: string): unknown => expect.stringContaining(text);
const anyText: unknown = expect.any(String);

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/postings/${name}`, import.meta.url));

const outputLines = (io: { stdout: Collector }) =>
  io.stdout.text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('screenLine', () => {
  it('gives id, verdict and findings for a posting', () => {
    const out = screenLine(JSON.stringify(cleanPosting({ id: 'a1', skills: '限男' })), 7);
    expect(out).toMatchObject({ id: 'a1', verdict: 'block', findings: [{ code: 'gender.men-only', field: 'skills' }] });
  });

  it('uses the line number when the posting has no id', () => {
    const { id, ...noId } = cleanPosting();
    expect(id).toBeDefined();
    expect(screenLine(JSON.stringify(noId), 7)).toMatchObject({ id: 7, verdict: 'ok', findings: [] });
  });

  it('keeps a numeric id as text', () => {
    expect(screenLine(JSON.stringify(cleanPosting({ id: 12 as unknown as string })), 1)).toMatchObject({ id: '12' });
  });

  it('reports a line that is not JSON', () => {
    const out = screenLine('{oops', 3);
    expect(out).toMatchObject({ line: 3, error: containing('not valid JSON') });
    expect(Object.keys(out).sort()).toEqual(['error', 'line']);
  });

  it.each(['[1,2]', '"text"', '42', 'null'])('reports %s as not an object', (text) => {
    expect(screenLine(text, 2)).toEqual({ line: 2, error: '岗位信息应为 JSON 对象 / a posting must be a JSON object' });
  });
});

describe('screen command', () => {
  it('screens every line of a file, skips blank lines, reports bad lines and goes on', async () => {
    const io = memoryIO();
    expect(await screenCommand.run([fixture('mixed.jsonl')], io)).toBe(1);
    const lines = outputLines(io);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toEqual({ id: 'm-ok', verdict: 'ok', findings: [] });
    expect(lines[1]).toMatchObject({ id: 'm-block', verdict: 'block' });
    expect(lines[2]).toMatchObject({ line: 4, error: anyText });
    expect(lines[3]).toMatchObject({ id: 5, verdict: 'warn' });
    expect(lines[4]).toMatchObject({ line: 6, error: anyText });
    expect(io.stderr.text).toBe('');
  });

  it('exits 0 when every line was readable, and copes with CRLF line ends', async () => {
    const io = memoryIO();
    expect(await screenCommand.run([fixture('clean.jsonl')], io)).toBe(0);
    expect(outputLines(io).map((l) => [l.id, l.verdict])).toEqual([
      ['c-1', 'ok'],
      ['c-2', 'ok'],
    ]);
  });

  it('reads standard input for -, ignoring a byte-order mark', async () => {
    const io = memoryIO(`\uFEFF${JSON.stringify(cleanPosting({ id: 'bom' }))}\n`);
    expect(await screenCommand.run(['-'], io)).toBe(0);
    expect(outputLines(io)).toEqual([{ id: 'bom', verdict: 'ok', findings: [] }]);
  });

  it('prints nothing and exits 0 for empty input', async () => {
    const io = memoryIO('\n\n   \n');
    expect(await screenCommand.run(['-'], io)).toBe(0);
    expect(io.stdout.text).toBe('');
  });

  it('exits 2 with a bilingual message when the file is missing', async () => {
    const io = memoryIO();
    expect(await screenCommand.run(['/no/such/file.jsonl'], io)).toBe(2);
    expect(io.stderr.text).toContain('找不到文件 / file not found');
    expect(io.stdout.text).toBe('');
  });

  it('exits 2 when given a directory', async () => {
    const io = memoryIO();
    expect(await screenCommand.run([fileURLToPath(new URL('.', import.meta.url))], io)).toBe(2);
    expect(io.stderr.text).toContain('不是文件 / not a file');
  });

  it.each([[[]], [['a.jsonl', 'b.jsonl']]])('exits 2 with usage for arguments %j', async (args) => {
    const io = memoryIO();
    expect(await screenCommand.run(args, io)).toBe(2);
    expect(io.stderr.text).toContain('用法 / usage');
  });
});
