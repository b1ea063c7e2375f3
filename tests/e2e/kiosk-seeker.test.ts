// A walk-in seeker at the kiosk, in a real Chromium against a real server on
// loopback (issue 9): attract → search "bj" → 合川区, 日结 → a posting → 朗读
// (audio produced by the offline voice) → 我要报名 → a 即时快招 ticket with
// the job on its slip → the window calls it and sees the job. Then the same
// walk with the server stopped. The page has the shell's window.gigKiosk
// (support/shell-bridge.ts), so the slip goes as ESC/POS to a printer on
// loopback and its bytes are read back as GBK. Then an idle reset that leaves no trace of the
// typed text, and every main screen checked with axe-core and measured in
// both modes, with the screenshots the docs show (docs/kiosk/).
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../sync/server/store/open';
import { openProfile, removeProfile, type Profile } from './support/browser';
import { printedLines } from '../integration/printing/support/escpos-decode';
import { startFakePrinter, type FakePrinter } from '../integration/printing/support/fake-printer';
import { setPinAndPull } from './support/caller';
import { passAttract } from './support/kiosk';
import { startOwnServer, type OwnServer } from './support/own-server';
import { installKioskShell } from './support/shell-bridge';

const PIN = '246801';
const SHOTS = fileURLToPath(new URL('../../docs/kiosk/', import.meta.url));
let own: OwnServer;
let profile: Profile & { dir: string };
let kiosk: Page;
let printer: FakePrinter;

beforeAll(async () => {
  own = await startOwnServer({ feedback: 0 });
  printer = await startFakePrinter();
  profile = await openProfile();
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await profile.close();
  await printer.close();
  await own.close();
  removeProfile(profile.dir);
});

const count = async (page: Page) =>
  Number(/找到 (\d+) 个岗位/.exec((await page.locator('.kiosk-count').textContent()) ?? '')?.[1] ?? NaN);

/** Counts the offline voice's played audio in the page: every buffer handed to the speakers. */
async function watchAudio(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { playedSeconds: number[] };
    w.playedSeconds = [];
    // Bound to nothing on purpose: it is called below with each node as `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const start = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (
      this: AudioBufferSourceNode,
      when?: number,
      offset?: number,
      duration?: number,
    ) {
      w.playedSeconds.push(this.buffer?.duration ?? 0);
      start.call(this, when, offset, duration);
    };
  });
}

const played = (page: Page) =>
  page.evaluate(() => (window as unknown as { playedSeconds: number[] }).playedSeconds.slice());

/** What the thermal printer received, line by line, decoded as GBK. */
async function printedSlip(): Promise<string[]> {
  return printedLines((await printer.nextJob()).commands).map((l) => l.text);
}

/** The walk up to the printed slip; returns the ticket number and the job's title. */
async function seekerWalk(page: Page): Promise<{ number: string; title: string }> {
  await passAttract(page);
  await page.getByRole('button', { name: '找工作' }).click();
  await page.locator('.kiosk-count').waitFor({ timeout: 20_000 });
  const all = await count(page);
  await page.getByRole('searchbox', { name: '搜索岗位' }).fill('bj');
  await expect.poll(() => count(page)).toBeLessThan(all);
  await page.getByRole('button', { name: '工作区县 ▾' }).click();
  await page.getByRole('button', { name: '合川区', exact: true }).click();
  await page.getByRole('button', { name: '日结', exact: true }).click();
  await expect.poll(() => count(page)).toBeGreaterThan(0);
  const region = page.getByRole('region', { name: '零工岗位' });
  await region.locator('button.kiosk-job').first().click();
  const heading = page.locator('#kiosk-posting-title');
  await heading.waitFor();
  const title = (await heading.textContent()) ?? '';
  expect(title).toMatch(/保洁|搬/);
  await expect.poll(() => page.locator('.kiosk-posting-facts').textContent()).toMatch(/1\d\d\*{4}\d{4}/);
  // The employer comes from the public projection kiosks pull; never the employer's own contact.
  const employer = page
    .locator('.kiosk-posting-facts > div')
    .filter({ has: page.locator('dt', { hasText: '用工单位' }) })
    .locator('dd');
  await expect.poll(() => employer.textContent()).toMatch(/\p{Script=Han}{2,}/u);

  await page.locator('.kiosk-posting .kiosk-read').click();
  await expect.poll(() => played(page), { timeout: 30_000 }).toHaveLength(1);
  expect((await played(page))[0]).toBeGreaterThan(2);

  await page.getByRole('button', { name: '我要报名' }).click();
  await page.getByRole('button', { name: '都不是' }).click();
  const number = page.getByTestId('ticket-number');
  await number.waitFor({ timeout: 20_000 });
  expect(await page.getByTestId('slip-job').textContent()).toBe(title);
  const employerName = (await page.getByTestId('slip-employer').textContent()) ?? '';
  expect(employerName).not.toBe('');
  // Under the shell the slip goes to the thermal printer as soon as the number is issued.
  const slip = await printedSlip();
  await page.getByText('号票已打印，请取走号票。').waitFor({ timeout: 10_000 });
  await expect.poll(() => page.getByTestId('print-state').textContent()).toContain('已打印');
  const display = (await number.textContent()) ?? '';
  expect(slip).toContain(display);
  // Long titles and names wrap on the roll; read the slip as one text.
  const paper = slip.join('');
  expect(paper).toContain(title);
  expect(paper).toContain(`用工单位：${employerName}`);
  await page.getByRole('button', { name: '完成' }).click();
  return { number: display, title };
}

