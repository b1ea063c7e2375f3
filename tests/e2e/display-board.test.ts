import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CallerDriver } from '../support/caller-driver';
import { openProfile, removeProfile, type Profile } from './support/browser';
import { nextEnrolmentCode, terminalAddress } from './support/codes';

let profile: Profile & { dir: string };
let page: Page;
let caller: CallerDriver;
const clipResponses: number[] = [];
const warnings: string[] = [];

// Numbers far from what the kiosk tests issue, so the suites share the server without meeting.
const LANE = 'F';
const FIRST = 700 + Math.floor(Math.random() * 200);

beforeAll(async () => {
  profile = await openProfile();
  page = await profile.context.newPage();
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.endsWith('.wav')) clipResponses.push(r.status());
  });
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
  });
  await page.goto(terminalAddress('display'));
  await page.locator('.sync-badge', { hasText: '已同步' }).waitFor({ timeout: 30_000 });
  caller = await CallerDriver.enrol(inject('serverUrl'), nextEnrolmentCode('caller'), 'display e2e caller');
});

afterAll(async () => {
  await profile.close();
  removeProfile(profile.dir);
});

const current = () => page.getByRole('region', { name: '正在叫号' }).getByRole('status');
// Lane F is the standard services' 培训与创业: the display names the service, with its letter beside it.
const laneRow = () => page.locator('.lane-counts li', { hasText: '培训与创业' });

/** The regions a lobby screen must keep in view, and what of them may move beyond (the ticker's scrolling copy). */
const REGIONS = [
  '.shell-header',
  '.display-status',
  '.now-calling',
  '.lane-waiting',
  '.job-board',
  '.job-fairs',
  '.notice-ticker',
  '.hotline',
];

interface Escape {
  readonly region: string;
  readonly what: string;
  readonly rect: readonly number[];
}

/** Every element of the regions that lies (even partly) outside the viewport, or a region whose content overflows it. */
function escapes(regions: readonly string[]): Escape[] {
  const out: Escape[] = [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const describe = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
  for (const selector of regions) {
    const region = document.querySelector(selector);
    if (region === null) {
      out.push({ region: selector, what: 'missing', rect: [] });
      continue;
    }
    if (region.scrollHeight > region.clientHeight + 1) {
      out.push({
        region: selector,
        what: `content overflows (${String(region.scrollHeight)} > ${String(region.clientHeight)})`,
        rect: [],
      });
    }
    for (const el of [region, ...region.querySelectorAll('*')]) {
      // The ticker's moving copy scrolls through its window by design; the screen-reader copy is clipped to 1 px.
      if (el.closest('.ticker-text, .display-sr-only') !== null) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1) {
        out.push({ region: selector, what: describe(el), rect: [r.left, r.top, r.right, r.bottom].map(Math.round) });
      }
    }
  }
  return out;
}

describe('the lobby display in a real Chromium', () => {
  it('shows a window’s call in "now calling" with its window, and the recent calls under it', async () => {
    const [first, second] = await caller.issue(LANE, FIRST, 3);
    if (first === undefined || second === undefined) throw new Error('tickets not issued');
    await expect.poll(() => laneRow().textContent(), { timeout: 20_000 }).toContain('3 人等候');
    await caller.call(first, 4);
    await expect.poll(() => current().textContent(), { timeout: 10_000 }).toBe(`${first.display}→4 号窗口`);
    await caller.call(second, 5);
    await expect.poll(() => current().textContent(), { timeout: 10_000 }).toBe(`${second.display}→5 号窗口`);
    const recent = page.getByRole('region', { name: '正在叫号' }).getByRole('list');
    await expect.poll(() => recent.textContent()).toContain(`${first.display} → 4 号窗口`);
    await expect.poll(() => laneRow().textContent(), { timeout: 10_000 }).toContain('1 人等候');
  });

  it('loads and decodes every voice clip once, ahead of the first call', async () => {
    await expect.poll(() => clipResponses.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(40);
    expect(clipResponses.every((status) => status === 200)).toBe(true);
    expect(warnings.filter((w) => w.includes('语音片段'))).toEqual([]);
  });

  it('asks for a click to enable sound exactly when the browser holds audio back', async () => {
    // Headless Chromium may allow autoplay; ask it what a context made without a gesture gets.
    const held = await page.evaluate(async () => {
      const probe = new AudioContext();
      const state = probe.state;
      await probe.close();
      return state === 'suspended';
    });
    const button = page.getByRole('button', { name: '点击启用声音' });
    await expect.poll(() => button.count(), { timeout: 10_000 }).toBe(held ? 1 : 0);
    if (held) {
      await button.click();
      await expect.poll(() => button.count(), { timeout: 10_000 }).toBe(0);
    }
  });

  it('has no accessibility violations (axe-core) in what the display renders', async () => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
    { width: 1080, height: 1920 },
    { width: 2160, height: 3840 },
  ]) {
    const name = `${String(size.width)}x${String(size.height)}`;
    it(`fits ${name} by construction: every region in view, nothing scrolls, the call readable across the hall, axe clean`, async () => {
      await page.setViewportSize(size);
      const cards = page.locator('.board-card');
      await expect.poll(() => cards.count(), { timeout: 10_000 }).toBeGreaterThan(0);
      // Let the board measure itself for the new size (ResizeObserver) and settle.
      await page.waitForTimeout(500);
      await page.screenshot({ path: fileURLToPath(new URL(`../../docs/display/${name}.png`, import.meta.url)) });
      expect(await page.evaluate(escapes, REGIONS)).toEqual([]);
      const scroll = await page.evaluate(() => ({
        down: document.documentElement.scrollHeight - window.innerHeight,
        across: document.documentElement.scrollWidth - window.innerWidth,
      }));
      expect(scroll).toEqual({ down: 0, across: 0 });
      const box = await page.locator('.now-calling-current .call-number').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(size.height * 0.08);
      // The board fills its panel with whole cards: one more row would not fit.
      const fit = await page.evaluate(() => {
        const list = document.querySelector('.board-list');
        const card = document.querySelector('.board-card');
        if (list === null || card === null) return null;
        const gap = Number.parseFloat(getComputedStyle(list).rowGap);
        const used = card.getBoundingClientRect().height + gap;
        const rows = Math.ceil(list.querySelectorAll('.board-card').length / 2);
        return { spare: list.clientHeight - rows * used + gap, row: used };
      });
      expect(fit).not.toBeNull();
      if (fit !== null) expect(fit.spare).toBeLessThan(fit.row);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});
