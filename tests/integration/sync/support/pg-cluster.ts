// A throw-away PostgreSQL cluster (Debian's `postgresql`): initdb into a temp
// dir, start on a free loopback port, and on stop delete it all. Used by the
// pg runner (run-on-postgres.ts) and by benches that need PostgreSQL.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** The newest installed PostgreSQL's tool, or null when none is installed. */
export function pgBin(name: string): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const p = join(root, v, 'bin', name);
      if (existsSync(p)) return p;
    }
  }
  const which = spawnSync('which', [name], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

export function freePort(): Promise<number> {
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

export interface PgCluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  readonly adminUrl: string;
  stop(): void;
}

export async function startPgCluster(options: { quiet?: boolean } = {}): Promise<PgCluster> {
  const initdb = pgBin('initdb');
  const pgCtl = pgBin('pg_ctl');
  if (initdb === null || pgCtl === null)
    throw new Error('未安装 PostgreSQL / PostgreSQL is not installed (apt-get install -y postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'gig-pg-'));
  if (userInfo().uid === 0) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gids = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(ids.stdout.trim()), Number(gids.stdout.trim()));
  }
  const data = join(dir, 'data');
  const port = await freePort();
  const quiet: SpawnSyncOptions = options.quiet === true ? { stdio: 'ignore' } : {};
  run(initdb, ['-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '-D', data], { stdio: 'ignore' });
  run(pgCtl, ['-D', data, '-o', `-h 127.0.0.1 -p ${port} -k ${dir}`, '-l', join(dir, 'log'), '-w', 'start'], quiet);
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop'], quiet);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
