// display.heap_growth_mb (issue 12: a lobby screen runs for months): the real
// display in headless Chromium pages its job board 2,000 times while a window
// pushes 500 calls through the real server, which the display pulls, shows
// and queues for announcement (played with autoplay allowed). The figure is
// the JS heap after a forced garbage collection (CDP HeapProfiler) minus the
// heap at the start, in MB; the baseline is the same run with the board
// static (it never pages), so the ratio isolates what paging leaves behind.
// Goal: ≤ 5 MB. The fast paging comes through the display's own address
// (`?pageSeconds=`, renderer/display/display-options.ts), not a test path.
import { chromium, type Browser } from 'playwright-core';
import { startOwnServer, type OwnServer } from '../e2e/support/own-server';
import { CallerDriver } from '../support/caller-driver';
import type { Benchmark } from './harness';

const PAGES = 2_000;
const CALLS = 500;
const FAST_PAGE_SECONDS = 0.02;
const STATIC_PAGE_SECONDS = 3_600;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MB = 1024 * 1024;

/** Counts page turns of the board in the page (attribute changes of data-page). */
const PAGE_COUNTER = `(() => {
  window.__gigPages = 0;
  const install = () => {
    new MutationObserver((records) => {
      for (const r of records) if (r.attributeName === 'data-page') window.__gigPages += 1;
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-page'] });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', install);
  else install();
})();`;

async function growthMb(browser: Browser, own: OwnServer, pageSeconds: number, lane: string): Promise<number> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1920, height: 1080 },
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(PAGE_COUNTER);
    const address = new URL(await own.terminalAddress('display'));
    address.searchParams.set('pageSeconds', String(pageSeconds));
    await page.goto(address.toString());
    await page.locator('.sync-badge', { hasText: '已同步' }).waitFor({ timeout: 60_000 });
    await page.locator('.board-card').first().waitFor({ timeout: 30_000 });
    const callerCode = new URL(await own.terminalAddress('caller')).searchParams.get('enrol') ?? '';
    const caller = await CallerDriver.enrol(own.serverUrl, callerCode, `heap bench ${lane}`);
    const tickets = await caller.issue(lane, 1, CALLS);
    await page.locator('.lane-counts li', { hasText: `${String(CALLS)} 人等候` }).waitFor({ timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const start = await heap();
    const pagesAtStart = await page.evaluate(() => (window as unknown as { __gigPages: number }).__gigPages);
    // Calls spread over the paging, as a hall's windows call through a day; the same pace in both runs.
    const gapMs = (PAGES * FAST_PAGE_SECONDS * 1000) / CALLS;
    for (const [i, ticket] of tickets.entries()) {
      await caller.call(ticket, 1 + (i % 6));
      await new Promise((r) => setTimeout(r, gapMs));
    }
    const last = tickets[tickets.length - 1];
    if (last !== undefined) {
      await page.locator('.now-calling-current .call-number', { hasText: last.display }).waitFor({ timeout: 60_000 });
    }
    if (pageSeconds === FAST_PAGE_SECONDS) {
      await page.waitForFunction(
        (target) => (window as unknown as { __gigPages: number }).__gigPages >= target,
        pagesAtStart + PAGES,
        { timeout: 300_000, polling: 500 },
      );
    }
    // Let the announcement queue drain its last sentences before measuring.
    await page.waitForTimeout(5_000);
    return ((await heap()) - start) / MB;
  } finally {
    await context.close();
  }
}

export const benchmarks: Benchmark[] = [
  {
    name: 'display.heap_growth_mb',
    unit: 'MB',
    better: 'lower',
    async run() {
      const own = await startOwnServer({ feedback: 0, build: true });
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          // A lobby display's shell allows sound without a click; so does the bench, so audio nodes are made.
          '--autoplay-policy=no-user-gesture-required',
        ],
      });
      try {
        const baseline = await growthMb(browser, own, STATIC_PAGE_SECONDS, 'E');
        const value = await growthMb(browser, own, FAST_PAGE_SECONDS, 'F');
        return { value, baseline };
      } finally {
        await browser.close();
        await own.close();
      }
    },
  },
];
