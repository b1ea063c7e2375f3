// Launch Debian's Chromium headless with a fresh profile, as the toolchain
// notes prescribe (the background-networking flags keep it off the closed
// network).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Profile {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A persistent profile, so IndexedDB survives a reload and a browser restart. */
export async function openProfile(dir = mkdtempSync(join(tmpdir(), 'gig-e2e-'))): Promise<Profile & { dir: string }> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1920, height: 1080 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    dir,
    close: async () => {
      await context.close();
    },
  };
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