async function loginAtWindow1(caller: Page): Promise<void> {
  await expect.poll(() => caller.getByRole('button', { name: /张丽/ }).count(), { timeout: 30_000 }).toBe(1);
  await setPinAndPull(caller, own.sqlitePath, 'HCNJ003', PIN);
  await expect.poll(() => caller.getByRole('button', { name: /刘洋/ }).count(), { timeout: 30_000 }).toBe(1);
  await caller.getByRole('button', { name: /刘洋/ }).focus();
  await caller.keyboard.press('Enter');
  await caller.keyboard.type(PIN);
  await caller.keyboard.press('Enter');
  await caller.getByRole('heading', { name: '请选择本机的窗口号' }).waitFor({ timeout: 30_000 });
  await caller.keyboard.press('Enter');
  await caller.getByRole('heading', { name: '1 号窗口 · 刘洋（HCNJ003）' }).waitFor({ timeout: 10_000 });
}

async function axeViolations(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${screen}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Targets and body text measured in the page: every button and every text block of the kiosk. */
async function undersized(page: Page, minTarget: number, minText: number, screen: string): Promise<string[]> {
  return page.evaluate(
    ({ minTarget, minText, screen }) => {
      const out: string[] = [];
      for (const el of Array.from(document.querySelectorAll('button, input'))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.width < minTarget || r.height < minTarget) {
          out.push(
            `${screen}: target "${el.textContent.trim().slice(0, 20)}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`,
          );
        }
      }
      for (const el of Array.from(
        document.querySelectorAll('.kiosk p, .kiosk span, .kiosk dd, .kiosk dt, .kiosk button, .hotline'),
      )) {
        if (el.getBoundingClientRect().height === 0 || el.textContent.trim() === '') continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < minText) out.push(`${screen}: text "${el.textContent.trim().slice(0, 20)}" ${String(size)}px`);
      }
      return out;
    },
    { minTarget, minText, screen },
  );
}

