// A fake `electron` module for the composition tests of electron/main.ts:
// records what main calls, in order. Vitest isolates test files, so each file
// that mocks `electron` with this module gets its own state.
import { EventEmitter } from 'node:events';
import { FakeWebContents } from './fakes';

export const state = {
  calls: [] as string[],
  loaded: [] as string[],
  handlers: new Map<string, unknown>(),
  windowOptions: [] as unknown[],
  windows: [] as FakeBrowserWindow[],
  protocolHandler: null as ((request: Request) => Promise<Response>) | null,
  paths: new Map<string, string>(),
  lock: true,
};

class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents(5);
  constructor(options: unknown) {
    super();
    state.windowOptions.push(options);
    state.windows.push(this);
  }
  removeMenu() {
    state.calls.push('removeMenu');
  }
  show() {
    state.calls.push('show');
  }
  isDestroyed() {
    return false;
  }
  loadURL(url: string) {
    state.loaded.push(url);
    return Promise.resolve();
  }
}

const appEvents = new EventEmitter();

export const electronModule = {
  BrowserWindow: FakeBrowserWindow,
  app: Object.assign(appEvents, {
    getPath: (name: string) => state.paths.get(name) ?? `/fake/${name}`,
    setPath: (name: string, value: string) => {
      state.calls.push(`setPath:${name}`);
      state.paths.set(name, value);
    },
    requestSingleInstanceLock: () => {
      state.calls.push('lock');
      return state.lock;
    },
    whenReady: () => Promise.resolve(),
    getVersion: () => '0.1.0',
    quit: () => state.calls.push('quit'),
    exit: (code: number) => state.calls.push(`exit:${code}`),
    relaunch: () => state.calls.push('relaunch'),
  }),
  protocol: {
    registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => {
      state.calls.push(`registerSchemes:${schemes.map((s) => s.scheme).join(',')}`);
    },
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
      state.calls.push(`protocol.handle:${scheme}`);
      state.protocolHandler = handler;
    },
  },
  session: {
    defaultSession: Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: () => state.calls.push('permissionRequest'),
      setPermissionCheckHandler: () => state.calls.push('permissionCheck'),
      setDevicePermissionHandler: () => state.calls.push('devicePermission'),
    }),
  },
  Menu: { setApplicationMenu: (menu: unknown) => state.calls.push(`menu:${String(menu)}`) },
  powerSaveBlocker: { start: (type: string) => state.calls.push(`powerSave:${type}`) },
  ipcMain: {
    handle: (channel: string, listener: unknown) => state.handlers.set(channel, listener),
    removeHandler: (channel: string) => state.handlers.delete(channel),
  },
  webContents: { fromId: () => undefined },
  // Reversible and visibly not plain text, so a test can tell the file was written through it.
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (plain: string) => Buffer.from(plain, 'utf8').reverse(),
    decryptString: (encrypted: Buffer) => Buffer.from(encrypted).reverse().toString('utf8'),
  },
  dialog: { showErrorBox: (title: string) => state.calls.push(`errorBox:${title}`) },
};

/** Let `app.whenReady().then(...)` in main.ts run. */
export function settle(): Promise<void> {
  return new Promise((r) => setTimeout(r, 10));
}
