import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, NO_PRINTER, type HandlerServices } from '../../../electron/handlers';
import {
  ipcChannels,
  ipcContract,
  MAX_ESCPOS_BYTES,
  printEscPosRequestSchema,
  staffExitRequestSchema,
  terminalViewSchema,
} from '../../../electron/ipc-contract';
import { registerIpcHandlers, type IpcMainLike } from '../../../electron/ipc-main';
import { allowListFor, isTrustedSender, type SenderEvent } from '../../../electron/navigation';

const MARKET = '01936f3e-1c2a-7b4d-8e5f-0123456789ab';
const view = {
  role: 'kiosk',
  marketId: MARKET,
  serverUrl: 'http://10.0.0.2:8787/',
  windowNumber: null,
  printer: { paperWidth: 80, network: true },
  kiosk: { idleResetSeconds: 90 },
  dev: false,
  appVersion: '0.1.0',
} as const;

describe('the IPC contract schemas', () => {
  it('names every channel under gig:', () => {
    expect(ipcChannels.length).toBeGreaterThan(0);
    for (const c of ipcChannels) expect(c).toMatch(/^gig:[a-z]+:[a-z]+$/);
  });

  it('accepts a print job of raw bytes, from any realm, and refuses everything else', () => {
    expect(printEscPosRequestSchema.safeParse({ bytes: new Uint8Array([0x1b, 0x40]) }).success).toBe(true);
    // Arrays that crossed contextBridge belong to another realm: `instanceof Uint8Array` would be false.
    const foreign: unknown = runInNewContext('new Uint8Array([0x1b, 0x40])');
    expect(foreign instanceof Uint8Array).toBe(false);
    expect(printEscPosRequestSchema.safeParse({ bytes: foreign }).success).toBe(true);
    expect(printEscPosRequestSchema.safeParse({ bytes: new Uint16Array([1]) }).success).toBe(false);
    expect(printEscPosRequestSchema.safeParse({ bytes: [0x1b, 0x40] }).success).toBe(false);
    expect(printEscPosRequestSchema.safeParse({ bytes: 'G0A=' }).success).toBe(false);
    expect(printEscPosRequestSchema.safeParse({ bytes: new Uint8Array(0) }).success).toBe(false);
    expect(printEscPosRequestSchema.safeParse({ bytes: new Uint8Array(MAX_ESCPOS_BYTES + 1) }).success).toBe(false);
    expect(printEscPosRequestSchema.safeParse({ bytes: new Uint8Array(1), host: 'evil' }).success).toBe(false);
  });

  it.each<[unknown, string]>([
    [{ pin: '123', action: 'exit' }, 'too short'],
    [{ pin: '12345678901234', action: 'exit' }, 'too long'],
    [{ pin: '12a4', action: 'exit' }, 'not digits'],
    [{ pin: 1234, action: 'exit' }, 'a number'],
    [{ pin: '123456', action: 'shutdown' }, 'an unknown action'],
    [{ pin: '123456' }, 'no action'],
    [{ pin: '1234', action: 'exit' }, 'four digits'],
    [{ pin: '1234567', action: 'exit' }, 'seven digits'],
  ])('refuses the staff request %j (%s)', (payload) => {
    expect(staffExitRequestSchema.safeParse(payload).success).toBe(false);
  });

  it('refuses a terminal view that would leak the PIN hash', () => {
    expect(terminalViewSchema.safeParse(view).success).toBe(true);
    expect(terminalViewSchema.safeParse({ ...view, pinHash: 'scrypt$…' }).success).toBe(false);
  });

  it('takes no payload on the read-only channels', () => {
    expect(ipcContract['gig:config:get'].request.safeParse(undefined).success).toBe(true);
    expect(ipcContract['gig:config:get'].request.safeParse({ role: 'caller' }).success).toBe(false);
  });
});

