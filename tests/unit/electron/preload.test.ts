import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GigKioskApi } from '../../../electron/ipc-contract';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: vi.fn<(channel: string, payload?: unknown) => Promise<unknown>>(),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      electron.exposed.set(key, api);
    },
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, l: (event: unknown, payload: unknown) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(l);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, l: (event: unknown, payload: unknown) => void) => {
      electron.listeners.get(channel)?.delete(l);
    },
  },
}));

await import('../../../electron/preload');
const api = electron.exposed.get('gigKiosk') as GigKioskApi;

const health = {
  disk: { level: 'ok', canIssueTickets: true, freeBytes: 10, totalBytes: 20, message: null, checkedAt: null },
  recentReloads: 0,
  nextRestartAt: null,
  uptimeSeconds: 5,
};

describe('the preload', () => {
  beforeEach(() => {
    electron.invoke.mockReset();
  });

  it('exposes exactly one object, window.gigKiosk, with the contract methods and no raw IPC', () => {
    expect([...electron.exposed.keys()]).toEqual(['gigKiosk']);
    expect(Object.keys(api).sort()).toEqual(
      [
        'contractVersion',
        'getConfig',
        'getCredentials',
        'getHealth',
        'onDiskStatus',
        'printEscPos',
        'printPage',
        'requestRestart',
        'saveCredentials',
        'staffExit',
      ].sort(),
    );
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('sends a valid request on its channel and returns the parsed response', async () => {
    electron.invoke.mockResolvedValueOnce(health);
    expect(await api.getHealth()).toEqual(health);
    expect(electron.invoke).toHaveBeenCalledWith('gig:health:get', undefined);

    electron.invoke.mockResolvedValueOnce({ ok: true, via: 'network' });
    const bytes = new Uint8Array([0x1b, 0x40]);
    expect(await api.printEscPos({ bytes })).toEqual({ ok: true, via: 'network' });
    expect(electron.invoke).toHaveBeenLastCalledWith('gig:print:escpos', { bytes });
  });

  it('refuses an invalid request without sending anything to main', async () => {
    await expect(api.staffExit({ pin: '12', action: 'exit' })).rejects.toThrow(
      /IPC 请求无效 \/ invalid IPC request on gig:staff:exit/,
    );
    await expect(api.printPage({ heightMm: -1 })).rejects.toThrow(/invalid IPC request/);
    await expect(api.requestRestart({ kind: 'shutdown' } as never)).rejects.toThrow(/invalid IPC request/);
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('refuses a response outside the contract', async () => {
    electron.invoke.mockResolvedValueOnce({ ...health, disk: { ...health.disk, level: 'fine' } });
    await expect(api.getHealth()).rejects.toThrow(/IPC 应答无效 \/ invalid IPC response on gig:health:get/);
  });

  it('passes on main’s refusal (e.g. wrong sender) as a rejection', async () => {
    electron.invoke.mockRejectedValueOnce(new Error('IPC request refused on gig:config:get: sender frame not allowed'));
    await expect(api.getConfig()).rejects.toThrow(/sender frame not allowed/);
  });

  it('delivers disk status pushes until unsubscribed, and refuses malformed ones', () => {
    const seen: unknown[] = [];
    const off = api.onDiskStatus((s) => seen.push(s.level));
    const [listener] = electron.listeners.get('gig:event:disk') ?? [];
    if (!listener) throw new Error('no listener');
    listener({}, { ...health.disk, level: 'critical', canIssueTickets: false });
    expect(seen).toEqual(['critical']);
    expect(() => {
      listener({}, { level: 'critical' });
    }).toThrow(/invalid IPC response on gig:event:disk/);
    off();
    expect(electron.listeners.get('gig:event:disk')?.size).toBe(0);
  });
});
