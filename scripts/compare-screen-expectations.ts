// CI's check of the CLI over the shared samples: every input line that carries
// an `expect` must come out of `cli screen` with that verdict, every other line
// must come out with a verdict or a line error, and the exit code must say
// whether any line was unreadable (1) or none was (0).
//
// usage: tsx scripts/compare-screen-expectations.ts SAMPLES.jsonl OUTPUT.jsonl EXIT_CODE

import { readFileSync } from 'node:fs';
import { z } from 'zod';

const Expectation = z.looseObject({ id: z.string(), expect: z.enum(['ok', 'warn', 'block']).optional() });
const OutputLine = z.union([
  z.object({
    id: z.union([z.string(), z.number()]),
    verdict: z.enum(['ok', 'warn', 'block']),
    findings: z.array(z.unknown()),
  }),
  z.object({ line: z.number().int().positive(), error: z.string().min(1) }),
]);

function nonBlankLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

function compare(samplesText: readonly string[], outputText: readonly string[], exitCode: number): string[] {
  const problems: string[] = [];
  if (outputText.length !== samplesText.length) {
    problems.push(`${String(samplesText.length)} input lines but ${String(outputText.length)} output lines`);
  }
  let unreadable = false;
  for (const [index, text] of samplesText.entries()) {
    const raw = outputText[index];
    if (raw === undefined) break;
    const out = OutputLine.safeParse(JSON.parse(raw));
    if (!out.success) {
      problems.push(`output line ${String(index + 1)} has the wrong shape: ${raw}`);
      continue;
    }
    if ('error' in out.data) {
      unreadable = true;
      continue;
    }
    let sample: unknown;
    try {
      sample = JSON.parse(text);
    } catch {
      problems.push(`input line ${String(index + 1)} is not JSON, yet got a verdict`);
      continue;
    }
    const expected = Expectation.safeParse(sample);
    if (expected.success && expected.data.expect !== undefined && expected.data.expect !== out.data.verdict) {
      problems.push(`${expected.data.id}: expected ${expected.data.expect}, got ${out.data.verdict}`);
    }
  }
  if (exitCode !== (unreadable ? 1 : 0)) {
    problems.push(`exit code ${String(exitCode)}, but ${unreadable ? 'a line was' : 'no line was'} unreadable`);
  }
  return problems;
}

const [samplesPath, outputPath, exitArg] = process.argv.slice(2);
if (samplesPath === undefined || outputPath === undefined || exitArg === undefined) {
  process.stdout.write('usage: compare-screen-expectations SAMPLES.jsonl OUTPUT.jsonl EXIT_CODE\n');
  process.exitCode = 2;
} else {
  const samples = nonBlankLines(samplesPath);
  const problems = compare(samples, nonBlankLines(outputPath), Number(exitArg));
  for (const p of problems) process.stdout.write(`${p}\n`);
  process.stdout.write(
    problems.length === 0
      ? `all ${String(samples.length)} sample lines screened as expected\n`
      : `${String(problems.length)} problem(s)\n`,
  );
  if (problems.length > 0) process.exitCode = 1;
}
