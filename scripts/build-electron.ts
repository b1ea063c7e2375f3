// Bundles the Electron main process and its preload to dist/electron/*.cjs
// (CommonJS, `electron` left external). Used by `npm start` and `npm run build`.
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

export interface ElectronBundle {
  main: string;
  preload: string;
}

export async function buildElectron(root: string): Promise<ElectronBundle> {
  const out = { main: `${root}dist/electron/main.cjs`, preload: `${root}dist/electron/preload.cjs` };
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
