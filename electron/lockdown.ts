// Main process. Keyboard, zoom and context-menu lockdown of a terminal's page.
// The application menu is removed (main.ts), which already drops Electron's
// default accelerators; this swallows the keys Chromium itself acts on, for the
// day someone plugs a keyboard into a kiosk. Keys the OS handles before the
// app sees them (Alt+Tab, Ctrl+Alt+Del, the Windows key) cannot be blocked here:
// see docs/operations/terminal.md for the OS-level kiosk settings.
import type { WebContents } from 'electron';

/** The fields of Electron's `Input` the decision reads. */
export interface KeyInput {
  readonly type: string;
  readonly key: string;
  readonly code: string;
  readonly control: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
}

/**
 * Keys blocked with no modifier: reload, full-screen toggle, devtools, the
 * browser keys of multimedia keyboards. F1–F4 and F6–F10 stay free for the
 * caller's call shortcuts (they do nothing in Electron without a menu).
 */
const BARE_KEYS = new Set([
  'F5',
  'F11',
  'F12',
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'BrowserSearch',
]);

/**
 * With Ctrl (or ⌘): close, quit, reload, print dialog, open, save, new window or
 * tab, find, view source, history, downloads, address bar, zoom. Copy, paste,
 * cut, select all and undo stay available for the caller's text fields.
 */
const CTRL_CODES = new Set([
  'KeyW',
  'KeyQ',
  'KeyR',
  'KeyP',
  'KeyO',
  'KeyS',
  'KeyN',
  'KeyT',
  'KeyF',
  'KeyG',
  'KeyU',
  'KeyH',
  'KeyJ',
  'KeyL',
  'KeyD',
  'KeyE',
  'KeyK',
  'Equal',
  'Minus',
  'Digit0',
  'NumpadAdd',
  'NumpadSubtract',
  'Numpad0',
  'F4',
  'F5',
  'Tab',
  'PageUp',
  'PageDown',
]);

/** Zoom keys by their produced character too, for layouts where `+` is not on Equal. */
const CTRL_KEYS = new Set(['+', '-', '=', '0', '_']);

/** Pure: should this key event be swallowed before the page and Chromium see it? */
export function shouldBlockKey(input: KeyInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  if (BARE_KEYS.has(input.key) || BARE_KEYS.has(input.code)) return true;
  // Alt+F4 closes the window; Alt+Left/Right walk history; Alt alone would focus a menu.
  if (
    input.alt &&
    (input.code === 'F4' || input.code === 'ArrowLeft' || input.code === 'ArrowRight' || input.code === 'Home')
  ) {
    return true;
  }
  if (input.control || input.meta) {
    // Ctrl+Shift+I / J / C / Delete: devtools, console, inspector, clear data.
    if (input.shift && ['KeyI', 'KeyJ', 'KeyC', 'Delete', 'KeyN', 'KeyT', 'KeyR'].includes(input.code)) return true;
    if (input.alt && input.code === 'KeyI') return true;
    if (CTRL_CODES.has(input.code) || CTRL_KEYS.has(input.key)) return true;
  }
  return false;
}

/**
 * Swallow escape keys, fix the zoom at 100 % (no pinch, no Ctrl+wheel) and
 * show no context menu (long-press on a touch screen raises one).
 */
export function applyInputLockdown(contents: WebContents, onError: (err: Error) => void): void {
  contents.on('before-input-event', (event, input) => {
    if (shouldBlockKey(input)) event.preventDefault();
  });
  contents.on('did-finish-load', () => {
    contents.setZoomFactor(1);
    contents.setVisualZoomLevelLimits(1, 1).catch((err: unknown) => {
      onError(err instanceof Error ? err : new Error(String(err)));
    });
  });
  contents.on('zoom-changed', () => {
    contents.setZoomFactor(1);
  });
  contents.on('context-menu', (event) => {
    event.preventDefault();
  });
}
