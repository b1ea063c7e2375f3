// Helpers for driving a kiosk in the browser suite.
import type { Page } from 'playwright-core';

/**
 * Past the attract screen to the home tiles. The kiosk also returns to the
 * attract screen by itself after 90 s untouched, so a step that starts from
 * home calls this first.
 */
export async function passAttract(kiosk: Page): Promise<void> {
  const start = kiosk.getByRole('button', { name: '点击屏幕开始' });
  const home = kiosk.getByRole('heading', { name: '请选择要办理的事项' });
  await start.or(home).first().waitFor({ timeout: 20_000 });
  if (await start.isVisible()) await start.click();
  await home.waitFor();
}
