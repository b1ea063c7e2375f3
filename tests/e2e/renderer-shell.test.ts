import { afterAll, describe, expect, inject, it } from 'vitest';
import { openProfile, removeProfile } from './support/browser';
import { terminalAddress } from './support/codes';
import { passAttract } from './support/kiosk';

const base = inject('rendererUrl');
const dirs: string[] = [];

afterAll(() => {
  for (const d of dirs) removeProfile(d);
});

describe('terminals in a real Chromium against the embedded server', () => {
  it('enrols, pulls the demo market into real IndexedDB, and still has it after the browser restarts', async () => {
    const first = await openProfile();
    dirs.push(first.dir);
    const page = await first.context.newPage();
    await page.goto(terminalAddress('kiosk'));
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent(), { timeout: 20_000 }).toMatch(/零工(市场|驿站) · 自助查询机$/);
    // The kiosk opens on its attract screen; the pulled market shows as job cards behind 找工作.
    await passAttract(page);
    await page.getByRole('button', { name: '找工作' }).click();
    const jobs = page.getByRole('region', { name: '零工岗位' }).locator('button.kiosk-job');
    await expect.poll(() => jobs.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.has('enrol')).toBe(false);
    const dbNames = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(dbNames).toContain('gig-kiosk-kiosk');
    await expect.poll(() => page.locator('.sync-badge').textContent(), { timeout: 20_000 }).toBe('已同步');
    const marketName = await heading.textContent();
    await first.close();

    // A restart opens the plain address: the credentials and the data are local.
    const second = await openProfile(first.dir);
    const again = await second.context.newPage();
    await again.goto(`${base}#/kiosk`);
    await expect
      .poll(() => again.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
      .toBe(marketName);
    await second.close();
  });

  it('shows the rights hotline on every role screen (第九条)', async () => {
    const profile = await openProfile();
    dirs.push(profile.dir);
    for (const role of ['kiosk', 'display', 'caller'] as const) {
      const page = await profile.context.newPage();
      await page.goto(terminalAddress(role));
      const footer = page.getByRole('contentinfo');
      await expect.poll(() => footer.textContent(), { timeout: 20_000 }).toMatch(/权益维护投诉咨询电话: \S+/);
      await page.close();
    }
    await profile.close();
  });

  it('asks a terminal without a code to be enrolled, and refuses a wrong code with a clear message', async () => {
    const profile = await openProfile();
    dirs.push(profile.dir);
    const page = await profile.context.newPage();
    await page.goto(`${base}#/display`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
      .toBe('终端注册');
    await page.getByRole('textbox', { name: '注册码' }).fill('AAAA-BBBB-CCCC-DDDD');
    await page.getByRole('button', { name: '注册' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/^注册失败/);
    await profile.close();
  });

  it('offers the three roles when no role is in the address', async () => {
    const profile = await openProfile();
    dirs.push(profile.dir);
    const page = await profile.context.newPage();
    await page.goto(base);
    for (const name of ['自助查询机', '信息发布大屏', '窗口叫号']) {
      await expect.poll(() => page.getByRole('link', { name }).count(), { timeout: 20_000 }).toBe(1);
    }
    await profile.close();
  });
});
