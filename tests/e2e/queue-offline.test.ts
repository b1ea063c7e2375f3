// The queue across the three terminals, and through an outage (issue 4): a
// ticket taken at the kiosk is called at the caller and shown on the display;
// then the server stops, the kiosk keeps issuing from its leased block, the
// caller keeps calling in the lane its window owns alone; the server comes
// back and everything converges with no number issued twice.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../sync/server/store/open';
import { openProfile, removeProfile, type Profile } from './support/browser';
import { setPinAndPull } from './support/caller';
import { startOwnServer, type OwnServer } from './support/own-server';
import { passAttract } from './support/kiosk';

const PIN = '135790';
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

async function takeTicket(kiosk: Page): Promise<string> {
  await passAttract(kiosk);
  await kiosk.getByRole('button', { name: '取号' }).click();
  await kiosk.getByRole('button', { name: '求职登记' }).click();
  await kiosk.getByRole('button', { name: '都不是' }).click();
  const number = kiosk.getByTestId('ticket-number');
  await number.waitFor({ timeout: 20_000 });
  const display = (await number.textContent()) ?? '';
  await kiosk.getByRole('button', { name: '打印号票' }).click();
  await kiosk.getByText('号票已打印，请取走号票。').waitFor({ timeout: 10_000 });
  await kiosk.getByRole('button', { name: /完成/ }).click();
  return display;
}

async function loginAtWindow1(caller: Page): Promise<void> {
  const first = caller.getByRole('button', { name: /张丽/ });
  await expect.poll(() => first.count(), { timeout: 30_000 }).toBe(1);
  await setPinAndPull(caller, own.sqlitePath, 'HCNJ003', PIN);
  await expect.poll(() => caller.getByRole('button', { name: /刘洋/ }).count(), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => first.evaluate((el) => el === document.activeElement), { timeout: 5_000 }).toBe(true);
  await caller.keyboard.press('ArrowDown');
  await caller.keyboard.press('ArrowDown');
  await caller.keyboard.press('Enter');
  await caller.keyboard.type(PIN);
  await caller.keyboard.press('Enter');
  await caller.getByRole('heading', { name: '请选择本机的窗口号' }).waitFor({ timeout: 10_000 });
  await caller.keyboard.press('Enter');
  await caller.getByRole('heading', { name: '1 号窗口 · 刘洋（HCNJ003）' }).waitFor({ timeout: 10_000 });
}

async function callNext(caller: Page, expected: string): Promise<void> {
  await caller.keyboard.press('F1');
  const current = caller.getByRole('region', { name: '当前号码' });
  await expect
    .poll(
      async () =>
        `${(await current.textContent()) ?? ''} | ${(await caller.locator('.caller-status').textContent()) ?? ''}`,
      {
        timeout: 15_000,
      },
    )
    .toContain(expected);
}

const nowCalling = (display: Page) => display.locator('.now-calling-current').textContent();

describe('the queue across kiosk, caller and display', () => {
  it('calls, shows the call on the display, survives a server outage and converges with no duplicate number', async () => {
    const kiosk = await profile.context.newPage();
    await kiosk.goto(await own.terminalAddress('kiosk'));
    await kiosk.evaluate(() => {
      window.print = () => undefined;
    });
    await expect.poll(() => kiosk.locator('.sync-badge').textContent(), { timeout: 30_000 }).toBe('已同步');
    const before = [await takeTicket(kiosk), await takeTicket(kiosk), await takeTicket(kiosk)];
    expect(new Set(before).size).toBe(3);

    const display = await profile.context.newPage();
    await display.goto(await own.terminalAddress('display'));
    const caller = await profile.context.newPage();
    await caller.goto(await own.terminalAddress('caller'));
    await loginAtWindow1(caller);
    const waiting = caller.getByRole('region', { name: '本窗口等候中' });
    await expect.poll(() => waiting.textContent(), { timeout: 30_000 }).toContain(before[2] ?? '');

    // Online: the claim goes to the server and the display shows the call.
    await callNext(caller, before[0] ?? '');
    await expect.poll(() => nowCalling(display), { timeout: 30_000 }).toContain(before[0] ?? '');

    // Cut off: lane A belongs to window 1 alone, so it may still call; the
    // kiosk still issues from the block it leased.
    await own.stopServer();
    await kiosk.bringToFront();
    const during = [await takeTicket(kiosk), await takeTicket(kiosk)];
    await caller.bringToFront();
    const current = caller.getByRole('region', { name: '当前号码' });
    await caller.keyboard.press('F3');
    await expect.poll(() => current.textContent(), { timeout: 10_000 }).toContain('办理中');
    await caller.keyboard.press('F4');
    await caller.getByRole('group', { name: '办结：选择结果' }).waitFor();
    await caller.keyboard.press('1');
    await caller.keyboard.press('F4');
    await expect.poll(() => current.textContent(), { timeout: 10_000 }).toContain('暂无');
    await callNext(caller, before[1] ?? '');
    expect(await caller.locator('.caller-status').textContent()).toContain('离线');

    // Back online: everything reaches the server and the display catches up.
    await own.restartServer();
    await expect.poll(() => nowCalling(display), { timeout: 90_000 }).toContain(before[1] ?? '');
    await expect.poll(() => kiosk.locator('.sync-badge').textContent(), { timeout: 90_000 }).toBe('已同步');

    const store = openStore({ sqlite: own.sqlitePath });
    try {
      const rows = await store.db.selectFrom('records').select('body').where('table_name', '=', 'tickets').execute();
      const numbers = rows.map((r) => (JSON.parse(r.body) as { day: string; display: string }).display);
      expect(numbers.sort()).toEqual([...before, ...during].sort());
      expect(new Set(numbers).size).toBe(numbers.length);
    } finally {
      await store.close();
    }
  }, 300_000);
});
