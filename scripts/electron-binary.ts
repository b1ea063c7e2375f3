// Electron's npm package ships without its binary here (allowScripts keeps its
// download from breaking `npm install` on machines that cannot reach GitHub).
// `npm start` fetches it the first time it is needed, and says plainly when
// that is impossible so the caller can fall back to the browser mode.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

function electronPackageDir(): string | null {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

export function findElectronBinary(): ElectronBinary {
  const dir = electronPackageDir();
  if (!dir) return { ok: false, reason: 'electron 未安装 / the electron package is not installed (run npm install)' };
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile))
    return { ok: false, reason: 'Electron 程序尚未下载 / the Electron binary is not downloaded' };
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary)
    ? { ok: true, path: binary }
    : { ok: false, reason: `Electron 程序缺失 / the Electron binary is missing: ${binary}` };
}

export interface EnsureOptions {
  /** Show the download's own output; otherwise it is kept back and only one line says what happened. */
  readonly verbose?: boolean;
  readonly timeoutMs?: number;
  /** Runs Electron's install.js; tests pass a stand-in that fails the way an unreachable GitHub does. */
  readonly run?: (
    script: string,
    env: NodeJS.ProcessEnv,
    verbose: boolean,
    timeoutMs: number,
  ) => SpawnSyncReturns<Buffer>;
}

const runInstall: NonNullable<EnsureOptions['run']> = (script, env, verbose, timeoutMs) =>
  spawnSync(process.execPath, [script], { env, stdio: verbose ? 'inherit' : 'pipe', timeout: timeoutMs });

/** Try once to download the binary (needs GitHub); returns what is there afterwards. */
export function ensureElectronBinary(options: EnsureOptions = {}): ElectronBinary {
  const found = findElectronBinary();
  if (found.ok) return found;
  const dir = electronPackageDir();
  if (!dir) return found;
  const verbose = options.verbose ?? false;
  console.info('正在下载 Electron 程序（仅首次）/ fetching the Electron binary (first run only)…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = (options.run ?? runInstall)(join(dir, 'install.js'), env, verbose, options.timeoutMs ?? 180_000);
  if (result.status !== 0) return { ok: false, reason: downloadFailure(verbose) };
  return findElectronBinary();
}

/** What failed and where the details are; the launcher adds what happens instead, on the same line. */
export function downloadFailure(verbose: boolean): string {
  const hint = verbose ? '' : '（详情 / details: npm start -- --verbose）';
  return `无法下载 Electron（需要访问 GitHub）/ could not fetch Electron (it needs GitHub)${hint}`;
}
