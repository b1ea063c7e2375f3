// The Content-Security-Policy the shell sends (electron/protocol.ts), enforced
// by a real Chromium on the real build: the app's own bundle runs, an injected
// inline script does not, and the page is told so by a
// `securitypolicyviolation` event.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openProfile, removeProfile, type Profile } from './support/browser';
import { startAppProtocolServer, type AppProtocolServer } from './support/app-protocol-server';

const rendererRoot = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

interface Violation {
  readonly directive: string;
  readonly blockedURI: string;
  readonly sample: string;
}

declare global {
  interface Window {
    __violations?: Violation[];
    __ran?: boolean;
  }
}

let app: AppProtocolServer;
let profile: Profile & { dir: string };

beforeAll(async () => {
  app = await startAppProtocolServer({ rendererRoot, serverUrl: inject('serverUrl') });
  profile = await openProfile();
});

afterAll(async () => {
  await profile.close();
  removeProfile(profile.dir);
  await app.close();
});

describe('the renderer served through the shell’s app:// handler', () => {
  it('sends the strict CSP on the document', async () => {
    const page = await profile.context.newPage();
    const response = await page.goto(`${app.url}index.html#/kiosk`);
    const header = response?.headers()['content-security-policy'];
    expect(header).toBe(app.csp);
    expect(header).toContain("script-src 'self'");
    expect(header).not.toContain('unsafe-inline');
    await page.close();
  });

  it('runs its own bundle but blocks an injected inline script and reports the violation', async () => {
    const page = await profile.context.newPage();
    // Init scripts come from the test harness, outside the page's CSP: they only record what the page is told.
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__violations?.push({ directive: e.violatedDirective, blockedURI: e.blockedURI, sample: e.sample });
      });
    });
    await page.goto(`${app.url}index.html#/kiosk`);
    // The bundle ran: with no credentials the terminal asks to be enrolled.
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
      .toBe('终端注册');
    expect(await page.evaluate(() => window.__violations)).toEqual([]);

    const injected = await page.addScriptTag({ content: 'window.__ran = true' }).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error.message : 'rejected'),
    );
    // Playwright may or may not surface the refusal itself; the page's state is what counts.
    if (injected !== null) expect(injected).toMatch(/Content Security Policy|CSP|refused/i);
    expect(await page.evaluate(() => window.__ran)).toBeUndefined();
    await expect.poll(() => page.evaluate(() => window.__violations?.length ?? 0)).toBeGreaterThan(0);
    const [violation] = (await page.evaluate(() => window.__violations)) ?? [];
    expect(violation?.directive).toMatch(/^script-src/);
    expect(violation?.blockedURI).toBe('inline');
    await page.close();
  });

  it('refuses to serve a path outside the build', async () => {
    const page = await profile.context.newPage();
    const response = await page.request.get(`${app.url}..%2f..%2fpackage.json`);
    expect(response.status()).toBe(404);
    await page.close();
  });
});
