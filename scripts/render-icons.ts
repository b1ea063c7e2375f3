// Renders the app icon for packaging from assets/icons/icon.svg: the PNG sizes
// electron-builder takes for Linux (a folder of NxN.png) and the .ico it takes
// for Windows. Needs `rsvg-convert` (Debian librsvg2-bin) and `icotool`
// (Debian icoutils); the results are committed, so packaging needs neither.
// Run after changing the SVG: `npx tsx scripts/render-icons.ts`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Linux wants 256 and 512 (the AppImage and the .deb's hicolor theme); the .ico carries the small ones too. */
export const PNG_SIZES = [16, 32, 48, 64, 128, 256, 512] as const;
export const ICO_SIZES = [16, 32, 48] as const;

function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) throw new Error(`${command} 无法运行 / cannot run ${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} 失败 / ${command} failed with ${String(result.status)}`);
}

export function renderIcons(dir: string): void {
  const svg = join(dir, 'icon.svg');
  for (const size of PNG_SIZES) {
    run('rsvg-convert', ['-w', String(size), '-h', String(size), '-o', join(dir, `${size}x${size}.png`), svg]);
  }
  // 256 px goes in as PNG (`-r`): Windows reads it, and as a bitmap it would make the .ico ten times larger.
  run('icotool', [
    '-c',
    '-o',
    join(dir, 'icon.ico'),
    ...ICO_SIZES.map((s) => join(dir, `${s}x${s}.png`)),
    '-r',
    join(dir, '256x256.png'),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  renderIcons(fileURLToPath(new URL('../assets/icons', import.meta.url)));
  console.info('图标已生成 / icons rendered in assets/icons');
}
