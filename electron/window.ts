// Main process. The one window of a terminal: full-screen kiosk per role in
// the field, a plain window on a developer's or technician's desk (lockdown
// off), and in both cases the same hardened web preferences: isolated, sandboxed
// preload, no Node in the page, web security on, no devtools.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { TerminalRole } from '../domain/records/market';
import { applyInputLockdown } from './lockdown';
import { guardNavigation, type AllowList } from './navigation';

export interface WindowSpec {
  readonly role: TerminalRole;
  /** Full-screen kiosk mode; false on a developer's machine (`npm start` without a config file). */
  readonly lockdown: boolean;
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  readonly preloadPath: string;
}

const TITLES: Readonly<Record<TerminalRole, string>> = {
  kiosk: '零工市场自助服务 / Gig market kiosk',
  display: '零工市场信息屏 / Gig market display',
  caller: '零工市场叫号 / Gig market caller',
};

/** Pure: the constructor options for a role's window. */
export function windowOptions(spec: WindowSpec): BrowserWindowConstructorOptions {
  const windowed = spec.role === 'display' ? { width: 1280, height: 720 } : { width: 1280, height: 800 };
  return {
    title: TITLES[spec.role],
    ...(spec.lockdown
      ? { kiosk: true, fullscreen: true, frame: false, resizable: false, movable: false, minimizable: false }
      : windowed),
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#10243e',
    webPreferences: {
      preload: spec.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      // Middle-click opens links in a new window; the open handler denies it anyway, this stops the event at the source.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      // The display announces "请 A023 号到 2 号窗口" with no one touching it;
      // the caller's chime also plays without a gesture. The kiosk reads aloud
      // only when tapped, so it keeps Chromium's default.
      autoplayPolicy: spec.role === 'kiosk' ? 'document-user-activation-required' : 'no-user-gesture-required',
      // A display in a corner of the hall is never focused; keep its timers at full speed.
      backgroundThrottling: spec.role !== 'display',
    },
  };
}

export interface CreatedWindow {
  readonly window: BrowserWindow;
  /** Let the window close (staff exit, relaunch); until then a terminal window refuses to close. */
  allowClose(): void;
}

/**
 * Create the window with its guards attached before anything is loaded.
 * A locked-down window refuses to close (Alt+F4 reaches the window manager
 * before any key handler) unless main allowed it.
 */
export function createTerminalWindow(spec: WindowSpec, allow: AllowList, onError: (err: Error) => void): CreatedWindow {
  const options = windowOptions(spec);
  // The security flags are restated at the constructor so they hold even if windowOptions is edited
  // carelessly, and so static auditors (electronegativity) see them where the window is created.
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  let closable = !spec.lockdown;
  win.removeMenu();
  guardNavigation(win.webContents, allow);
  applyInputLockdown(win.webContents, onError);
  win.once('ready-to-show', () => {
    win.show();
  });
  win.on('close', (event) => {
    if (!closable) event.preventDefault();
  });
  return {
    window: win,
    allowClose() {
      closable = true;
    },
  };
}
