// A network receipt printer on loopback: listens on 127.0.0.1 at a free port,
// like a printer's raw port 9100, keeps every byte of each connection, and
// decodes the job when the sender closes its side.
import { createServer, type Server, type Socket } from 'node:net';
import { decodeEscPos, type EscPosCommand } from './escpos-decode';

export interface ReceivedJob {
  readonly bytes: Uint8Array;
  readonly commands: EscPosCommand[];
}

export interface FakePrinter {
  readonly host: string;
  readonly port: number;
  /** The next job to finish (connection half-closed by the sender). */
  nextJob(): Promise<ReceivedJob>;
  close(): Promise<void>;
}

export interface FakePrinterOptions {
  /** Close our side as soon as the job is in (many printers keep it open instead). */
  readonly closeAfterJob?: boolean;
}

export async function startFakePrinter(options: FakePrinterOptions = {}): Promise<FakePrinter> {
  const finished: Uint8Array[] = [];
  const waiters: ((bytes: Uint8Array) => void)[] = [];
  const sockets = new Set<Socket>();
  const deliver = (bytes: Uint8Array): void => {
    const waiter = waiters.shift();
    if (waiter) waiter(bytes);
    else finished.push(bytes);
  };
  // Decoded on the test's side of the promise, so a malformed stream fails the test that awaits it.
  const toJob = (bytes: Uint8Array): ReceivedJob => ({ bytes, commands: decodeEscPos(bytes) });

  const server: Server = createServer({ allowHalfOpen: true }, (socket) => {
    sockets.add(socket);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => {
      deliver(new Uint8Array(Buffer.concat(chunks)));
      if (options.closeAfterJob ?? true) socket.end();
    });
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake printer has no TCP address');

  return {
    host: '127.0.0.1',
    port: address.port,
    nextJob: async () => {
      const ready = finished.shift();
      const bytes = ready ?? (await new Promise<Uint8Array>((resolve) => waiters.push(resolve)));
      return toJob(bytes);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}
