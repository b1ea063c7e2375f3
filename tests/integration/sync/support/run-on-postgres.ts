// Runs the server suite against a throw-away PostgreSQL cluster (Debian's
// `postgresql`): `npm run test:pg`. initdb, start on a free loopback port, run
// vitest with GIG_TEST_PG, stop, delete: nothing outlives the run.
import { spawnSync } from 'node:child_process';
import { startPgCluster } from './pg-cluster';

async function main(): Promise<void> {
  const cluster = await startPgCluster();
  let status = 1;
  try {
    const extra = process.argv.slice(2);
    // The server's suites: sync and the console (admin) both write SQL through the store.
    // The trailing slash keeps the filter to them (not tests/integration/sync-client).
    // Files named on the command line (`npm run test:pg -- tests/…/x.test.ts`) run alone.
    const named = extra.some((a) => !a.startsWith('-'));
    const suites = named ? [] : ['tests/integration/sync/', 'tests/integration/admin/'];
    const r = spawnSync('npx', ['vitest', 'run', ...suites, ...extra], {
      stdio: 'inherit',
      env: { ...process.env, GIG_TEST_PG: cluster.adminUrl },
    });
    status = r.status ?? 1;
  } finally {
    cluster.stop();
  }
  process.exitCode = status;
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
