// The server's command line, parsed apart from main.ts so it can be tested
// without starting anything.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { StoreLocation } from './store/open';

const USAGE = `用法 / usage: npm run server -- [--port 8787] [--host 127.0.0.1] [--db ./data/gig.sqlite | --pg postgres://…] [--demo]`;

export interface CliOptions {
  readonly port: number;
  readonly host: string;
  readonly location: StoreLocation;
  /** Load the demo market into an empty store (the embedded default). */
  readonly demo: boolean;
}

export function parseCli(argv: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string' },
      pg: { type: 'string' },
      demo: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`端口无效 / invalid port: ${values.port}\n${USAGE}`);
  if (values.db !== undefined && values.pg !== undefined)
    throw new Error(`--db 与 --pg 只能选一个 / choose --db or --pg\n${USAGE}`);
  const location: StoreLocation =
    values.pg !== undefined ? { postgres: values.pg } : { sqlite: resolve(values.db ?? './data/gig.sqlite') };
  return { port, host: values.host, location, demo: values.demo };
}
