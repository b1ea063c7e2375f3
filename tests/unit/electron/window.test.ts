import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { FakeWebContents, fakeEvent } from './fakes';

const created = vi.hoisted(() => [] as { options: unknown; win: unknown }[]);

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const { FakeWebContents: Contents } = await import('./fakes');
  class BrowserWindow extends Emitter {
    readonly webContents = new Contents(42);
    shown = false;
    menuRemoved = false;
    constructor(options: unknown) {
      super();
      created.push({ options, win: this });
    }
    removeMenu() {
      this.menuRemoved = true;
    }
    show() {
      this.shown = true;
    }
  }
  return { BrowserWindow };
});

const { createTerminalWindow, windowOptions } = await import('../../../electron/window');
const { allowListFor } = await import('../../../electron/navigation');

describe('windowOptions', () => {
  it.each(['kiosk', 'display', 'caller'] as const)('locks the %s window down in the field', (role) => {
    const o = windowOptions({ role, lockdown: true, preloadPath: '/app/dist/electron/preload.cjs' });
    expect(o).toMatchObject({ kiosk: true, fullscreen: true, frame: false, show: false, autoHideMenuBar: true });
    expect(o.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('lets the display and the caller sound without a tap; the kiosk waits for one', () => {
    const pref = (role: 'kiosk' | 'display' | 'caller') =>
      windowOptions({ role, lockdown: true, preloadPath: '/p' }).webPreferences?.autoplayPolicy;
    expect(pref('display')).toBe('no-user-gesture-required');
    expect(pref('caller')).toBe('no-user-gesture-required');
    expect(pref('kiosk')).toBe('document-user-activation-required');
  });

  it('is a plain window on a developer desk, with the same web preferences', () => {
    const o = windowOptions({ role: 'kiosk', lockdown: false, preloadPath: '/p' });
    expect(o.kiosk).toBeUndefined();
    expect(o.fullscreen).toBeUndefined();
    expect(o.width).toBe(1280);
    expect(o.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, devTools: false });
  });
});

describe('createTerminalWindow', () => {
  interface Win extends EventEmitter {
    webContents: FakeWebContents;
    shown: boolean;
    menuRemoved: boolean;
  }
  const make = (lockdown: boolean) => {
    const result = createTerminalWindow(
      { role: 'kiosk', lockdown, preloadPath: '/p' },
      allowListFor(['app://renderer/index.html']),
      vi.fn(),
    );
    const last = created.at(-1);
    if (!last) throw new Error('no window');
    return { result, win: last.win as Win };
  };

  it('restates the security flags at the constructor', () => {
    make(true);
    expect(created.at(-1)?.options).toMatchObject({
      kiosk: true,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        devTools: false,
        disableBlinkFeatures: 'Auxclick',
        preload: '/p',
      },
    });
  });

  it('removes the menu, guards navigation and shows only when ready', () => {
    const { win } = make(true);
    expect(win.menuRemoved).toBe(true);
    expect(win.webContents.windowOpenHandler?.({ url: 'app://renderer/' })).toEqual({ action: 'deny' });
    expect(win.webContents.listenerCount('will-navigate')).toBe(1);
    expect(win.webContents.listenerCount('before-input-event')).toBe(1);
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('refuses to close a locked-down window until main allows it (Alt+F4 reaches the window manager)', () => {
    const { result, win } = make(true);
    const first = fakeEvent();
    win.emit('close', first);
    expect(first.defaultPrevented).toBe(true);
    result.allowClose();
    const second = fakeEvent();
    win.emit('close', second);
    expect(second.defaultPrevented).toBe(false);
  });

  it('lets a developer close the windowed one', () => {
    const { win } = make(false);
    const ev = fakeEvent();
    win.emit('close', ev);
    expect(ev.defaultPrevented).toBe(false);
  });
});
