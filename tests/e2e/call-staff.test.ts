// 呼叫工作人员 end to end (issue 12), on real Chromium profiles against a real
// server on loopback: a kiosk's call reaches two windows at once, one takes it,
// the other sees it taken and the kiosk says who is coming; with the server
// gone the kiosk says plainly the call was not sent, never that staff know,
// and the withdrawn call does not surface at the windows when the server
// comes back.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProfile, removeProfile, type Profile } from './support/browser';
import { setPinAndPull } from './support/caller';
import { startOwnServer, type OwnServer } from './support/own-server';
import { passAttract } from './support/kiosk';

const PIN = '135790';
let own: OwnServer;
const profiles: (Profile & { dir: string })[] = [];

beforeAll(async () => {
  own = await startOwnServer({ feedback: 0 });
  for (let i = 0; i < 3; i++) profiles.push(await openProfile());
}, 120_000);

afterAll(async () => {
  for (const p of profiles) {
    await p.close();
    removeProfile(p.dir);
  }
  await own.close();
});

/** Log `name` in from the keyboard and pick the window `downs` places down the list. */
async function loginAt(caller: Page, name: string, staffNo: string, downs: number, window: number): Promise<void> {
  const first = caller.getByRole('button', { name: /张丽/ });
  await expect.poll(() => first.count(), { timeout: 30_000 }).toBe(1);
  await setPinAndPull(caller, own.sqlitePath, staffNo, PIN);
  const me = caller.getByRole('button', { name: new RegExp(name) });
  await expect.poll(() => me.count(), { timeout: 30_000 }).toBe(1);
  await me.click();
  await caller.keyboard.type(PIN);
  await caller.keyboard.press('Enter');
  await caller.getByRole('heading', { name: '请选择本机的窗口号' }).waitFor({ timeout: 10_000 });
  for (let i = 0; i < downs; i++) await caller.keyboard.press('ArrowDown');
  await caller.keyboard.press('Enter');
  await caller
    .getByRole('heading', { name: `${String(window)} 号窗口 · ${name}（${staffNo}）` })
    .waitFor({ timeout: 10_000 });
}

const message = (kiosk: Page) => kiosk.getByTestId('call-staff-message').textContent();

describe('call staff from the kiosk', () => {
  it('reaches two windows, one takes it, the other sees it taken, the kiosk says who is coming; offline it says go to a window', async () => {
    const [kp, c1p, c2p] = profiles;
    if (kp === undefined || c1p === undefined || c2p === undefined) throw new Error('profiles');
    const caller1 = await c1p.context.newPage();
    await caller1.goto(await own.terminalAddress('caller'));
    await loginAt(caller1, '刘洋', 'HCNJ003', 0, 1);
    const caller2 = await c2p.context.newPage();
    await caller2.goto(await own.terminalAddress('caller'));
    await loginAt(caller2, '陈静', 'HCNJ004', 1, 2);

    const kiosk = await kp.context.newPage();
    await kiosk.goto(await own.terminalAddress('kiosk'));
    await expect.poll(() => kiosk.locator('.sync-badge').textContent(), { timeout: 30_000 }).toBe('已同步');
    await passAttract(kiosk);
    await kiosk.getByRole('button', { name: '找工作' }).click();
    await kiosk.getByRole('button', { name: '呼叫工作人员' }).click();
    await expect.poll(() => message(kiosk), { timeout: 20_000 }).toContain('已送达服务窗口');

    // Both windows show it at once (the push pokes them); one takes it.
    const take1 = caller1.getByRole('button', { name: '我去处理' });
    const take2 = caller2.getByRole('button', { name: '我去处理' });
    await expect.poll(() => take1.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => take2.count(), { timeout: 20_000 }).toBe(1);
    expect(await caller1.getByRole('alert').filter({ hasText: '求助' }).textContent()).toContain('找工作');
    await take1.click();
    await expect.poll(() => caller1.locator('.help-alert').textContent(), { timeout: 10_000 }).toContain('您已接手');
    await expect
      .poll(() => caller2.locator('.help-alert').textContent(), { timeout: 20_000 })
      .toContain('1 号窗口（工号 HCNJ003）已去处理');
    expect(await take2.count()).toBe(0);
    await expect
      .poll(() => message(kiosk), { timeout: 20_000 })
      .toContain('1 号窗口的工作人员（工号 HCNJ003）正在赶来');
    await kiosk.getByRole('button', { name: '知道了' }).click();

    // Without the server the call cannot be sent, and the kiosk says so plainly.
    await own.stopServer();
    await kiosk.getByRole('button', { name: '呼叫工作人员' }).click();
    const seen: string[] = [];
    await expect
      .poll(
        async () => {
          const text = (await message(kiosk)) ?? '';
          seen.push(text);
          return text;
        },
        { timeout: 30_000, interval: 250 },
      )
      .toContain('呼叫没有发送出去');
    expect(seen.some((s) => s.includes('已送达') || s.includes('正在赶来'))).toBe(false);
    expect(await kiosk.getByRole('alert').textContent()).toContain('请直接到服务窗口');

    // Back online, the withdrawn call reaches the windows as withdrawn: nobody is asked to go.
    await own.restartServer();
    await expect.poll(() => kiosk.locator('.sync-badge').textContent(), { timeout: 90_000 }).toBe('已同步');
    await caller2.waitForTimeout(3_000);
    expect(await take1.count()).toBe(0);
    expect(await take2.count()).toBe(0);
  }, 300_000);
});
