// The kiosk's take-a-number flow in a real Chromium against the embedded
// server: enrol, pull the demo market, take a ticket (its number leased from
// the server), print it through the browser fallback; every screen passes
// axe-core and every button is at least 64 × 64 px.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openProfile, removeProfile } from './support/browser';
import { terminalAddress } from './support/codes';
import { passAttract } from './support/kiosk';

const dirs: string[] = [];

afterAll(() => {
  for (const d of dirs) removeProfile(d);
});

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const summary = result.violations.map(
    (v) => `${screen}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

async function expectBigButtons(page: Page, screen: string): Promise<void> {
  const buttons = page.locator('button');
  const count = await buttons.count();
  expect(count, screen).toBeGreaterThan(0);
  const small: string[] = [];
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    const box = await button.boundingBox();
    if (box === null) continue;
    if (box.width < 64 || box.height < 64) {
      small.push(`${screen}: ${(await button.textContent()) ?? ''} ${String(box.width)}×${String(box.height)}`);
    }
  }
  expect(small).toEqual([]);
}

describe('kiosk: take a number', () => {
  it('issues a leased number, shows it with its QR, prints it, and every screen is accessible with big targets', async () => {
    const profile = await openProfile();
    dirs.push(profile.dir);
    const page = await profile.context.newPage();
    await page.goto(terminalAddress('kiosk'));
    await expect.poll(() => page.locator('.sync-badge').textContent(), { timeout: 30_000 }).toBe('已同步');

    await passAttract(page);
    const take = page.getByRole('button', { name: '取号' });
    await take.waitFor({ timeout: 20_000 });
    await expectAccessible(page, 'home');
    await expectBigButtons(page, 'home');

    await take.click();
    const service = page.getByRole('button', { name: '政策咨询' });
    await service.waitFor();
    await expectAccessible(page, 'services');
    await expectBigButtons(page, 'services');

    await service.click();
    const elderly = page.getByRole('button', { name: '老年人' });
    await elderly.waitFor();
    await expectAccessible(page, 'priority');
    await expectBigButtons(page, 'priority');

    await elderly.click();
    const number = page.getByTestId('ticket-number');
    await number.waitFor({ timeout: 20_000 });
    // From a block leased from the server, not the fallback band (9000+).
    expect(await number.textContent()).toMatch(/^D0\d\d$/);
    await page.getByRole('img', { name: /排队进度二维码/ }).waitFor();
    await expectAccessible(page, 'ticket');
    await expectBigButtons(page, 'ticket');

    // The browser fallback prints with window.print(); headless Chromium has no dialog to wait on.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: '打印号票' }).click();
    await page.getByText('号票已打印，请取走号票。').waitFor();
    await page.getByRole('button', { name: '完成' }).click();
    await take.waitFor();

    await page.getByRole('button', { name: '呼叫工作人员' }).click();
    // Said only once the server has the request (tests/e2e/call-staff.test.ts follows it to the windows).
    await page.getByText(/已送达服务窗口/).waitFor({ timeout: 20_000 });
    await expectAccessible(page, 'staff called');
    await expectBigButtons(page, 'staff called');
    await profile.close();
  });
});
