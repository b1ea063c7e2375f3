// A server of its own for a test or a bench that needs a big store: the demo
// market plus `feedback` bulk records loaded before the server starts, then
// the embedded server on that store (it finds the demo market and leaves it
// alone) and a `vite preview` of the renderer build proxying the sync paths to
// it, as global-setup does for the shared, small server. Everything listens on
// 127.0.0.1.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import type { TerminalRole } from '../../../domain/records/market';
import { parseRecord, RECORD_TABLES, type RecordTable } from '../../../domain/records/registry';
import { readableTables } from '../../../sync/protocol/permissions';
import { ensureDemoMarket } from '../../../sync/server/demo-seed';
import { startEmbeddedServer, type EmbeddedServer } from '../../../sync/server/embedded';
import { migrateToLatest } from '../../../sync/server/store/migrate';
import { openStore } from '../../../sync/server/store/open';
import { syncProxy, syncProxyLogger } from '../../../scripts/sync-proxy';
import { asImportChanges, bulkFeedback, bulkPostings, loadBulkRecords } from './bulk-records';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const configFile = `${root}vite.config.ts`;
const builtDir = `${root}dist/renderer`;

export interface OwnServer {
  /** The renderer's origin (with a trailing slash); the sync paths are proxied from it. */
  readonly rendererUrl: string;
  readonly serverUrl: string;
  /** The server's SQLite file, for a test to read what it holds. */
  readonly sqlitePath: string;
  readonly marketId: string;
  /** Rows per table the store holds for the market (and global rows), tombstones included, as loaded. */
  readonly stored: Readonly<Partial<Record<RecordTable, number>>>;
  /** How many rows a terminal of `role` ends up with after a full pull. */
  expectedRows(role: TerminalRole): number;
  /** The address a freshly installed terminal of `role` opens (a new one-time code each call). */
  terminalAddress(role: TerminalRole): Promise<string>;
  /** Stop the sync server (the renderer stays served): the terminals are cut off. */
  stopServer(): Promise<void>;
  /** Start it again on the same store and port: the terminals reconnect. */
  restartServer(): Promise<void>;
  close(): Promise<void>;
}

export interface OwnServerOptions {
  /** Bulk feedback records for the demo market, on top of the demo. */
  readonly feedback: number;
  /** Bulk postings copied from the demo's published ones (benches that need a city-sized job list). */
  readonly postings?: number;
  /**
   * Build the renderer first, into a directory of its own (removed on close),
   * so a browser suite serving dist/renderer at the same time is not
   * disturbed. The suite's global setup already built dist/renderer; a bench
   * run on its own must build, or it would measure a stale bundle.
   */
  readonly build?: boolean;
  /** Serve this build instead of dist/renderer (ignored with `build`). */
  readonly outDir?: string;
}

async function loadStore(
  sqlitePath: string,
  feedback: number,
  postings = 0,
): Promise<{ marketId: string; stored: OwnServer['stored'] }> {
  const store = openStore({ sqlite: sqlitePath });
  try {
    await migrateToLatest(store);
    const { marketId } = await ensureDemoMarket(store, Date.now());
    await loadBulkRecords(store, asImportChanges(bulkFeedback(feedback, marketId)));
    if (postings > 0) {
      const published = await store.db
        .selectFrom('records')
        .select('body')
        .where('table_name', '=', 'postings')
        .where('market_id', '=', marketId)
        .execute();
      const templates = published
        .map((r) => parseRecord('postings', JSON.parse(r.body)))
        .filter((p) => p.status === 'published');
      await loadBulkRecords(store, bulkPostings(templates, postings));
    }
    const rows = await store.db
      .selectFrom('records')
      .select(['table_name', sql<number | string>`count(*)`.as('n')])
      .where((eb) => eb.or([eb('market_id', '=', marketId), eb('market_id', 'is', null)]))
      .groupBy('table_name')
      .execute();
    const stored: Partial<Record<RecordTable, number>> = {};
    for (const r of rows) stored[r.table_name as RecordTable] = Number(r.n);
    return { marketId, stored };
  } finally {
    await store.close();
  }
}

