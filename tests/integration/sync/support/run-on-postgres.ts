// Runs the server suite against a throw-away PostgreSQL cluster (Debian's
// `postgresql`): `tsx tests/integration/sync/support/run-on-postgres.ts`
// (to be wired as `npm run test:pg`). initdb, start on a free loopback port,
// run vitest with GIG_TEST_PG, stop, delete: nothing outlives the run.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

function pgBin(name: string): string {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const p = join(root, v, 'bin', name);
      if (existsSync(p)) return p;
    }
  }
  return name;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/** PostgreSQL refuses to run as root: as root, run its tools as `postgres`. */
function run(cmd: string, args: string[], options: SpawnSyncOptions = {}): void {
  const asRoot = userInfo().uid === 0;
  const [bin, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  const r = spawnSync(bin, argv, { stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} 失败 / failed (${String(r.status)})`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gig-pg-'));
  if (userInfo().uid === 0) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gids = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(ids.stdout.trim()), Number(gids.stdout.trim()));
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run(pgBin('initdb'), ['-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '-D', data], {
    stdio: 'ignore',
  });
  run(pgBin('pg_ctl'), ['-D', data, '-o', `-h 127.0.0.1 -p ${port} -k ${dir}`, '-l', join(dir, 'log'), '-w', 'start']);
  let status = 1;
  try {
    const extra = process.argv.slice(2);
    // The server's suites: sync and the console (admin) both write SQL through the store.
    // The trailing slash keeps the filter to them (not tests/integration/sync-client).
    const r = spawnSync('npx', ['vitest', 'run', 'tests/integration/sync/', 'tests/integration/admin/', ...extra], {
      stdio: 'inherit',
      env: { ...process.env, GIG_TEST_PG: `postgres://postgres@127.0.0.1:${port}/postgres` },
    });
    status = r.status ?? 1;
  } finally {
    run(pgBin('pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  }
  process.exitCode = status;
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
