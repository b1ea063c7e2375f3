import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { COMMANDS, findCommand } from '../../../cli/commands';
import type { CliIO } from '../../../cli/io';
import { runCli } from '../../../cli/main';
import { Collector, memoryIO } from './support/memory-io';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const MIXED = fileURLToPath(new URL('../../fixtures/postings/mixed.jsonl', import.meta.url));

describe('runCli', () => {
  it('refuses a missing command with bilingual usage on stderr and exit code 2', async () => {
    const io = memoryIO();
    expect(await runCli([], io)).toBe(2);
    expect(io.stderr.text).toContain('缺少命令 / missing command');
    expect(io.stderr.text).toContain('screen [--rules RULES.json] FILE|-');
    expect(io.stdout.text).toBe('');
  });

  it('refuses an unknown command with bilingual usage on stderr and exit code 2', async () => {
    const io = memoryIO();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.stderr.text).toContain('未知命令 / unknown command: frobnicate');
    expect(io.stderr.text).toContain('用法 / usage');
  });

  it('does not take inherited object properties for commands', async () => {
    expect(findCommand('toString')).toBeNull();
    expect(findCommand('__proto__')).toBeNull();
    expect(await runCli(['constructor'], memoryIO())).toBe(2);
  });

  it.each(['help', '--help', '-h'])('prints usage listing every command on stdout for %s', async (flag) => {
    const io = memoryIO();
    expect(await runCli([flag], io)).toBe(0);
    for (const name of Object.keys(COMMANDS)) expect(io.stdout.text).toContain(name);
  });

  it('dispatches to the command with the remaining arguments', async () => {
    const io = memoryIO('{"id":"x"}\n');
    expect(await runCli(['screen', '-'], io)).toBe(0);
    expect(JSON.parse(io.stdout.text)).toMatchObject({ id: 'x', verdict: 'block' });
  });
});

// Spawning tsx takes a few seconds on a loaded machine.
describe('the cli as a process', { timeout: 60_000 }, () => {
  const run = (args: string[], input?: string) =>
    spawnSync('npx', ['tsx', 'cli/main.ts', ...args], { cwd: REPO, input, encoding: 'utf8', timeout: 60_000 });

  it('screens a file, one JSON line per posting, and exits 1 when a line is unreadable', () => {
    const result = run(['screen', MIXED]);
    expect(result.status).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id ?? `line ${String(l.line)}`)).toEqual(['m-ok', 'm-block', 'line 4', 5, 'line 6']);
    expect(lines.map((l) => l.verdict ?? 'error')).toEqual(['ok', 'block', 'error', 'warn', 'error']);
  });

  it('reads standard input for -', () => {
    const result = run(['screen', '-'], '{"id":"s","skills":"限男"}\n');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: 's', verdict: 'block' });
  });

  it('exits 2 with a bilingual message for a missing file', () => {
    const result = run(['screen', 'no/such/file.jsonl']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('找不到文件 / file not found: no/such/file.jsonl');
    expect(result.stdout).toBe('');
  });

  it('exits 2 for an unknown command', () => {
    const result = run(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command');
  });
});

/** A reader that takes one chunk per event-loop turn and remembers the most that ever waited for it. */
class SlowReader extends Writable {
  maxWaiting = 0;
  total = 0;
  constructor() {
    super({ highWaterMark: 256 });
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.maxWaiting = Math.max(this.maxWaiting, this.writableLength);
    this.total += chunk.length;
    setImmediate(done);
  }
}

describe('output to a slow reader', () => {
  it('waits for the reader instead of buffering all the output', async () => {
    const lines = Array.from({ length: 500 }, (_, i) => JSON.stringify({ id: `p${i}` })).join('\n');
    const stdout = new SlowReader();
    const io: CliIO = { stdin: Readable.from([lines]), stdout, stderr: new Collector() };
    expect(await runCli(['screen', '-'], io)).toBe(0);
    expect(stdout.total).toBeGreaterThan(100_000);
    expect(stdout.maxWaiting).toBeLessThan(10_000);
  });
});
