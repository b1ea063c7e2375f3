// The Electron shell's main process for a page in the browser suite. Chromium
// here is not Electron, so the preload's `window.gigKiosk` is rebuilt in the
// page and each call crosses to this Node process through a Playwright
// binding instead of IPC. On this side everything is main's own code: the
// channel table (electron/handlers.ts), the credentials keeper, the raw
// ESC/POS sender (electron/print/escpos-tcp.ts) and the IPC contract's
// schemas, checked both ways as electron/ipc-main.ts and preload.ts do. What
// the page prints therefore reaches a TCP printer as the shell would send it.
import type { Page } from 'playwright-core';
import { createCredentialsKeeper } from '../../../electron/credentials';
import type { DeviceTokenStore, TokenLoad } from '../../../electron/device-token';
import { createIpcHandlers, NO_PRINTER } from '../../../electron/handlers';
import { ipcChannels, ipcContract, type IpcChannel, type TerminalView } from '../../../electron/ipc-contract';
import type { IpcHandlers } from '../../../electron/ipc-main';
import { sendRawToPrinter } from '../../../electron/print/escpos-tcp';

export interface ShellOptions {
  /** The sync server as the terminal config names it. */
  readonly serverUrl: string;
  readonly marketId: string;
  readonly printer: { readonly host: string; readonly port: number };
}

const BINDING = '__gigKioskMain';

/** A token file in memory: kept across reloads of the page, as the file is across restarts. */
function memoryTokenStore(): DeviceTokenStore {
  let held: TokenLoad = { state: 'absent' };
  return {
    load: () => held,
    save(token) {
      held = { state: 'present', token, protection: 'none' };
      return 'none';
    },
    clear() {
      held = { state: 'absent' };
    },
  };
}

function kioskHandlers(opts: ShellOptions): IpcHandlers {
  const view: TerminalView = {
    role: 'kiosk',
    marketId: opts.marketId,
    serverUrl: opts.serverUrl,
    windowNumber: null,
    printer: { paperWidth: 80, network: true },
    kiosk: { idleResetSeconds: 90 },
    dev: false,
    appVersion: 'e2e-shell',
  };
  return createIpcHandlers({
    view,
    paperWidth: 80,
    diskStatus: () => ({
      level: 'ok',
      canIssueTickets: true,
      freeBytes: null,
      totalBytes: null,
      message: null,
      checkedAt: null,
    }),
    recentReloads: () => 0,
    nextRestartAt: () => null,
    uptimeSeconds: () => 0,
    sendEscPos: (bytes) => sendRawToPrinter({ ...opts.printer, timeoutMs: 5_000 }, bytes),
    // The config names a network printer, so the page never asks for the system print.
    printPage: () => Promise.resolve(NO_PRINTER),
    restart: () => undefined,
    staffExit: () =>
      Promise.resolve({
        ok: false,
        reason: 'no-pin-configured',
        retryAfterSeconds: null,
        message: { zh: '本机未设置管理 PIN', en: 'No staff PIN is configured' },
      }),
    credentials: createCredentialsKeeper({
      store: memoryTokenStore(),
      serverUrl: opts.serverUrl,
      role: 'kiosk',
      marketId: opts.marketId,
    }),
  });
}

function isChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && (ipcChannels as readonly string[]).includes(value);
}

async function answer(handlers: IpcHandlers, channel: unknown, payload: unknown): Promise<unknown> {
  if (!isChannel(channel)) throw new Error(`unknown IPC channel ${JSON.stringify(channel)}`);
  // Bytes cross the binding as a plain array of numbers; IPC would carry the Uint8Array itself.
  const raw =
    channel === 'gig:print:escpos' && typeof payload === 'object' && payload !== null && 'bytes' in payload
      ? { bytes: Uint8Array.from(payload.bytes as number[]) }
      : payload;
  const spec = ipcContract[channel];
  const request = spec.request.parse(raw);
  const handler = handlers[channel] as (request: unknown, ctx: { senderId: number }) => unknown;
  return spec.response.parse(await handler(request, { senderId: 1 }));
}

/** Give `page` the shell's `window.gigKiosk`, before its first script runs. */
export async function installKioskShell(page: Page, opts: ShellOptions): Promise<void> {
  const handlers = kioskHandlers(opts);
  await page.exposeBinding(BINDING, (_source, channel: unknown, payload: unknown) =>
    answer(handlers, channel, payload),
  );
  await page.addInitScript((binding: string) => {
    const w = window as unknown as Record<string, unknown>;
    const main = (channel: string, payload?: unknown): Promise<unknown> =>
      (w[binding] as (c: string, p: unknown) => Promise<unknown>)(channel, payload);
    w.gigKiosk = Object.freeze({
      contractVersion: 1,
      getConfig: () => main('gig:config:get'),
      getHealth: () => main('gig:health:get'),
      printEscPos: (request: { bytes: Uint8Array }) => main('gig:print:escpos', { bytes: Array.from(request.bytes) }),
      printPage: (request: unknown) => main('gig:print:page', request),
      requestRestart: (request: unknown) => main('gig:restart:request', request),
      staffExit: (request: unknown) => main('gig:staff:exit', request),
      getCredentials: () => main('gig:credentials:get'),
      saveCredentials: (request: unknown) => main('gig:credentials:save', request),
      // The disk guard never changes level here.
      onDiskStatus: () => () => undefined,
    });
  }, BINDING);
}
