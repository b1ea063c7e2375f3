// The packaging config, checked without packaging: `npm run dist` needs to
// download Electron, which these machines cannot. The YAML is read with the
// parser electron-builder itself uses and validated with its own schema, and
// the file list is checked against what the build actually produces.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../../scripts/build-electron';

const root = fileURLToPath(new URL('../../../', import.meta.url));

// The js-yaml that app-builder-lib resolves: the parser electron-builder loads electron-builder.yml with.
const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; version: string };

/** The `files` patterns as strings (the config uses the plain-list form). */
function filePatterns(): string[] {
  const files = config.files;
  expect(Array.isArray(files)).toBe(true);
  return (files as unknown[]).map((f) => {
    expect(typeof f).toBe('string');
    return f as string;
  });
}

function targetsOf(platform: 'linux' | 'win'): unknown {
  return config[platform]?.target;
}

const outDirs: string[] = [];
afterAll(() => {
  for (const d of outDirs) rmSync(d, { recursive: true, force: true });
});

describe('electron-builder.yml', () => {
  it('is valid for electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The check has teeth: a misspelt key is refused.
    const misspelt = { ...config, asarr: true } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/asarr/);
    // Loading electron-builder's schema and validator takes several seconds on a cold start.
  }, 60_000);

  it('names the app', () => {
    expect(config.appId).toBe('cn.gov.cq.gigmarket.kiosk');
    expect(config.productName).toBe('gig-kiosk');
  });

  it('builds an AppImage and a deb for Linux and an NSIS installer for Windows', () => {
    expect(targetsOf('linux')).toEqual(['AppImage', 'deb']);
    expect(targetsOf('win')).toEqual(['nsis']);
  });

  it('takes its icons from assets/, in the sizes each platform needs, and they exist', () => {
    expect(config.directories?.buildResources).toBe('assets');
    expect(config.linux?.icon).toBe('assets/icons');
    for (const size of [256, 512]) {
      const png = readFileSync(join(root, 'assets', 'icons', `${size}x${size}.png`));
      // PNG signature, then the IHDR width and height (big-endian) at bytes 16 and 20.
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    expect(config.win?.icon).toBe('assets/icons/icon.ico');
    const ico = readFileSync(join(root, 'assets', 'icons', 'icon.ico'));
    // ICONDIR: reserved 0, type 1 (icon), then the image count; a 256 px entry stores its width as 0.
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i));
    expect(widths).toContain(0);
  });

  it('packs into an asar archive', () => {
    expect(config.asar).toBe(true);
  });

  it('includes only the built output and package.json, and no node_modules', () => {
    const patterns = filePatterns();
    const includes = patterns.filter((p) => !p.startsWith('!'));
    expect(includes.sort()).toEqual(['dist/electron/**/*', 'dist/renderer/**/*', 'package.json']);
    // Main and preload are bundled by esbuild and the renderer by Vite: nothing is required from node_modules at
    // run time, so the production dependencies (the sync server's, better-sqlite3 among them) stay out.
    expect(patterns).toEqual(expect.arrayContaining(['!node_modules', '!**/*.node', '!**/*.map']));
  });

  it('never rebuilds native modules against Electron (the shell has none)', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
  });

  it('starts from package.json’s main, inside dist/electron', () => {
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });
});

describe('the Electron bundle the package is made of', () => {
  it('is built by scripts/build-electron.ts: main and preload, CommonJS, with only electron left external', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'gig-electron-build-'));
    outDirs.push(outDir);
    const out = await buildElectron(root, outDir);
    expect(out).toEqual({ main: join(outDir, 'main.cjs'), preload: join(outDir, 'preload.cjs') });
    for (const file of [out.main, out.preload]) {
      expect(existsSync(file)).toBe(true);
      const code = readFileSync(file, 'utf8');
      const required = [...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
      // Node built-ins and electron only: anything else would have to come from node_modules, which is not packed.
      for (const name of required) expect(name, file).toMatch(/^(electron|node:[a-z_/]+|fs|path|os|crypto|net|util)$/);
    }
    // The package's main is the same file name, in dist/electron.
    expect(join('dist', 'electron', 'main.cjs')).toBe(join(...pkg.main.split('/')));
  }, 60_000);
});
