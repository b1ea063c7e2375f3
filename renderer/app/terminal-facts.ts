// What the terminal's heartbeat reports beyond the sync counts: the app
// version, the printer and the free disk. Inside the shell they come from
// main (config and disk guard); in a plain browser there is no shell, so the
// version says so, there is no printer, and the free space is the origin's
// storage quota left.
import type { TerminalFacts } from '../../sync/client';

export const BROWSER_APP_VERSION = 'web';

export async function terminalFacts(win: Window = window): Promise<TerminalFacts> {
  const api = win.gigKiosk;
  if (api !== undefined) {
    const [config, health] = await Promise.all([api.getConfig(), api.getHealth()]);
    return {
      appVersion: config.appVersion,
      // The shell reports print results per job, not a standing printer status.
      printer: config.printer === null ? 'none' : 'unknown',
      freeDiskBytes: health.disk.freeBytes,
    };
  }
  let freeDiskBytes: number | null = null;
  try {
    const estimate = await win.navigator.storage.estimate();
    if (estimate.quota !== undefined && estimate.usage !== undefined)
      freeDiskBytes = Math.max(0, estimate.quota - estimate.usage);
  } catch {
    // No StorageManager (old engine, some test environments): unknown.
  }
  return { appVersion: BROWSER_APP_VERSION, printer: 'none', freeDiskBytes };
}
