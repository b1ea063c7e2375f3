// Electron's npm package ships without its binary here (allowScripts keeps its
// download from breaking `npm install` on machines that cannot reach GitHub).
// `npm start` fetches it the first time it is needed, and says plainly when
// that is impossible so the caller can fall back to the browser mode.
import { spawnSync } from 'node:child_process';
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

/** Try once to download the binary (needs GitHub); returns what is there afterwards. */
export function ensureElectronBinary(timeoutMs = 180_000): ElectronBinary {
  const found = findElectronBinary();
  if (found.ok) return found;
  const dir = electronPackageDir();
  if (!dir) return found;
  console.info('正在下载 Electron 程序（仅首次）/ fetching the Electron binary (first run only)…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], { env, stdio: 'inherit', timeout: timeoutMs });
  if (result.status !== 0) {
    return {
      ok: false,
      reason: `无法下载 Electron（需要访问 GitHub）/ could not fetch Electron (it needs GitHub): exit ${String(result.status ?? result.signal)}`,
    };
  }
  return findElectronBinary();
}
