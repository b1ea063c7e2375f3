// A terminal's own disk in trouble (issue 14), in a real Chromium with real
// IndexedDB: a store that cannot open (the profile's IndexedDB directory is
// not a directory). The terminal says so in plain words in both languages,
// clears nothing it cannot read, and starts once the disk is back. The full
// store's recovery is proven in the unit suite only (tests/unit/renderer/db,
// tests/unit/renderer/state/storage-recovery-machine.test.ts): in Chromium its
// restart stalled in most runs, a cause not yet found, and a skipped test
// proves nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openProfile, removeProfile } from './support/browser';
import { terminalAddress } from './support/codes';

const dirs: string[] = [];

afterAll(() => {
  for (const d of dirs) removeProfile(d);
});

describe('a terminal whose store is in trouble', () => {
  it('says in both languages that its store cannot open, and starts once the disk is readable again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gig-e2e-'));
    dirs.push(dir);
    // A file where Chromium keeps its IndexedDB directory: every open fails with UnknownError.
    mkdirSync(join(dir, 'Default'), { recursive: true });
    writeFileSync(join(dir, 'Default', 'IndexedDB'), 'not a directory');
    const profile = await openProfile(dir);
    try {
      const page = await profile.context.newPage();
      await page.goto(terminalAddress('kiosk'));
      const alert = page.getByRole('alert');
      await alert.getByText('本机数据无法打开').waitFor({ timeout: 20_000 });
      await alert.getByText('This terminal’s data cannot be opened').waitFor();
      await expect.poll(() => alert.textContent()).toContain('请到服务窗口办理');
      // Export-and-resync finds nothing it can read and clears nothing.
      await page.getByRole('button', { name: /导出并重新同步/ }).click();
      await alert.getByText(/本机数据读不出来，所以什么也没有清除/).waitFor({ timeout: 10_000 });

      rmSync(join(dir, 'Default', 'IndexedDB'));
      await page.getByRole('button', { name: /重试/ }).click();
      await expect.poll(() => page.locator('.sync-badge').textContent(), { timeout: 30_000 }).toBe('已同步');
    } finally {
      await profile.close();
    }
  }, 120_000);
});