class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: SenderEvent, payload: unknown) => Promise<unknown>>();
  handle(channel: string, listener: (event: SenderEvent, payload: unknown) => Promise<unknown>) {
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  invoke(channel: string, event: SenderEvent, payload?: unknown) {
    const h = this.handlers.get(channel);
    if (!h) throw new Error(`no handler for ${channel}`);
    return h(event, payload);
  }
}

const services = (over: Partial<HandlerServices> = {}): HandlerServices => ({
  view,
  paperWidth: 80,
  diskStatus: () => ({
    level: 'ok',
    canIssueTickets: true,
    freeBytes: 1,
    totalBytes: 2,
    message: null,
    checkedAt: null,
  }),
  recentReloads: () => 1,
  nextRestartAt: () => new Date('2026-11-26T19:30:00Z'),
  uptimeSeconds: () => 12.7,
  sendEscPos: () => Promise.resolve({ ok: true, via: 'network' }),
  printPage: () => Promise.resolve({ ok: true, via: 'system' }),
  restart: vi.fn(),
  staffExit: () => Promise.resolve({ ok: true, action: 'verify' }),
  credentials: {
    get: () => ({ enrolled: false, reason: 'absent', message: null }),
    save: () => ({ ok: true, protection: 'keystore' }),
  },
  ...over,
});

const allow = allowListFor(['app://renderer/index.html']);
const trusted = new Set([1]);
const good: SenderEvent = { sender: { id: 1 }, senderFrame: { url: 'app://renderer/index.html#/kiosk', parent: null } };

function setup(over: Partial<HandlerServices> = {}) {
  const ipc = new FakeIpcMain();
  const unregister = registerIpcHandlers(ipc, createIpcHandlers(services(over)), (e) =>
    isTrustedSender(e, allow, trusted),
  );
  return { ipc, unregister };
}

