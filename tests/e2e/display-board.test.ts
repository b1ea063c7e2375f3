import AxeBuilder from '@axe-core/playwright';
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

describe('the lobby display in a real Chromium', () => {
  it('shows a window’s call in "now calling" with its window, and the recent calls under it', async () => {
    const [first, second] = await caller.issue(LANE, FIRST, 3);
    if (first === undefined || second === undefined) throw new Error('tickets not issued');
    await expect
      .poll(() => page.getByText(`${LANE} 队列`).locator('..').textContent(), { timeout: 20_000 })
      .toContain('3 人等候');
    await caller.call(first, 4);
    await expect.poll(() => current().textContent(), { timeout: 10_000 }).toBe(`${first.display}→4 号窗口`);
    await caller.call(second, 5);
    await expect.poll(() => current().textContent(), { timeout: 10_000 }).toBe(`${second.display}→5 号窗口`);
    const recent = page.getByRole('region', { name: '正在叫号' }).getByRole('list');
    await expect.poll(() => recent.textContent()).toContain(`${first.display} → 4 号窗口`);
    await expect
      .poll(() => page.getByText(`${LANE} 队列`).locator('..').textContent(), { timeout: 10_000 })
      .toContain('1 人等候');
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
    it(`fits ${String(size.width)}×${String(size.height)} without scrolling sideways, the call and the hotline in view`, async () => {
      await page.setViewportSize(size);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const number = page.locator('.now-calling-current .call-number');
      const box = await number.boundingBox();
      expect(box).not.toBeNull();
      // Very large: at least a tenth of the screen's short side tall.
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(Math.min(size.width, size.height) / 10);
      expect(await page.getByRole('contentinfo').isVisible()).toBe(true);
    });
  }
});