describe('a walk-in seeker at the kiosk', () => {
  it('finds a 保洁 job by "bj", hears it, applies, and the window calls the ticket and sees the job', async () => {
    kiosk = await profile.context.newPage();
    const address = await own.terminalAddress('kiosk');
    // The shell's config names the server the page reaches (the suite's proxy on the page's origin).
    await installKioskShell(kiosk, {
      serverUrl: new URL(address).origin,
      marketId: own.marketId,
      printer: { host: printer.host, port: printer.port },
    });
    await kiosk.goto(address);
    await watchAudio(kiosk);
    await expect.poll(() => kiosk.locator('.sync-badge').textContent(), { timeout: 30_000 }).toBe('已同步');
    const { number, title } = await seekerWalk(kiosk);
    expect(number).toMatch(/^C0\d\d$/);

    const caller = await profile.context.newPage();
    await caller.goto(await own.terminalAddress('caller'));
    await loginAtWindow1(caller);
    const current = caller.getByRole('region', { name: '当前号码' });
    await expect
      .poll(
        async () => {
          await caller.keyboard.press('F1');
          return current.textContent();
        },
        { timeout: 30_000, interval: 2000 },
      )
      .toContain(number);
    // The caller's copy of the posting may arrive a pull later than the ticket.
    await expect.poll(() => current.textContent(), { timeout: 30_000 }).toContain(title);
    await caller.close();
  }, 180_000);

  it('walks the same way with the server stopped: the ticket and the application reach the server afterwards', async () => {
    await own.stopServer();
    // A fresh start of the kiosk with no server: everything comes from its local store.
    await kiosk.reload();
    await watchAudio(kiosk);
    let walked: { number: string; title: string };
    try {
      walked = await seekerWalk(kiosk);
    } finally {
      await own.restartServer();
    }
    const { number, title } = walked;
    expect(number).toMatch(/^C\d{3}$/);
    await expect.poll(() => kiosk.locator('.sync-badge').textContent(), { timeout: 90_000 }).toBe('已同步');
    const store = openStore({ sqlite: own.sqlitePath });
    try {
      const rows = await store.db.selectFrom('records').select('body').where('table_name', '=', 'tickets').execute();
      const ticket = rows
        .map(
          (r) =>
            JSON.parse(r.body) as {
              display: string;
              context: { postingId: string | null; applicationId: string | null };
            },
        )
        .find((t) => t.display === number);
      expect(ticket?.context.postingId).not.toBeNull();
      const posting = await store.db
        .selectFrom('records')
        .select('body')
        .where('table_name', '=', 'postings')
        .where('id', '=', ticket?.context.postingId ?? '')
        .executeTakeFirst();
      expect((JSON.parse(posting?.body ?? '{}') as { title?: string }).title).toBe(title);
      const application = await store.db
        .selectFrom('records')
        .select('body')
        .where('table_name', '=', 'applications')
        .where('id', '=', ticket?.context.applicationId ?? '')
        .executeTakeFirst();
      expect(JSON.parse(application?.body ?? '{}')).toMatchObject({
        status: 'requested',
        postingId: ticket?.context.postingId,
      });
    } finally {
      await store.close();
    }
  }, 240_000);

  it('after an idle reset holds no trace of the typed search in the DOM, nor the filters', async () => {
    await passAttract(kiosk);
    await kiosk.getByRole('button', { name: '找工作' }).click();
    await kiosk.getByRole('searchbox', { name: '搜索岗位' }).fill('zhuangxie');
    // The idle timer restarts on every input, so the input after installing the clock puts it on that clock.
    await kiosk.clock.install();
    await kiosk.getByRole('button', { name: '周结', exact: true }).click();
    await kiosk.clock.fastForward(95_000);
    await kiosk.getByRole('alertdialog', { name: '您还在使用吗？' }).waitFor();
    await kiosk.clock.fastForward(25_000);
    await kiosk.getByRole('button', { name: '点击屏幕开始' }).waitFor();
    const html = await kiosk.content();
    expect(html).not.toContain('zhuangxie');
    await kiosk.getByRole('button', { name: '点击屏幕开始' }).click();
    await kiosk.getByRole('button', { name: '找工作' }).click();
    expect(await kiosk.getByRole('searchbox', { name: '搜索岗位' }).inputValue()).toBe('');
    expect(await kiosk.getByRole('button', { name: '周结', exact: true }).getAttribute('aria-pressed')).toBe('false');
  }, 120_000);

  it('passes axe-core with big targets and text on every main screen in both modes, and shoots each for the docs', async () => {
    // A profile of its own: a second tab of the first would leave syncing to the first.
    const own2 = await openProfile();
    const page = await own2.context.newPage();
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.goto(await own.terminalAddress('kiosk'));
    await expect.poll(() => page.locator('.sync-badge').textContent(), { timeout: 30_000 }).toBe('已同步');
    const problems: string[] = [];
    for (const mode of ['default', 'elder'] as const) {
      const [target, text] = mode === 'elder' ? [88, 32] : [64, 24];
      const check = async (screen: string) => {
        problems.push(...(await axeViolations(page, `${mode}/${screen}`)));
        problems.push(...(await undersized(page, target, text, `${mode}/${screen}`)));
        await page.screenshot({ path: `${SHOTS}${screen}-${mode}.png` });
      };
      const start = page.getByRole('button', { name: '点击屏幕开始' });
      // A fresh start opens on the attract screen, where an older seeker turns 长辈模式 on first.
      if (!(await start.isVisible())) await page.reload();
      await start.waitFor({ timeout: 20_000 });
      const attractToggle = page.getByRole('button', { name: /长辈模式/ });
      if ((await attractToggle.getAttribute('aria-pressed')) !== String(mode === 'elder')) await attractToggle.click();
      await check('attract');
      await start.click();
      const toggle = page.locator('.kiosk-elder-toggle');
      if ((await toggle.getAttribute('aria-pressed')) !== String(mode === 'elder')) await toggle.click();
      await page.getByRole('heading', { name: '请选择要办理的事项' }).waitFor();
      await check('home');
      await page.getByRole('button', { name: '找工作' }).click();
      await page.locator('.kiosk-count').waitFor({ timeout: 20_000 });
      await check('jobs');
      await page.getByRole('searchbox', { name: '搜索岗位' }).fill('qqqq');
      await page.getByText('没有找到符合条件的岗位').waitFor();
      await check('no-result');
      await page.getByRole('button', { name: '清除全部条件' }).click();
      await page.locator('button.kiosk-job').first().click();
      await page.locator('#kiosk-posting-title').waitFor();
      await page.getByRole('img', { name: /手机页面二维码/ }).waitFor();
      await check('posting');
      await page.getByRole('button', { name: '返回首页' }).click();
      await page.getByRole('button', { name: '政策与补贴' }).click();
      await check('policy');
      await page.getByRole('button', { name: '返回首页' }).click();
    }
    await own2.close();
    removeProfile(own2.dir);
    expect(problems).toEqual([]);
  }, 240_000);
});
