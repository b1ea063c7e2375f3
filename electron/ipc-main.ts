// Main process. Registers one handler per channel of the IPC contract, and
// wraps each one in the same two checks before any handler code runs: the
// sender must be the top frame of our window on an allowed origin, and the
// payload must parse with the channel's request schema. The response is parsed
// too, so main can never send the renderer something the contract does not allow.
import { ipcChannels, ipcContract, type IpcChannel, type IpcRequest, type IpcResponse } from './ipc-contract';
import type { SenderEvent } from './navigation';

export interface HandlerContext {
  /** The id of the WebContents that sent the request (to print that page, for instance). */
  readonly senderId: number;
}

export type IpcHandlers = {
  readonly [C in IpcChannel]: (request: IpcRequest<C>, ctx: HandlerContext) => Promise<IpcResponse<C>> | IpcResponse<C>;
};

/** The part of Electron's ipcMain used here (a fake in tests). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, payload: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** Thrown back to the renderer's invoke(); the message says which rule was broken. */
export class IpcRefused extends Error {
  constructor(channel: string, why: string) {
    super(`IPC 请求被拒绝 / IPC request refused on ${channel}: ${why}`);
    this.name = 'IpcRefused';
  }
}

async function dispatch(
  channel: IpcChannel,
  handlers: IpcHandlers,
  event: SenderEvent,
  payload: unknown,
  isTrusted: (event: SenderEvent) => boolean,
): Promise<unknown> {
  if (!isTrusted(event)) throw new IpcRefused(channel, 'sender frame not allowed');
  const spec = ipcContract[channel];
  const request = spec.request.safeParse(payload);
  if (!request.success) {
    throw new IpcRefused(
      channel,
      request.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; '),
    );
  }
  // TypeScript cannot correlate the channel of `spec` and `handlers` in a loop over channels; the
  // request was just parsed with this channel's schema, which is exactly the handler's parameter type.
  const handler = handlers[channel] as (request: unknown, ctx: HandlerContext) => unknown;
  const response: unknown = await handler(request.data, { senderId: event.sender.id });
  return spec.response.parse(response);
}

/** Register every channel; returns a function that removes them again. */
export function registerIpcHandlers(
  ipc: IpcMainLike,
  handlers: IpcHandlers,
  isTrusted: (event: SenderEvent) => boolean,
): () => void {
  for (const channel of ipcChannels) {
    ipc.handle(channel, (event, payload) => dispatch(channel, handlers, event, payload, isTrusted));
  }
  return () => {
    for (const channel of ipcChannels) ipc.removeHandler(channel);
  };
}
