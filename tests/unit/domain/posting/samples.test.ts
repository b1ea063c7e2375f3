// Every `expect` in the shared samples (shared/samples/postings.jsonl, beside
// the repository) must hold.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenPosting } from '../../../../domain/posting/screen';

const SAMPLES = fileURLToPath(new URL('../../../../../shared/samples/postings.jsonl', import.meta.url));

interface Sample {
  id: string;
  expect: 'ok' | 'warn' | 'block';
  why: string;
}

function loadSamples(): (Sample & Record<string, unknown>)[] {
  if (!existsSync(SAMPLES)) {
    throw new Error(`找不到样例文件 / sample file missing: ${SAMPLES} (expected shared/ beside the repository)`);
  }
  return readFileSync(SAMPLES, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Sample & Record<string, unknown>);
}

describe('shared sample postings', () => {
  const samples = loadSamples();

  it('are there to check', () => {
    expect(samples.length).toBeGreaterThan(0);
    for (const s of samples) expect(['ok', 'warn', 'block']).toContain(s.expect);
  });

  it.each(samples.map((s) => [s.id, s.expect, s.why, s] as const))('%s is %s (%s)', (_id, expected, _why, sample) => {
    expect(screenPosting(sample).verdict).toBe(expected);
  });
});
