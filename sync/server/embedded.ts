// The server as the product's embedded default runs it (`npm start`, the
// browser suite): SQLite in a file, the demo market loaded into an empty
// store, listening on loopback. Returns what a launcher needs to point
// terminals at it and enrol them.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TerminalRole } from '../../domain/records/market';
import { ensureDemoMarket } from './demo-seed';
import { buildServer } from './server';
import { createEnrolmentCode } from './store/devices';
import { migrateToLatest } from './store/migrate';
import { openStore } from './store/open';

export interface EmbeddedServer {
  readonly url: string;
  readonly marketId: string;
  /** A one-time enrolment code for a terminal of the demo market. */
  enrolmentCode(role: TerminalRole): Promise<string>;
  close(): Promise<void>;
}

export async function startEmbeddedServer(options: {
  sqlitePath: string;
  port?: number;
  host?: string;
  clock?: () => number;
  quiet?: boolean;
}): Promise<EmbeddedServer> {
  const clock = options.clock ?? Date.now;
  mkdirSync(dirname(options.sqlitePath), { recursive: true });
  const store = openStore({ sqlite: options.sqlitePath });
  try {
    await migrateToLatest(store);
    const { marketId } = await ensureDemoMarket(store, clock());
    const app = buildServer({ db: store, clock, logger: options.quiet ? false : { level: 'warn' } });
    const host = options.host ?? '127.0.0.1';
    await app.listen({ port: options.port ?? 0, host });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
    return {
      url: `http://${host}:${String(address.port)}`,
      marketId,
      enrolmentCode: async (role) => (await createEnrolmentCode(store, { marketId, role, now: clock() })).code,
      close: async () => {
        await app.close();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}
