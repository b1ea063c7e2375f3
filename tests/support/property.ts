// Every property test runs through here so a failure can be replayed exactly:
// the failing seed and shrink path are printed as the first line of the error
// (vitest may cut a long fast-check report short), and FC_SEED / FC_PATH in the
// environment pin the run to them. See docs/testing.md.
import fc from 'fast-check';
import { expect } from 'vitest';

export type ReplayEnv = Partial<Record<'FC_SEED' | 'FC_PATH' | 'FC_RUNS', string | undefined>>;

function envOf(env: NodeJS.ProcessEnv): ReplayEnv {
  return { FC_SEED: env.FC_SEED, FC_PATH: env.FC_PATH, FC_RUNS: env.FC_RUNS };
}

/** The run parameters the environment asks for, on top of the test's own. */
export function replayParameters<Ts>(
  params: fc.Parameters<Ts> = {},
  env: ReplayEnv = envOf(process.env),
): fc.Parameters<Ts> {
  const out: fc.Parameters<Ts> = { ...params };
  if (env.FC_SEED !== undefined && env.FC_SEED !== '') {
    const seed = Number(env.FC_SEED);
    if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(env.FC_SEED)}`);
    out.seed = seed;
  }
  if (env.FC_PATH !== undefined && env.FC_PATH !== '') {
    if (!/^\d+(:\d+)*$/.test(env.FC_PATH))
      throw new Error(`FC_PATH must look like 12:0:3, got ${JSON.stringify(env.FC_PATH)}`);
    out.path = env.FC_PATH;
  }
  if (env.FC_RUNS !== undefined && env.FC_RUNS !== '') {
    const runs = Number(env.FC_RUNS);
    if (!Number.isSafeInteger(runs) || runs < 1)
      throw new Error(`FC_RUNS must be a positive integer, got ${JSON.stringify(env.FC_RUNS)}`);
    out.numRuns = runs;
  }
  return out;
}

/**
 * A property test's timeout for the runs the environment asks for: the
 * test's own budget for its own `numRuns`, scaled up when FC_RUNS asks for
 * more (the chaos profile runs 10,000 seeds through tests whose CI budget is
 * for 30), never below the test's own.
 */
export function propertyTimeout(ms: number, numRuns: number, env: ReplayEnv = envOf(process.env)): number {
  const runs = replayParameters({ numRuns }, env).numRuns ?? numRuns;
  return Math.max(ms, Math.ceil((ms * runs) / numRuns));
}

/** The one line a developer pastes to replay a failure. */
export function replayLine(details: { seed: number; counterexamplePath: string | null }): string {
  const state = expect.getState();
  const file = state.testPath === undefined ? '<file>' : state.testPath.replace(`${process.cwd()}/`, '');
  const name = state.currentTestName?.split(' > ').pop() ?? '';
  const path = details.counterexamplePath === null ? '' : ` FC_PATH=${details.counterexamplePath}`;
  return `Property failed. Replay: FC_SEED=${details.seed}${path} npx vitest run ${file} -t ${JSON.stringify(name)}`;
}

function fail<Ts>(details: fc.RunDetails<Ts>): never {
  const line = replayLine(details);
  // Also on its own line in the log, where a truncated assertion message cannot hide it.
  console.warn(line);
  const cause = details.errorInstance;
  const why = cause instanceof Error ? cause.message : String(cause);
  throw new Error(`${line}\n${fc.defaultReportMessage(details) ?? ''}\n${why}`, { cause });
}

export function assertProperty<Ts>(property: fc.IAsyncProperty<Ts>, params?: fc.Parameters<Ts>): Promise<void>;
export function assertProperty<Ts>(property: fc.IProperty<Ts>, params?: fc.Parameters<Ts>): void;
export function assertProperty<Ts>(
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  params?: fc.Parameters<Ts>,
): Promise<void> | void {
  const run = fc.check(property as fc.IRawProperty<Ts>, replayParameters(params));
  if (run instanceof Promise) {
    return run.then((details) => {
      if (details.failed) fail(details);
    });
  }
  if (run.failed) fail(run);
}
