// sync.pull.idb: records per second of an initial pull of 100,000 records
// into IndexedDB in headless Chromium, through the real terminal (the built
// renderer enrolled as a caller, its SyncEngine pulling pages from the
// embedded server through the preview proxy, validating every record and
// applying each page with its cursor in one transaction). Timed from the
// first pull request to the badge saying 已同步, i.e. the last page applied.
// The few hundred demo rows that ride along are not counted.
//
// Baseline (issue 3 goal: ratio ≥ 0.5): Dexie bulkPut of the same 100,000
// records, in the same browser, into the same database class the terminal
// uses (its schema and durability), fetched from a loopback endpoint first
// and timed inside the page. Run before and after the pull; the faster run is
// the baseline, so noise never flatters the ratio.
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import type { Page } from 'playwright-core';
import { openProfile, removeProfile } from '../e2e/support/browser';
import { bulkFeedback } from '../e2e/support/bulk-records';
import { localRowCounts, recordRows, startOwnServer } from '../e2e/support/own-server';
import type { Benchmark } from './harness';

const RECORDS = 100_000;
const DB_NAME = 'gig-kiosk-caller';
const root = fileURLToPath(new URL('../..', import.meta.url));

declare global {
  interface Window {
    /** Installed by the baseline page: bulkPut the records at `url` into a fresh database; returns milliseconds. */
    __bulkPutBaseline?: (url: string, dbName: string) => Promise<{ millis: number; stored: number }>;
  }
}

/** The baseline's page script: the terminal's own Dexie database class, bundled for the browser. */
async function baselineScript(): Promise<string> {
  const contents = `
    import { openTerminalDb, recordTable } from './renderer/db/database';
    window.__bulkPutBaseline = async (url, dbName) => {
      const records = await (await fetch(url)).json();
      const db = await openTerminalDb(dbName);
      try {
        const start = performance.now();
        await recordTable(db, 'feedback').bulkPut(records);
        const millis = performance.now() - start;
        return { millis, stored: await recordTable(db, 'feedback').count() };
      } finally {
        db.close();
      }
    };
  `;
  const out = await esbuild({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'baseline-entry.ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome130',
    logLevel: 'warning',
  });
  const file = out.outputFiles[0];
  if (file === undefined) throw new Error('esbuild produced no baseline script');
  return file.text;
}

/** A loopback origin of its own for the baseline: a blank page, its script, and the records as JSON. */
async function startBaselineServer(script: string, recordsJson: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><script src="/baseline.js"></script>');
    } else if (path === '/baseline.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(script);
    } else if (path === '/records.json') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(recordsJson);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('baseline server has no port');
  return { url: `http://127.0.0.1:${String(address.port)}/`, server };
}

async function bulkPutOnce(page: Page, url: string, dbName: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => window.__bulkPutBaseline !== undefined);
  const result = await page.evaluate(
    ({ recordsUrl, name }) => {
      const run = window.__bulkPutBaseline;
      if (run === undefined) throw new Error('baseline script not loaded');
      return run(recordsUrl, name);
    },
    { recordsUrl: `${url}records.json`, name: dbName },
  );
  if (result.stored !== RECORDS) throw new Error(`baseline stored ${String(result.stored)} of ${String(RECORDS)}`);
  return result.millis;
}

async function measure(): Promise<{ value: number; baseline: number }> {
  const own = await startOwnServer({ feedback: RECORDS, build: true });
  const profile = await openProfile();
  let baselineServer: Server | null = null;
  try {
    const recordsJson = JSON.stringify(bulkFeedback(RECORDS, own.marketId));
    const baseline = await startBaselineServer(await baselineScript(), recordsJson);
    baselineServer = baseline.server;
    const page = await profile.context.newPage();

    const before = await bulkPutOnce(page, baseline.url, 'bench-baseline-before');

    // An object, not a `let`: the listener sets it while we await.
    const firstPull: { at: number | null } = { at: null };
    page.on('request', (request) => {
      if (firstPull.at === null && new URL(request.url()).pathname === '/v1/pull') firstPull.at = performance.now();
    });
    await page.goto(await own.terminalAddress('caller'));
    await page.locator('.sync-badge', { hasText: '已同步' }).waitFor({ timeout: 600_000 });
    const done = performance.now();
    if (firstPull.at === null) throw new Error('the terminal never pulled');
    const pullMillis = done - firstPull.at;
    const counts = await localRowCounts(page, DB_NAME);
    if (counts?.feedback !== RECORDS || recordRows(counts) !== own.expectedRows('caller')) {
      throw new Error(`pull ended with ${JSON.stringify(counts)}, expected ${String(own.expectedRows('caller'))} rows`);
    }

    const after = await bulkPutOnce(page, baseline.url, 'bench-baseline-after');
    const baselineMillis = Math.min(before, after);
    process.stderr.write(
      `sync.pull.idb: pull ${String(Math.round(pullMillis))} ms; bulkPut ${String(Math.round(before))} / ${String(Math.round(after))} ms\n`,
    );
    return { value: (RECORDS * 1000) / pullMillis, baseline: (RECORDS * 1000) / baselineMillis };
  } finally {
    await profile.close();
    removeProfile(profile.dir);
    const server = baselineServer;
    if (server !== null) {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
      });
    }
    await own.close();
  }
}

export const benchmarks: Benchmark[] = [
  {
    name: 'sync.pull.idb',
    unit: 'records/s',
    better: 'higher',
    run: measure,
  },
];
