// 求职登记 in a real Chromium against a real server on loopback (issue 10):
// the seeker registers with the server stopped, the server comes back, the
// Seeker reaches it once, and afterwards the kiosk's IndexedDB holds neither
// the phone nor the name. Every registration screen is checked with axe-core.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../sync/server/store/open';
import { openProfile, removeProfile, type Profile } from './support/browser';
import { passAttract } from './support/kiosk';
import { startOwnServer, type OwnServer } from './support/own-server';

const PHONE = '13712345678';
let own: OwnServer;
let profile: Profile & { dir: string };

beforeAll(async () => {
  own = await startOwnServer({ feedback: 0 });
  profile = await openProfile();
}, 120_000);

afterAll(async () => {
  await profile.close();
  await own.close();
  removeProfile(profile.dir);
});

async function axe(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${screen}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Every IndexedDB database of the page, every store, as one JSON text. */
function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      if (info.name === undefined) continue;
      const name = info.name;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => {
          resolve(r.result);
        };
        r.onerror = () => {
          reject(r.error ?? new Error(name));
        };
      });
      try {
        for (const store of [...db.objectStoreNames]) {
          const rows = await new Promise<unknown[]>((resolve, reject) => {
            const r = db.transaction(store, 'readonly').objectStore(store).getAll();
            r.onsuccess = () => {
              resolve(r.result as unknown[]);
            };
            r.onerror = () => {
              reject(r.error ?? new Error(store));
            };
          });
          out.push({ name, store, rows });
        }
      } finally {
        db.close();
      }
    }
    return JSON.stringify(out);
  });
}

describe('求职登记 at the kiosk', () => {
  it('registers with the server stopped; once it is back the Seeker reaches it once and the kiosk keeps no phone or name', async () => {
    const kiosk = await profile.context.newPage();
    await kiosk.goto(await own.terminalAddress('kiosk'));
    await expect.poll(() => kiosk.locator('.sync-badge').textContent(), { timeout: 30_000 }).toBe('已同步');
    const problems: string[] = [];
    await own.stopServer();
    try {
      await passAttract(kiosk);
      await kiosk.getByRole('button', { name: '求职登记' }).click();
      await kiosk.getByRole('region', { name: '个人信息告知', exact: true }).waitFor();
      problems.push(...(await axe(kiosk, 'consent')));
      await kiosk.getByRole('checkbox', { name: '我已阅读并同意' }).check();
      const next = kiosk.getByRole('button', { name: /^(下一步|不填，下一步)$/ });
      await next.click();
      const pad = kiosk.getByRole('group', { name: '数字键盘' });
      for (const d of PHONE) await pad.getByRole('button', { name: d, exact: true }).click();
      problems.push(...(await axe(kiosk, 'phone')));
      await next.click();
      for (const [letters, char] of [
        ['zhang', '张'],
        ['wei', '伟'],
      ] as const) {
        for (const l of letters) await kiosk.locator(`.kiosk-name-keyboard [data-skbtn="${l}"]`).click();
        await kiosk
          .getByRole('group', { name: '候选汉字' })
          .getByRole('button', { name: char, exact: true })
          .first()
          .click();
      }
      await expect.poll(() => kiosk.getByTestId('typed-name').textContent()).toBe('张伟');
      problems.push(...(await axe(kiosk, 'name')));
      await next.click();
      await kiosk.getByRole('button', { name: '保洁', exact: true }).click();
      problems.push(...(await axe(kiosk, 'work')));
      await next.click();
      await kiosk.getByRole('button', { name: '每天 200 元以上' }).click();
      await next.click();
      await next.click();
      problems.push(...(await axe(kiosk, 'review')));
      await kiosk.getByRole('button', { name: '确认登记' }).click();
      await kiosk.getByText('登记成功').waitFor();
      await kiosk.getByRole('img', { name: '登记状态二维码' }).waitFor();
      problems.push(...(await axe(kiosk, 'receipt')));
      // Offline, the record waits in the outbox: the kiosk still holds it.
      expect(await dumpIndexedDb(kiosk)).toContain(PHONE);
    } finally {
      await own.restartServer();
    }
    await expect.poll(() => kiosk.locator('.sync-badge').textContent(), { timeout: 90_000 }).toBe('已同步');
    const store = openStore({ sqlite: own.sqlitePath });
    try {
      const rows = await store.db.selectFrom('records').select('body').where('table_name', '=', 'seekers').execute();
      const mine = rows.filter((r) => r.body.includes(PHONE));
      expect(mine).toHaveLength(1);
      expect(JSON.parse(mine[0]?.body ?? '{}')).toMatchObject({ name: '张伟', registeredVia: 'kiosk' });
    } finally {
      await store.close();
    }
    await expect
      .poll(
        async () => {
          const dump = await dumpIndexedDb(kiosk);
          return dump.includes(PHONE) || dump.includes('张伟');
        },
        { timeout: 30_000 },
      )
      .toBe(false);
    expect(problems).toEqual([]);
    await kiosk.close();
  }, 240_000);
});
