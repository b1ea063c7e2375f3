import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { assertProperty, propertyTimeout, replayParameters } from '../../support/property';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('property-test replay', () => {
  it('takes the seed, shrink path and run count from FC_SEED, FC_PATH and FC_RUNS', () => {
    expect(replayParameters({ numRuns: 500 }, { FC_SEED: '-1255172233', FC_PATH: '916:9', FC_RUNS: '7' })).toEqual({
      numRuns: 7,
      seed: -1255172233,
      path: '916:9',
    });
    expect(replayParameters({ numRuns: 500 }, {})).toEqual({ numRuns: 500 });
  });

  it("scales a property test's timeout with the runs FC_RUNS asks for, never below its own", () => {
    expect(propertyTimeout(60_000, 30, { FC_RUNS: '10000' })).toBe(20_000_000);
    expect(propertyTimeout(60_000, 30, { FC_RUNS: '3' })).toBe(60_000);
    expect(propertyTimeout(60_000, 30, {})).toBe(60_000);
  });

  it('refuses a seed or path that is not one, instead of silently running a random seed', () => {
    expect(() => replayParameters({}, { FC_SEED: 'abc' })).toThrow(/FC_SEED/);
    expect(() => replayParameters({}, { FC_PATH: '1;2' })).toThrow(/FC_PATH/);
    expect(() => replayParameters({}, { FC_RUNS: '0' })).toThrow(/FC_RUNS/);
  });

  it('puts the failing seed and path first in the error and the log, and the same seed fails the same way', () => {
    const log = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const property = fc.property(fc.integer({ min: 0, max: 1000 }), (n) => n < 900);
    let message = '';
    try {
      assertProperty(property, { seed: 42 });
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    const first = message.split('\n')[0] ?? '';
    expect(first).toMatch(
      /^Property failed\. Replay: FC_SEED=42 FC_PATH=[\d:]+ npx vitest run tests\/unit\/support\/property\.test\.ts -t /,
    );
    expect(log).toHaveBeenCalledWith(first);
    log.mockRestore();
    const path = /FC_PATH=([\d:]+)/.exec(first)?.[1] ?? '';
    const replay = fc.check(property, replayParameters({}, { FC_SEED: '42', FC_PATH: path }));
    expect(replay.failed).toBe(true);
    expect(replay.counterexample).toEqual([900]);
  });

  it('reports an async property failure with its seed too', async () => {
    const log = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const property = fc.asyncProperty(fc.nat(), (n) => Promise.resolve(n < 0));
    await expect(assertProperty(property, { seed: 7 })).rejects.toThrow(/^Property failed\. Replay: FC_SEED=7 /);
    log.mockRestore();
  });

  it('is how every property test in the suite runs, so each one can be replayed', () => {
    const direct = testFiles(join(ROOT, 'tests'))
      .map((f) => relative(ROOT, f))
      // The helper itself, and this test which checks a replay by hand.
      .filter((f) => f !== 'tests/support/property.ts' && f !== 'tests/unit/support/property.test.ts')
      .filter((f) => /\bfc\.(assert|check)\(/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(direct).toEqual([]);
  });
});
