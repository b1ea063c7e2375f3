// Composition test: loads electron/main.ts against a fake `electron` module and
// checks the wiring (scheme registration before ready, per-role profile,
// single-instance lock, protocol, permissions, window, IPC, display wake lock).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../../electron/ipc-contract';
import { hashStaffPin } from '../../../electron/staff-pin';
import { settle, state } from './fake-electron';

const read = vi.hoisted(() => [] as string[]);

// The renderer build is not part of this test: any file the protocol reads is a stub page.
vi.mock('node:fs/promises', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:fs/promises')>()),
  readFile: (path: string) => {
    read.push(path);
    return Promise.resolve(Buffer.from('<!doctype html>'));
  },
}));
vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const dir = mkdtempSync(join(tmpdir(), 'gig-main-'));
const configPath = join(dir, 'terminal.json');
writeFileSync(
  configPath,
  JSON.stringify({
    version: 1,
    role: 'display',
    marketId: '01936f3e-1c2a-7b4d-8e5f-0123456789ab',
    serverUrl: 'http://10.0.0.2:8787',
    disk: { checkIntervalSeconds: 3600 },
    schedule: { nightlyRestart: null },
    staff: { pinHash: await hashStaffPin('246810', { N: 1024, r: 8, p: 1 }) },
  }),
);
const saved = { ...process.env };
delete process.env.GIG_RENDERER_URL;
process.env.GIG_CONFIG = configPath;
state.paths.set('appData', dir);

await import('../../../electron/main');
await settle();

afterAll(() => {
  process.env = saved;
});

describe('electron/main.ts wiring', () => {
  it('registers app:// as privileged before anything else, then takes the lock for the role profile', () => {
    expect(state.calls[0]).toBe('registerSchemes:app');
    expect(state.calls.indexOf('setPath:userData')).toBeLessThan(state.calls.indexOf('lock'));
    expect(state.paths.get('userData')).toBe(join(dir, 'gig-kiosk', 'display'));
  });

  it('removes the menu, serves app://, and installs the permission handlers', () => {
    expect(state.calls).toContain('menu:null');
    expect(state.calls).toContain('protocol.handle:app');
    expect(state.calls).toEqual(expect.arrayContaining(['permissionRequest', 'permissionCheck', 'devicePermission']));
  });

  it('opens one locked-down display window with the bundled preload and loads the renderer over app://', () => {
    expect(state.windowOptions).toHaveLength(1);
    expect(state.windowOptions[0]).toMatchObject({
      kiosk: true,
      fullscreen: true,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false },
    });
    const preload = (state.windowOptions[0] as { webPreferences: { preload: string } }).webPreferences.preload;
    expect(preload.endsWith(join('electron', 'preload.cjs'))).toBe(true);
    expect(state.loaded).toEqual(['app://renderer/index.html#/display']);
  });

  it('keeps the display awake', () => {
    expect(state.calls).toContain('powerSave:prevent-display-sleep');
  });

  it('registers every IPC channel of the contract', () => {
    expect([...state.handlers.keys()].sort()).toEqual([...ipcChannels].sort());
  });

  it('serves app:// with the renderer CSP naming the configured server', async () => {
    const res = await state.protocolHandler?.(new Request('app://renderer/index.html'));
    expect(res?.status).toBe(200);
    expect(read.at(-1)?.endsWith(join('renderer', 'index.html'))).toBe(true);
    expect(res?.headers.get('content-security-policy')).toContain(
      "connect-src 'self' http://10.0.0.2:8787 ws://10.0.0.2:8787",
    );
  });

  it('pushes the first disk status to the renderer', () => {
    expect(state.windows[0]?.webContents.sent.map(([channel]) => channel)).toEqual(['gig:event:disk']);
  });

  it('repeats the disk status to every page that finishes loading', () => {
    const contents = state.windows[0]?.webContents;
    contents?.emit('did-finish-load');
    expect(contents?.sent.map(([channel]) => channel)).toEqual(['gig:event:disk', 'gig:event:disk']);
  });

  it('answers the staff exit only from our page, and shows the config without the PIN hash', async () => {
    type Listener = (event: unknown, payload: unknown) => Promise<unknown>;
    const staffExit = state.handlers.get('gig:staff:exit') as Listener;
    const ours = { sender: { id: 5 }, senderFrame: { url: 'app://renderer/index.html#/display', parent: null } };
    const theirs = { sender: { id: 5 }, senderFrame: { url: 'https://evil.example/', parent: null } };
    await expect(staffExit(theirs, { pin: '246810', action: 'config' })).rejects.toThrow(/sender frame not allowed/);
    expect(await staffExit(ours, { pin: '111111', action: 'config' })).toMatchObject({
      ok: false,
      reason: 'wrong-pin',
    });
    expect(await staffExit(ours, { pin: '246810', action: 'config' })).toEqual({ ok: true, action: 'config' });
    await new Promise((r) => setTimeout(r, 100));
    expect(state.loaded.at(-1)).toBe('app://shell/config');
    const page = await (await state.protocolHandler?.(new Request('app://shell/config')))?.text();
    expect(page).toContain('终端配置');
    expect(page).toContain(configPath);
    expect(page).toContain('10.0.0.2:8787');
    expect(page).not.toContain('scrypt');
  });

  it('keeps the enrolled credentials encrypted in the role profile and hands them back only to our page', async () => {
    type Listener = (event: unknown, payload: unknown) => Promise<unknown>;
    const save = state.handlers.get('gig:credentials:save') as Listener;
    const get = state.handlers.get('gig:credentials:get') as Listener;
    const ours = { sender: { id: 5 }, senderFrame: { url: 'app://renderer/index.html#/display', parent: null } };
    const theirs = { sender: { id: 5 }, senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await get(ours, undefined)).toEqual({ enrolled: false, reason: 'absent', message: null });
    const credentials = {
      deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
      token: 'T'.repeat(40),
      marketId: '01936f3e-1c2a-7b4d-8e5f-0123456789ab',
    };
    expect(await save(ours, { ...credentials, role: 'display' })).toEqual({ ok: true, protection: 'keystore' });
    const file = readFileSync(join(dir, 'gig-kiosk', 'display', 'device-token.json'), 'utf8');
    expect(file).not.toContain(credentials.token);
    await expect(get(theirs, undefined)).rejects.toThrow(/sender frame not allowed/);
    expect(await get(ours, undefined)).toEqual({ enrolled: true, serverUrl: 'http://10.0.0.2:8787', ...credentials });
  });

  it('does not quit or show an error box on a healthy start', () => {
    expect(state.calls.filter((c) => c === 'quit' || c.startsWith('exit:') || c.startsWith('errorBox:'))).toEqual([]);
  });
});