export async function startOwnServer(options: OwnServerOptions): Promise<OwnServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gig-own-server-'));
  const sqlitePath = join(dataDir, 'gig.sqlite');
  try {
    let outDir = options.outDir ?? builtDir;
    if (options.build === true) {
      outDir = join(dataDir, 'renderer');
      await build({ configFile, logLevel: 'warn', build: { outDir } });
    } else if (!existsSync(join(outDir, 'index.html'))) {
      throw new Error(`no renderer build in ${outDir}: build it first`);
    }
    const { marketId, stored } = await loadStore(sqlitePath, options.feedback, options.postings);
    const first = await startEmbeddedServer({ sqlitePath, quiet: true });
    let server: EmbeddedServer | null = first;
    const port = Number(new URL(first.url).port);
    if (first.marketId !== marketId) {
      await first.close();
      throw new Error(`server serves market ${first.marketId}, loaded ${marketId}`);
    }
    const web = await preview({
      configFile,
      customLogger: syncProxyLogger({ logLevel: 'warn' }),
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, proxy: syncProxy(first.url) },
    });
    const address = web.httpServer.address();
    if (address === null || typeof address === 'string') {
      await web.close();
      await server.close();
      throw new Error('preview server has no port');
    }
    const rendererUrl = `http://127.0.0.1:${String(address.port)}/`;
    return {
      rendererUrl,
      serverUrl: first.url,
      sqlitePath,
      marketId,
      stored,
      expectedRows: (role) => readableTables(role).reduce((sum, t) => sum + (stored[t] ?? 0), 0),
      async terminalAddress(role) {
        if (server === null) throw new Error('the server is stopped');
        const url = new URL(rendererUrl);
        url.searchParams.set('enrol', await server.enrolmentCode(role));
        url.hash = `/${role}`;
        return url.toString();
      },
      async stopServer() {
        await server?.close();
        server = null;
      },
      async restartServer() {
        if (server !== null) return;
        server = await startEmbeddedServer({ sqlitePath, port, quiet: true });
      },
      async close() {
        await web.close();
        await server?.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Rows per object store of a terminal's database, read in the page through a
 * second IndexedDB connection (committed data only, like a restart would
 * see); null while the database does not exist yet. `stores` narrows the
 * read to the named stores. Opening without a version never upgrades the
 * terminal's schema, and checking `databases()` first keeps this read from
 * creating an empty database the terminal would then have to upgrade.
 */
export function localRowCounts(
  page: Page,
  dbName: string,
  stores?: readonly string[],
): Promise<Record<string, number> | null> {
  return page.evaluate(
    async ({ name, only }) => {
      const existing = await indexedDB.databases();
      if (!existing.some((d) => d.name === name)) return null;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(request.error ?? new Error(`cannot open ${name}`));
        };
      });
      try {
        const names = [...db.objectStoreNames].filter((s) => only === null || only.includes(s));
        if (names.length === 0) return {};
        const tx = db.transaction(names, 'readonly');
        const counts = await Promise.all(
          names.map(
            (s) =>
              new Promise<[string, number]>((resolve, reject) => {
                const request = tx.objectStore(s).count();
                request.onsuccess = () => {
                  resolve([s, request.result]);
                };
                request.onerror = () => {
                  reject(request.error ?? new Error(`cannot count ${s}`));
                };
              }),
          ),
        );
        return Object.fromEntries(counts);
      } finally {
        db.close();
      }
    },
    { name: dbName, only: stores === undefined ? null : [...stores] },
  );
}

/** The synced record rows of a terminal's database: the record tables' stores, not the outbox or meta. */
export function recordRows(counts: Readonly<Record<string, number>>): number {
  return RECORD_TABLES.reduce((sum, table) => sum + (counts[table] ?? 0), 0);
}
