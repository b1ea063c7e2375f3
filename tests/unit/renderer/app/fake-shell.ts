// A stand-in for the preload's `window.gigKiosk` in jsdom: every method a
// vi.fn with a sensible default, plus a way to push disk statuses the way
// main does. Installed with defineProperty so `'gigKiosk' in window` is true
// exactly while a test wants the shell.
import { vi } from 'vitest';
import type { DiskStatus, GigKioskApi, TerminalView } from '../../../../electron/ipc-contract';

export const SHELL_SERVER = 'http://10.0.0.2:8787/';
export const CONFIG_MARKET = '01936f3e-1c2a-7b4d-8e5f-0123456789ab';

export const VIEW: TerminalView = {
  role: 'kiosk',
  marketId: CONFIG_MARKET,
  serverUrl: SHELL_SERVER,
  windowNumber: null,
  printer: null,
  kiosk: { idleResetSeconds: 90 },
  dev: false,
  appVersion: '0.1.0',
};

export const OK_DISK: DiskStatus = {
  level: 'ok',
  canIssueTickets: true,
  freeBytes: 50 * 1024 ** 3,
  totalBytes: 100 * 1024 ** 3,
  message: null,
  checkedAt: '2026-11-26T02:00:00.000Z',
};

export const FULL_DISK: DiskStatus = {
  ...OK_DISK,
  level: 'critical',
  canIssueTickets: false,
  freeBytes: 300 * 1024 * 1024,
  message: { zh: '磁盘空间不足', en: 'Disk almost full' },
};

export type FakeShell = {
  [K in keyof GigKioskApi]: GigKioskApi[K] extends (...args: infer A) => infer R
    ? ReturnType<typeof vi.fn<(...args: A) => R>>
    : GigKioskApi[K];
} & {
  /** Deliver a disk status to every onDiskStatus listener, as main's push does. */
  pushDisk(status: DiskStatus): void;
};

export function installShell(): FakeShell {
  const listeners = new Set<(status: DiskStatus) => void>();
  const shell: FakeShell = {
    contractVersion: 1,
    getConfig: vi.fn(() => Promise.resolve(VIEW)),
    getHealth: vi.fn(() => Promise.resolve({ disk: OK_DISK, recentReloads: 0, nextRestartAt: null, uptimeSeconds: 1 })),
    printEscPos: vi.fn(() => Promise.resolve({ ok: true, via: 'network' } as const)),
    printPage: vi.fn(() => Promise.resolve({ ok: true, via: 'system' } as const)),
    requestRestart: vi.fn(() => Promise.resolve({ accepted: true } as const)),
    staffExit: vi.fn(() => Promise.resolve({ ok: true, action: 'verify' } as const)),
    getCredentials: vi.fn(() => Promise.resolve({ enrolled: false, reason: 'absent', message: null } as const)),
    saveCredentials: vi.fn(() => Promise.resolve({ ok: true, protection: 'keystore' } as const)),
    onDiskStatus: vi.fn((listener: (status: DiskStatus) => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    }),
    pushDisk(status) {
      for (const l of listeners) l(status);
    },
  };
  Object.defineProperty(window, 'gigKiosk', { value: shell, configurable: true });
  return shell;
}

export function removeShell(): void {
  Reflect.deleteProperty(window, 'gigKiosk');
}
