// The caller in a real Chromium against the embedded server: staff records
// (with their PIN hashes) arrive by pull, login is keyboard-only, and axe-core
// finds nothing on the login screen or the window.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openProfile, removeProfile } from './support/browser';
import { setPinAndPull } from './support/caller';
import { terminalAddress } from './support/codes';
import { passAttract } from './support/kiosk';

const dirs: string[] = [];
const PIN = '246810';

afterAll(() => {
  for (const d of dirs) removeProfile(d);
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Open an enrolled caller, give 刘洋 a PIN, and log in at window 1 from the keyboard. */
async function callerAtWindow1(page: Page): Promise<void> {
  await page.goto(terminalAddress('caller'));
  const first = page.getByRole('button', { name: /张丽/ });
  await expect.poll(() => first.count(), { timeout: 20_000 }).toBe(1);
  await setPinAndPull(page, inject('serverDbPath'), 'HCNJ003', PIN);
  await expect.poll(() => page.getByRole('button', { name: /刘洋/ }).count(), { timeout: 20_000 }).toBe(1);
  await expect.poll(() => first.evaluate((el) => el === document.activeElement), { timeout: 5_000 }).toBe(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.type(PIN);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.getByRole('heading', { name: '请选择本机的窗口号' }).count(), { timeout: 10_000 })
    .toBe(1);
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: '1 号窗口 · 刘洋（HCNJ003）' });
  await expect.poll(() => heading.count(), { timeout: 10_000 }).toBe(1);
}

describe('caller window in a real Chromium', () => {
  it('logs in from the keyboard alone, and axe finds no violation on the login screen or the window', async () => {
    const profile = await openProfile();
    dirs.push(profile.dir);
    const page = await profile.context.newPage();
    await page.goto(terminalAddress('caller'));
    const login = page.getByRole('heading', { name: '工作人员登录' });
    await expect.poll(() => login.count(), { timeout: 20_000 }).toBe(1);
    const first = page.getByRole('button', { name: /张丽/ });
    await expect.poll(() => first.count(), { timeout: 20_000 }).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Without a PIN the screen says who can set one.
    await expect.poll(() => first.evaluate((el) => el === document.activeElement), { timeout: 5_000 }).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 5_000 })
      .toContain('npm run cli -- set-pin');

    await setPinAndPull(page, inject('serverDbPath'), 'HCNJ003', PIN);
    const liu = page.getByRole('button', { name: /刘洋/ });
    await expect.poll(() => liu.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => first.evaluate((el) => el === document.activeElement), { timeout: 5_000 }).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.type(PIN);
    await page.keyboard.press('Enter');
    const pick = page.getByRole('heading', { name: '请选择本机的窗口号' });
    await expect.poll(() => pick.count(), { timeout: 10_000 }).toBe(1);
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: '1 号窗口 · 刘洋（HCNJ003）' });
    await expect.poll(() => heading.count(), { timeout: 10_000 }).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('F1');
    await expect
      .poll(() => page.locator('.caller-status').textContent(), { timeout: 10_000 })
      .toContain('当前没有等候的号码');
    expect(await axeViolations(page)).toEqual([]);
    await profile.close();
  });

  it('calls a ticket taken at the kiosk through the server claim, serves and finishes it, all by keyboard', async () => {
    const profile = await openProfile();
    dirs.push(profile.dir);
    const kiosk = await profile.context.newPage();
    await kiosk.goto(terminalAddress('kiosk'));
    await expect.poll(() => kiosk.locator('.sync-badge').textContent(), { timeout: 30_000 }).toBe('已同步');
    await passAttract(kiosk);
    await kiosk.getByRole('button', { name: '取号' }).click();
    await kiosk.getByRole('button', { name: '求职登记' }).click();
    await kiosk.getByRole('button', { name: '都不是' }).click();
    const number = kiosk.getByTestId('ticket-number');
    await number.waitFor({ timeout: 20_000 });
    const display = (await number.textContent()) ?? '';
    expect(display).toMatch(/^A\d{3,4}$/);
    await kiosk.evaluate(() => {
      window.print = () => undefined;
    });
    await kiosk.getByRole('button', { name: '打印号票' }).click();
    await kiosk.getByText('号票已打印，请取走号票。').waitFor();

    const page = await profile.context.newPage();
    await callerAtWindow1(page);
    const waiting = page.getByRole('region', { name: '本窗口等候中' });
    await expect.poll(() => waiting.textContent(), { timeout: 30_000 }).toContain(display);

    await page.keyboard.press('F1');
    const current = page.getByRole('region', { name: '当前号码' });
    await expect.poll(() => current.textContent(), { timeout: 10_000 }).toContain(display);
    expect(await current.textContent()).toContain('求职登记');
    expect(await page.locator('.caller-status').textContent()).not.toContain('离线');
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('F3');
    await expect.poll(() => current.textContent(), { timeout: 10_000 }).toContain('办理中');
    await page.keyboard.press('F4');
    await page.getByRole('group', { name: '办结：选择结果' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('1');
    await page.keyboard.press('F4');
    await expect.poll(() => current.textContent(), { timeout: 10_000 }).toContain('暂无');
    const figures = page.getByRole('region', { name: '今日数据' });
    await expect.poll(() => figures.textContent(), { timeout: 10_000 }).toContain('本窗口 1');
    await profile.close();
  });
});
