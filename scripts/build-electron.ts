// Bundles the Electron main process and its preload to dist/electron/*.cjs
// (CommonJS, `electron` left external). Used by `npm start` and `npm run build`.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

export interface ElectronBundle {
  main: string;
  preload: string;
}

/**
 * `root` ends with a separator (a `new URL('..', import.meta.url)` path).
 * `outDir` defaults to dist/electron, where package.json's `main` points; the
 * packaging test builds into a temporary folder instead.
 */
export async function buildElectron(root: string, outDir = `${root}dist/electron`): Promise<ElectronBundle> {
  const out = { main: join(outDir, 'main.cjs'), preload: join(outDir, 'preload.cjs') };
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    logLevel: 'warning',
  };
  await Promise.all([
    build({ ...common, entryPoints: [`${root}electron/main.ts`], outfile: out.main }),
    // The preload runs sandboxed and may require only 'electron': zod and domain/ are bundled into it.
    build({ ...common, entryPoints: [`${root}electron/preload.ts`], outfile: out.preload }),
  ]);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildElectron(fileURLToPath(new URL('..', import.meta.url)))
    .then((out) => {
      console.info(`Electron 打包完成 / Electron bundle: ${out.main}, ${out.preload}`);
    })
    .catch((err: unknown) => {
      console.warn(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    });
}
