// Preload (sandboxed, isolated world). Exposes one narrow, typed object,
// `window.gigKiosk`, and nothing else: no ipcRenderer, no generic send/invoke,
// so a compromised page can only call the operations listed here. Requests
// are validated before they leave and responses before they are returned, with
// the same schemas main uses (electron/ipc-contract.ts).
// First: zod must be told before any schema below is built (see zod-jitless.ts).
import './zod-jitless';
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  GIG_KIOSK_GLOBAL,
  diskStatusSchema,
  ipcContract,
  type DiskStatus,
  type GigKioskApi,
  type IpcChannel,
  type IpcResponse,
} from './ipc-contract';

export class IpcPayloadError extends Error {
  constructor(channel: string, side: 'request' | 'response', detail: string) {
    super(`IPC ${side === 'request' ? '请求' : '应答'}无效 / invalid IPC ${side} on ${channel}: ${detail}`);
    this.name = 'IpcPayloadError';
  }
}

async function call<C extends IpcChannel>(channel: C, request: unknown): Promise<IpcResponse<C>> {
  const spec = ipcContract[channel];
  const parsedRequest = spec.request.safeParse(request);
  if (!parsedRequest.success) throw new IpcPayloadError(channel, 'request', parsedRequest.error.message);
  const raw: unknown = await ipcRenderer.invoke(channel, parsedRequest.data);
  const parsedResponse = spec.response.safeParse(raw);
  if (!parsedResponse.success) throw new IpcPayloadError(channel, 'response', parsedResponse.error.message);
  return parsedResponse.data as IpcResponse<C>;
}

export const gigKioskApi: GigKioskApi = {
  contractVersion: 1,
  getConfig: () => call('gig:config:get', undefined),
  getHealth: () => call('gig:health:get', undefined),
  printEscPos: (request) => call('gig:print:escpos', request),
  printPage: (request) => call('gig:print:page', request),
  requestRestart: (request) => call('gig:restart:request', request),
  staffExit: (request) => call('gig:staff:exit', request),
  getCredentials: () => call('gig:credentials:get', undefined),
  saveCredentials: (request) => call('gig:credentials:save', request),
  onDiskStatus(listener) {
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => {
      const parsed = diskStatusSchema.safeParse(payload);
      // Never hand the page a push the contract does not allow; main parses before sending, so this is a bug report.
      if (!parsed.success) throw new IpcPayloadError('gig:event:disk', 'response', parsed.error.message);
      listener(parsed.data satisfies DiskStatus);
    };
    ipcRenderer.on('gig:event:disk', wrapped);
    return () => {
      ipcRenderer.removeListener('gig:event:disk', wrapped);
    };
  },
};

contextBridge.exposeInMainWorld(GIG_KIOSK_GLOBAL, gigKioskApi);