describe('registerIpcHandlers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('registers exactly the contract channels, and removes them again', () => {
    const { ipc, unregister } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual([...ipcChannels].sort());
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });

  it('answers a trusted sender with a response that parses', async () => {
    const { ipc } = setup();
    expect(await ipc.invoke('gig:config:get', good)).toEqual(view);
    expect(await ipc.invoke('gig:health:get', good)).toEqual({
      disk: { level: 'ok', canIssueTickets: true, freeBytes: 1, totalBytes: 2, message: null, checkedAt: null },
      recentReloads: 1,
      nextRestartAt: '2026-11-26T19:30:00.000Z',
      uptimeSeconds: 12,
    });
  });

  it.each([
    ['another origin', { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['the shell pages', { sender: { id: 1 }, senderFrame: { url: 'app://shell/error', parent: null } }],
    ['a sub-frame', { sender: { id: 1 }, senderFrame: { url: 'app://renderer/index.html', parent: {} } }],
    ['a destroyed frame', { sender: { id: 1 }, senderFrame: null }],
    ['another WebContents', { sender: { id: 2 }, senderFrame: { url: 'app://renderer/index.html', parent: null } }],
  ])('refuses %s on every channel, before the handler runs', async (_name, event) => {
    const sendEscPos = vi.fn(() => Promise.resolve({ ok: true, via: 'network' } as const));
    const { ipc } = setup({ sendEscPos });
    for (const channel of ipcChannels) {
      await expect(ipc.invoke(channel, event as SenderEvent, { bytes: new Uint8Array([1]) })).rejects.toThrow(
        /IPC 请求被拒绝 \/ IPC request refused .*sender frame not allowed/,
      );
    }
    expect(sendEscPos).not.toHaveBeenCalled();
  });

  it('refuses an invalid payload with the field named, before the handler runs', async () => {
    const sendEscPos = vi.fn(() => Promise.resolve({ ok: true, via: 'network' } as const));
    const { ipc } = setup({ sendEscPos });
    await expect(ipc.invoke('gig:print:escpos', good, { bytes: [1, 2, 3] })).rejects.toThrow(/bytes: .*Uint8Array/);
    await expect(ipc.invoke('gig:print:page', good, { heightMm: 5 })).rejects.toThrow(/heightMm/);
    await expect(ipc.invoke('gig:staff:exit', good, { pin: '12', action: 'exit' })).rejects.toThrow(/pin/);
    await expect(ipc.invoke('gig:restart:request', good, { kind: 'shutdown' })).rejects.toThrow(/kind/);
    expect(sendEscPos).not.toHaveBeenCalled();
  });

  it('refuses to send the renderer a response outside the contract', async () => {
    const { ipc } = setup({ view: { ...view, role: 'admin' } as unknown as HandlerServices['view'] });
    await expect(ipc.invoke('gig:config:get', good)).rejects.toThrow();
  });

  it('prints ESC/POS through the network printer, or says there is none', async () => {
    const sendEscPos = vi.fn(() => Promise.resolve({ ok: true, via: 'network' } as const));
    const { ipc } = setup({ sendEscPos });
    expect(await ipc.invoke('gig:print:escpos', good, { bytes: new Uint8Array([0x1b, 0x40]) })).toEqual({
      ok: true,
      via: 'network',
    });
    expect(sendEscPos).toHaveBeenCalledWith(new Uint8Array([0x1b, 0x40]));
    const none = setup({ sendEscPos: null });
    expect(await none.ipc.invoke('gig:print:escpos', good, { bytes: new Uint8Array([1]) })).toEqual(NO_PRINTER);
  });

  it('prints the page at the configured width unless the request names one', async () => {
    const printPage = vi.fn(() => Promise.resolve({ ok: true, via: 'system' } as const));
    const { ipc } = setup({ printPage });
    await ipc.invoke('gig:print:page', good, { heightMm: 120 });
    await ipc.invoke('gig:print:page', good, { heightMm: 120, paperWidth: 58 });
    expect(printPage.mock.calls).toEqual([
      [1, 80, 120],
      [1, 58, 120],
    ]);
    const none = setup({ paperWidth: null, printPage });
    expect(await none.ipc.invoke('gig:print:page', good, { heightMm: 120 })).toEqual(NO_PRINTER);
  });

  it('acknowledges a restart first and restarts a moment later', async () => {
    vi.useFakeTimers();
    const restart = vi.fn();
    const { ipc } = setup({ restart });
    expect(await ipc.invoke('gig:restart:request', good, { kind: 'relaunch' })).toEqual({ accepted: true });
    expect(restart).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(restart).toHaveBeenCalledWith(1, 'relaunch');
  });

  it('passes the staff request through', async () => {
    const staffExit = vi.fn(() => Promise.resolve({ ok: true, action: 'exit' } as const));
    const { ipc } = setup({ staffExit });
    expect(await ipc.invoke('gig:staff:exit', good, { pin: '246810', action: 'exit' })).toEqual({
      ok: true,
      action: 'exit',
    });
    expect(staffExit).toHaveBeenCalledWith({ pin: '246810', action: 'exit' });
  });

  it('stores enrolled credentials only when every field is well-formed, and reads them back', async () => {
    const save = vi.fn(() => ({ ok: true, protection: 'keystore' }) as const);
    const stored = {
      enrolled: true,
      deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
      token: 'T'.repeat(40),
      serverUrl: 'http://10.0.0.2:8787/',
      marketId: MARKET,
    } as const;
    const { ipc } = setup({ credentials: { get: () => stored, save } });
    const request = { deviceId: stored.deviceId, token: stored.token, marketId: MARKET, role: 'kiosk' };
    expect(await ipc.invoke('gig:credentials:save', good, request)).toEqual({ ok: true, protection: 'keystore' });
    expect(save).toHaveBeenCalledWith(request);
    await expect(ipc.invoke('gig:credentials:save', good, { ...request, token: 'short' })).rejects.toThrow(/token/);
    await expect(ipc.invoke('gig:credentials:save', good, { ...request, role: 'hub' })).rejects.toThrow(/role/);
    await expect(ipc.invoke('gig:credentials:save', good, { ...request, extra: 1 })).rejects.toThrow();
    expect(save).toHaveBeenCalledTimes(1);
    expect(await ipc.invoke('gig:credentials:get', good)).toEqual(stored);
  });
});
