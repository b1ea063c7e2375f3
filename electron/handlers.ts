// Main process. What each IPC channel does, built from injected services so
// the table is tested without Electron. ipc-main.ts has already checked the
// sender and parsed the payload by the time these run.
import type { CredentialsKeeper } from './credentials';
import type {
  DiskStatus,
  PaperWidth,
  PrintResult,
  RestartRequest,
  StaffExitRequest,
  StaffExitResponse,
  TerminalView,
} from './ipc-contract';
import type { IpcHandlers } from './ipc-main';

export interface HandlerServices {
  readonly view: TerminalView;
  /** Paper width of the configured printer, null when none is configured. */
  readonly paperWidth: PaperWidth | null;
  readonly diskStatus: () => DiskStatus;
  readonly recentReloads: () => number;
  readonly nextRestartAt: () => Date | null;
  readonly uptimeSeconds: () => number;
  /** ESC/POS over the network printer; null when the config has no printer. */
  readonly sendEscPos: ((bytes: Uint8Array) => Promise<PrintResult>) | null;
  readonly printPage: (senderId: number, paperWidth: PaperWidth, heightMm: number) => Promise<PrintResult>;
  readonly restart: (senderId: number, kind: RestartRequest['kind']) => void;
  readonly staffExit: (request: StaffExitRequest) => Promise<StaffExitResponse>;
  readonly credentials: CredentialsKeeper;
}

export const NO_PRINTER: PrintResult = {
  ok: false,
  reason: 'no-printer',
  message: {
    zh: '本机未设置打印机，请到服务窗口取号',
    en: 'No printer is set up on this terminal; please ask at a service window',
  },
};

export function createIpcHandlers(s: HandlerServices): IpcHandlers {
  return {
    'gig:config:get': () => s.view,
    'gig:health:get': () => ({
      disk: s.diskStatus(),
      recentReloads: s.recentReloads(),
      nextRestartAt: s.nextRestartAt()?.toISOString() ?? null,
      uptimeSeconds: Math.max(0, Math.floor(s.uptimeSeconds())),
    }),
    'gig:print:escpos': ({ bytes }) => (s.sendEscPos ? s.sendEscPos(bytes) : NO_PRINTER),
    'gig:print:page': ({ heightMm, paperWidth }, ctx) => {
      const width = paperWidth ?? s.paperWidth;
      return width === null ? NO_PRINTER : s.printPage(ctx.senderId, width, heightMm);
    },
    'gig:restart:request': ({ kind }, ctx) => {
      // Reply first, act a moment later: a reload would otherwise cut off the reply.
      setTimeout(() => {
        s.restart(ctx.senderId, kind);
      }, 50);
      return { accepted: true };
    },
    'gig:staff:exit': (request) => s.staffExit(request),
    'gig:credentials:get': () => s.credentials.get(),
    'gig:credentials:save': (request) => s.credentials.save(request),
  };
}
