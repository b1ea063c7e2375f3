import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTerminal, type TerminalSession } from '../../../../renderer/app/bootstrap';
import { loadCredentials, ShellRefusedError } from '../../../../renderer/app/credentials';
import { openTerminalDb } from '../../../../renderer/db/database';
import { readMeta } from '../../../../renderer/db/meta';
import { CONFIG_MARKET, installShell, removeShell, SHELL_SERVER } from './fake-shell';

const DEVICE = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
const TOKEN = 'tok_'.padEnd(48, 'x');
const CODE = 'ABCD-EFGH-JKLM-NPQR';
let counter = 0;
let sessions: TerminalSession[] = [];

/** The server's enrol answer for every POST to /v1/enrol; every other request fails as if offline. */
function stubServer(role: 'kiosk' | 'display' = 'kiosk') {
  const fetch = vi.fn((url: string) => {
    if (url.endsWith('/v1/enrol')) {
      const body = { deviceId: DEVICE, token: TOKEN, marketId: CONFIG_MARKET, role, epoch: 'e1' };
      return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
    }
    return Promise.reject(new TypeError('offline'));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** A socket that never opens: the poke channel is not under test here. */
class SilentSocket extends EventTarget {
  readonly readyState = 0;
  close() {
    /* never opened */
  }
}

function address(query: string) {
  window.history.replaceState(null, '', `/${query}#/kiosk`);
}

async function start() {
  const session = await startTerminal(`bootstrap-test-${String(counter++)}`, '自助查询机');
  sessions.push(session);
  return session;
}

beforeEach(() => {
  vi.stubGlobal('WebSocket', SilentSocket);
  localStorage.clear();
  address('');
});

afterEach(async () => {
  for (const s of sessions) {
    await s.engine?.stop();
    s.db.close();
  }
  sessions = [];
  removeShell();
  vi.unstubAllGlobals();
});

describe('startTerminal in a browser (no window.gigKiosk)', () => {
  it('shows enrolment when it has neither credentials nor a code', async () => {
    const fetch = stubServer();
    const session = await start();
    expect(session.engine).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('trades the ?enrol= code with its own origin, keeps the credentials in localStorage and clears the address', async () => {
    const fetch = stubServer();
    address(`?enrol=${CODE}`);
    const session = await start();
    expect(fetch.mock.calls[0]?.[0]).toBe(`${window.location.origin}/v1/enrol`);
    expect(session.engine).not.toBeNull();
    expect(session.ctx?.deviceId).toBe(DEVICE);
    expect(JSON.parse(localStorage.getItem(`gig-kiosk:sync:${session.db.name}`) ?? '{}')).toMatchObject({
      deviceId: DEVICE,
      baseUrl: window.location.origin,
    });
    expect(window.location.search).toBe('');
    expect(await readMeta(session.db, 'marketId')).toBe(CONFIG_MARKET);
  });
});

describe('startTerminal inside the Electron shell (window.gigKiosk present)', () => {
  it('takes the credentials from main, not from localStorage, and syncs with the config’s server', async () => {
    const fetch = stubServer();
    const shell = installShell();
    shell.getCredentials.mockResolvedValue({
      enrolled: true,
      deviceId: DEVICE,
      token: TOKEN,
      serverUrl: SHELL_SERVER,
      marketId: CONFIG_MARKET,
    });
    const session = await start();
    expect(session.ctx?.deviceId).toBe(DEVICE);
    expect(localStorage.length).toBe(0);
    await vi.waitFor(() => {
      expect(fetch.mock.calls.some(([url]) => url.startsWith('http://10.0.0.2:8787/v1/'))).toBe(true);
    });
    expect(fetch.mock.calls.every(([url]) => url.startsWith('http://10.0.0.2:8787/'))).toBe(true);
    // The kiosk's lease and the caller's claims read the running terminal's credentials synchronously.
    expect(loadCredentials(session.db)).toMatchObject({ token: TOKEN, baseUrl: SHELL_SERVER });
  });

  it('enrols through main when it has none: the code from the address, the server from the config', async () => {
    const fetch = stubServer();
    const shell = installShell();
    address(`?enrol=${CODE}`);
    const session = await start();
    expect(fetch.mock.calls[0]?.[0]).toBe('http://10.0.0.2:8787/v1/enrol');
    expect(shell.saveCredentials).toHaveBeenCalledWith({
      deviceId: DEVICE,
      token: TOKEN,
      marketId: CONFIG_MARKET,
      role: 'kiosk',
    });
    expect(localStorage.length).toBe(0);
    expect(session.engine).not.toBeNull();
    expect(window.location.search).toBe('');
  });

  it('fails enrolment and binds nothing when main refuses the credentials', async () => {
    stubServer('display');
    const shell = installShell();
    shell.saveCredentials.mockResolvedValue({
      ok: false,
      reason: 'wrong-role',
      message: { zh: '注册码属于「display」终端', en: 'The code is for a display terminal' },
    });
    address(`?enrol=${CODE}`);
    const name = `bootstrap-test-${String(counter++)}`;
    const failed = startTerminal(name, '自助查询机');
    await expect(failed).rejects.toBeInstanceOf(ShellRefusedError);
    await expect(failed).rejects.toThrow(/display terminal/);
    const db = await openTerminalDb(name);
    expect(await readMeta(db, 'marketId')).toBeUndefined();
    db.close();
  });

  it('shows enrolment when main has no credentials and the address no code, without asking the server', async () => {
    const fetch = stubServer();
    installShell();
    const session = await start();
    expect(session.engine).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});
