// Main process. The network transport for receipt printers: raw ESC/POS bytes
// over TCP port 9100 (JetDirect "raw" printing, which every networked thermal
// printer speaks). Only the transport: the encoder that turns a ticket into
// ESC/POS belongs to the queue work. Never rejects: every failure is a typed
// PrintResult with a bilingual message, because a seeker stands at the kiosk
// waiting for a slip and the screen has to say what went wrong.
import { createConnection, type Socket } from 'node:net';
import type { PrintFailureReason, PrintResult } from '../ipc-contract';

export interface RawPrinterTarget {
  readonly host: string;
  readonly port: number;
  /** The whole job (connect + send) must finish within this. */
  readonly timeoutMs: number;
}

export type Connect = (port: number, host: string) => Socket;

const defaultConnect: Connect = (port, host) => createConnection({ port, host });

export function printFailure(reason: PrintFailureReason, target: RawPrinterTarget, detail: string): PrintResult {
  const where = `${target.host}:${target.port}`;
  const text: Record<PrintFailureReason, { zh: string; en: string }> = {
    'no-printer': { zh: '本机未设置打印机', en: 'No printer is set up on this terminal' },
    refused: {
      zh: `打印机拒绝连接（${where}），请检查打印机是否开机`,
      en: `The printer refused the connection (${where}); is it switched on?`,
    },
    unreachable: {
      zh: `找不到打印机（${where}），请检查网线`,
      en: `The printer cannot be reached (${where}); check the network cable`,
    },
    timeout: { zh: `打印机无响应（${where}）`, en: `The printer did not respond in time (${where})` },
    'io-error': { zh: `打印中断（${where}）`, en: `Printing was interrupted (${where})` },
    'system-print-failed': { zh: '系统打印失败', en: 'System printing failed' },
  };
  const t = text[reason];
  return { ok: false, reason, message: { zh: `${t.zh}：${detail}`, en: `${t.en}: ${detail}` } };
}

function reasonForError(code: string | undefined): PrintFailureReason {
  switch (code) {
    case 'ECONNREFUSED':
      return 'refused';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EADDRNOTAVAIL':
      return 'unreachable';
    case 'ETIMEDOUT':
      return 'timeout';
    default:
      return 'io-error';
  }
}

/**
 * Connect, write the bytes, half-close, and report success once the printer
 * closes its side, or after `closeGraceMs` when it keeps the connection open
 * (many do; the bytes are already flushed to the network stack by then).
 */
export function sendRawToPrinter(
  target: RawPrinterTarget,
  bytes: Uint8Array,
  opts: { connect?: Connect; closeGraceMs?: number } = {},
): Promise<PrintResult> {
  const connect = opts.connect ?? defaultConnect;
  const closeGraceMs = opts.closeGraceMs ?? 500;
  return new Promise((resolve) => {
    let settled = false;
    let flushed = false;
    let grace: ReturnType<typeof setTimeout> | null = null;
    const socket = connect(target.port, target.host);

    const settle = (result: PrintResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      if (grace !== null) clearTimeout(grace);
      socket.destroy();
      resolve(result);
    };
    const deadline = setTimeout(() => {
      settle(printFailure('timeout', target, `${target.timeoutMs} ms`));
    }, target.timeoutMs);

    // Printers may answer with status bytes; drain them so the socket can close cleanly.
    socket.resume();
    socket.once('connect', () => {
      socket.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
    socket.once('finish', () => {
      flushed = true;
      grace = setTimeout(() => {
        settle({ ok: true, via: 'network' });
      }, closeGraceMs);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      settle(printFailure(reasonForError(err.code), target, err.code ?? err.message));
    });
    socket.once('close', (hadError) => {
      if (hadError) return; // the 'error' listener has settled with the reason
      settle(
        flushed
          ? { ok: true, via: 'network' }
          : printFailure('io-error', target, 'connection closed before the data was sent'),
      );
    });
  });
}
