import { createServer, Socket, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sendRawToPrinter } from '../../../electron/print/escpos-tcp';
import { printCurrentPage, silentPrintOptions } from '../../../electron/print/system-print';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A loopback "printer" that records every byte; closes its side when the client does (like most printers). */
function fakePrinter(opts: { keepOpen?: boolean } = {}): Promise<{ port: number; received: Promise<Buffer> }> {
  return new Promise((resolve) => {
    let deliver: (b: Buffer) => void = () => undefined;
    const received = new Promise<Buffer>((r) => (deliver = r));
    const server = createServer((socket) => {
      const chunks: Buffer[] = [];
      socket.on('data', (c) => chunks.push(c));
      socket.on('end', () => {
        deliver(Buffer.concat(chunks));
        if (!opts.keepOpen) socket.end();
      });
      // Printers answer status queries (DLE EOT); the transport must cope with bytes coming back.
      socket.write(Buffer.from([0x12]));
    });
    servers.push(server);
    server.listen(0, '127.0.0.1', () => {
      resolve({ port: (server.address() as AddressInfo).port, received });
    });
  });
}

// ESC @ (initialise), text, GS V 0 (cut): the shape of a real ticket.
const ticket = new Uint8Array([0x1b, 0x40, ...Buffer.from('A023\n', 'ascii'), 0x1d, 0x56, 0x00]);

describe('sendRawToPrinter over TCP 9100 (loopback server)', () => {
  it('delivers exactly the bytes, in order', async () => {
    const printer = await fakePrinter();
    const result = await sendRawToPrinter({ host: '127.0.0.1', port: printer.port, timeoutMs: 2000 }, ticket);
    expect(result).toEqual({ ok: true, via: 'network' });
    expect([...(await printer.received)]).toEqual([...ticket]);
  });

  it('delivers a large job intact (a slip with a bitmap logo)', async () => {
    const printer = await fakePrinter();
    const big = new Uint8Array(200_000).map((_, i) => i % 251);
    const result = await sendRawToPrinter({ host: '127.0.0.1', port: printer.port, timeoutMs: 5000 }, big);
    expect(result.ok).toBe(true);
    expect(Buffer.compare(await printer.received, Buffer.from(big))).toBe(0);
  });

  it('sends only the view of a sliced array, not its whole buffer', async () => {
    const printer = await fakePrinter();
    const backing = new Uint8Array([9, 9, 1, 2, 3, 9]);
    await sendRawToPrinter({ host: '127.0.0.1', port: printer.port, timeoutMs: 2000 }, backing.subarray(2, 5));
    expect([...(await printer.received)]).toEqual([1, 2, 3]);
  });

  it('succeeds after a grace period when the printer keeps the connection open', async () => {
    const printer = await fakePrinter({ keepOpen: true });
    const result = await sendRawToPrinter({ host: '127.0.0.1', port: printer.port, timeoutMs: 3000 }, ticket, {
      closeGraceMs: 100,
    });
    expect(result).toEqual({ ok: true, via: 'network' });
    expect([...(await printer.received)]).toEqual([...ticket]);
  });

  it('reports a switched-off printer (connection refused) as a typed, bilingual failure', async () => {
    const printer = await fakePrinter();
    const port = printer.port;
    await new Promise((r) => servers.pop()?.close(r));
    const result = await sendRawToPrinter({ host: '127.0.0.1', port, timeoutMs: 2000 }, ticket);
    expect(result).toMatchObject({ ok: false, reason: 'refused' });
    if (!result.ok) {
      expect(result.message.zh).toMatch(/打印机拒绝连接/);
      expect(result.message.en).toMatch(new RegExp(`127\\.0\\.0\\.1:${port}`));
    }
  });

  it('times out when the printer never answers', async () => {
    const started = Date.now();
    // A socket that never connects stands in for a printer that drops SYNs.
    const result = await sendRawToPrinter({ host: '192.0.2.1', port: 9100, timeoutMs: 150 }, ticket, {
      connect: () => new Socket(),
    });
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each([
    ['ENOTFOUND', 'unreachable'],
    ['EHOSTUNREACH', 'unreachable'],
    ['ETIMEDOUT', 'timeout'],
    ['EPIPE', 'io-error'],
  ])('maps %s to %s', async (code, reason) => {
    // DNS and routing failures, injected: a test must not depend on the machine's resolver.
    const connect = () => {
      const socket = new Socket();
      setImmediate(() => socket.destroy(Object.assign(new Error(`connect ${code}`), { code })));
      return socket;
    };
    const result = await sendRawToPrinter({ host: 'printer-3.market.lan', port: 9100, timeoutMs: 2000 }, ticket, {
      connect,
    });
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.message.en).toContain('printer-3.market.lan:9100');
  });

  it('reports a printer that resets the connection mid-job as an I/O failure', async () => {
    const server = createServer((socket) => {
      socket.resetAndDestroy();
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const result = await sendRawToPrinter(
      { host: '127.0.0.1', port, timeoutMs: 2000 },
      new Uint8Array(4_000_000).fill(1),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['io-error', 'refused']).toContain(result.reason);
  });
});

describe('the silent-print fallback', () => {
  it('always gives an explicit page size in microns, never the A4 default', () => {
    expect(silentPrintOptions(58, 120)).toMatchObject({
      silent: true,
      margins: { marginType: 'none' },
      pageSize: { width: 58_000, height: 120_000 },
    });
    expect(silentPrintOptions(80, 95.5, 'XP-80C').pageSize).toEqual({ width: 80_000, height: 95_500 });
    expect(silentPrintOptions(80, 95.5, 'XP-80C').deviceName).toBe('XP-80C');
    expect(silentPrintOptions(80, 100)).not.toHaveProperty('deviceName');
  });

  it('turns the print callback into a typed result', async () => {
    const ok = await printCurrentPage({ print: (_o, cb) => cb?.(true, '') }, 80, 100);
    expect(ok).toEqual({ ok: true, via: 'system' });
    const failed = await printCurrentPage({ print: (_o, cb) => cb?.(false, 'Print job failed') }, 58, 100);
    expect(failed).toMatchObject({ ok: false, reason: 'system-print-failed' });
    if (!failed.ok) expect(failed.message.en).toMatch(/Print job failed/);
  });
});
