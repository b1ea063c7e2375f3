// queue.call_to_display.p99_ms (issue 4): from a window's call — the caller's
// push of a `called` event through the real server — to the called number
// painted on a lobby display page in headless Chromium, over loopback with the
// poke channel; 200 calls, the figure is the 99th percentile (goal ≤ 250 ms).
// Baseline: a bare WebSocket round trip (a `ws` echo server) in the same run.
//
// The display is the real product: the built renderer served by Vite's
// preview with the sync paths proxied to the server, enrolled with a one-time
// code, pulling on every poke into real IndexedDB. In the page a
// MutationObserver waits for the number in "now calling", then the next
// animation frame (the frame that paints it) records the time; both ends read
// the same wall clock (performance.timeOrigin + performance.now()).
//
// `CallerDriver` plays the window over the server's HTTP API; the browser
// suite (tests/e2e/display-*.test.ts) uses it too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { formatStamp, nodeIdFromDeviceId, type HlcStamp } from '../../domain/clock/hlc';
import { localDay } from '../../domain/clock/local-day';
import { uuidv7 } from '../../domain/ids/uuidv7';
import { SCHEMA_VERSION } from '../../domain/records/mutation';
import type { Ticket, TicketEvent, TicketEventType } from '../../domain/records/queue';
import type { RecordTable } from '../../domain/records/registry';
import { enrolResponseSchema } from '../../sync/protocol/enrol';
import { ENROL_PATH, PUSH_PATH } from '../../sync/protocol/paths';
import { pushResponseSchema } from '../../sync/protocol/push';
import { PROTOCOL_VERSION } from '../../sync/protocol/version';
import { ensureDemoMarket } from '../../sync/server/demo-seed';
import { buildServer } from '../../sync/server/server';
import { createEnrolmentCode } from '../../sync/server/store/devices';
import { migrateToLatest } from '../../sync/server/store/migrate';
import { openStore } from '../../sync/server/store/open';
import { SYNC_PATHS } from '../../scripts/sync-paths';
import type { Benchmark } from './harness';
import { percentile, wsRoundTrips } from './latency';

const CALLS = 200;
/** The first calls run cold code (JIT, the page's first renders): measured, then dropped. */
const WARMUP = 10;
const PAINT_TIMEOUT_MS = 10_000;
const VERSIONS = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = fileURLToPath(new URL('../..', import.meta.url));

/** A window's caller over the server's HTTP API: enrolled with a code, it issues tickets and calls them. */
export class CallerDriver {
  private mutationId = 0;
  private lastMillis = 0;
  private counter = 0;
  private readonly node: string;

  private constructor(
    private readonly baseUrl: string,
    readonly deviceId: string,
    private readonly token: string,
    readonly marketId: string,
  ) {
    this.node = nodeIdFromDeviceId(deviceId);
  }

  static async enrol(baseUrl: string, code: string, label = 'bench caller'): Promise<CallerDriver> {
    const response = await fetch(new URL(ENROL_PATH, baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...VERSIONS, code, label }),
    });
    if (!response.ok)
      throw new Error(`注册失败 / enrolment refused: ${String(response.status)} ${await response.text()}`);
    const e = enrolResponseSchema.parse(await response.json());
    return new CallerDriver(baseUrl, e.deviceId, e.token, e.marketId);
  }

  /** Strictly increasing HLC stamps of this device. */
  private stamp(): HlcStamp {
    const now = Date.now();
    if (now > this.lastMillis) {
      this.lastMillis = now;
      this.counter = 0;
    } else this.counter += 1;
    return formatStamp({ millis: this.lastMillis, counter: this.counter, node: this.node });
  }

  private put(table: RecordTable, record: Record<string, unknown>, hlc: HlcStamp) {
    this.mutationId += 1;
    return {
      deviceId: this.deviceId,
      mutationId: this.mutationId,
      name: 'put' as const,
      args: { table, record },
      hlc,
      schemaVersion: SCHEMA_VERSION,
    };
  }

  private async push(mutations: ReturnType<CallerDriver['put']>[]): Promise<void> {
    const response = await fetch(new URL(PUSH_PATH, this.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ ...VERSIONS, deviceId: this.deviceId, mutations }),
    });
    if (!response.ok) throw new Error(`推送失败 / push refused: ${String(response.status)} ${await response.text()}`);
    const answer = pushResponseSchema.parse(await response.json());
    const refused = answer.results.find((r) => r.status === 'rejected');
    if (refused !== undefined || answer.stop !== null) {
      throw new Error(`推送未全部应用 / push not applied: ${JSON.stringify(answer)}`);
    }
  }

  private event(ticket: Ticket, type: TicketEventType, windowNumber: number | null): TicketEvent {
    const at = this.stamp();
    return {
      id: uuidv7(Date.now()),
      hlc: at,
      deleted: false,
      marketId: this.marketId,
      ticketId: ticket.id,
      type,
      at,
      terminalId: this.deviceId,
      staffId: null,
      windowNumber,
      toLane: null,
      outcome: null,
    };
  }

  /** Issue today's tickets `from..from+count-1` in `lane`, printed (handed out), in batches. */
  async issue(lane: string, from: number, count: number): Promise<Ticket[]> {
    const tickets: Ticket[] = [];
    const day = localDay(Date.now());
    for (let i = 0; i < count; i++) {
      const number = from + i;
      const issuedAt = this.stamp();
      tickets.push({
        id: uuidv7(Date.now()),
        hlc: issuedAt,
        deleted: false,
        marketId: this.marketId,
        day,
        lane,
        serviceCode: 'job_search',
        number,
        display: `${lane}${String(number).padStart(3, '0')}`,
        priority: 'none',
        issuedBy: this.deviceId,
        issuedAt,
        context: { postingId: null, applicationId: null },
      });
    }
    const mutations = tickets.flatMap((t) => {
      const printed = this.event(t, 'printed', null);
      return [this.put('tickets', t, t.hlc), this.put('ticketEvents', printed, printed.hlc)];
    });
    for (let i = 0; i < mutations.length; i += 200) await this.push(mutations.slice(i, i + 200));
    return tickets;
  }

  /** The window calls (or recalls) the ticket: one push of the event. */
  async call(ticket: Ticket, windowNumber: number, type: 'called' | 'recalled' = 'called'): Promise<void> {
    const e = this.event(ticket, type, windowNumber);
    await this.push([this.put('ticketEvents', e, e.hlc)]);
  }
}

const PAINT_WATCHER = `(() => {
  let last = '';
  const check = () => {
    const el = document.querySelector('.now-calling-current .call-number');
    const text = el === null ? '' : (el.textContent || '');
    if (text === '' || text === last) return;
    last = text;
    requestAnimationFrame(() => {
      window.__gigPainted(text, performance.timeOrigin + performance.now());
    });
  };
  const install = () => {
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
    check();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', install);
  else install();
})();`;

/**
 * In the page: report each number that appears in "now calling", on the frame
 * that paints it. Call before the page loads: the observer is installed by an
 * init script, so it survives the enrolment reload.
 */
export async function watchNowCalling(
  page: Page,
  onPainted: (display: string, atMillis: number) => void,
): Promise<void> {
  await page.exposeFunction('__gigPainted', onPainted);
  // A string, not a function: tsx's transform would wrap named functions in a helper the page lacks.
  await page.addInitScript(PAINT_WATCHER);
}

async function callToDisplayLatencies(): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gig-call-bench-'));
  const store = openStore({ sqlite: join(dir, 'gig.sqlite') });
  await migrateToLatest(store);
  const { marketId } = await ensureDemoMarket(store, Date.now());
  // One caller pushes 200 calls in a minute: lift the per-device rate limit, as the poke bench does.
  const app = buildServer({ db: store, limits: { perDevice: { perSecond: 1e6, burst: 1e6 } }, revocationSweepMs: 0 });
  const serverUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  const outDir = join(dir, 'renderer');
  const configFile = join(root, 'vite.config.ts');
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const proxy = Object.fromEntries(SYNC_PATHS.map((p) => [p, { target: serverUrl, ws: true }]));
  const web = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, proxy },
  });
  const address = web.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  const base = `http://127.0.0.1:${String(address.port)}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const code = async (role: 'display' | 'caller') =>
      (await createEnrolmentCode(store, { marketId, role, now: Date.now() })).code;
    const caller = await CallerDriver.enrol(serverUrl, await code('caller'));
    const tickets = await caller.issue('A', 1, WARMUP + CALLS);

    const context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1920, height: 1080 },
    });
    const page = await context.newPage();
    const painted = new Map<string, number>();
    let waiter: { display: string; resolve: () => void } | undefined;
    await watchNowCalling(page, (display, at) => {
      if (!painted.has(display)) painted.set(display, at);
      if (waiter?.display === display) waiter.resolve();
    });
    await page.goto(`${base}?enrol=${encodeURIComponent(await code('display'))}#/display`);
    await page.locator('.sync-badge', { hasText: '已同步' }).waitFor({ timeout: 30_000 });
    await page.getByText(`${String(WARMUP + CALLS)} 人等候`).waitFor({ timeout: 30_000 });

    const samples: number[] = [];
    for (const [i, ticket] of tickets.entries()) {
      const seen = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`${ticket.display} 未在 ${String(PAINT_TIMEOUT_MS)} ms 内显示 / not painted in time`));
        }, PAINT_TIMEOUT_MS);
        waiter = {
          display: ticket.display,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        };
      });
      const start = performance.timeOrigin + performance.now();
      await caller.call(ticket, 1 + (i % 6));
      await seen.catch(async (error: unknown) => {
        const shown = await page.locator('.display-board').textContent();
        const badge = await page.locator('.sync-badge').textContent();
        throw new Error(`${String(error)}; sync: ${String(badge)}; board: ${String(shown).slice(0, 300)}`);
      });
      const at = painted.get(ticket.display);
      if (at === undefined) throw new Error(`no paint time for ${ticket.display}`);
      if (i >= WARMUP) samples.push(Math.max(0, at - start));
      // Calls come seconds apart at a real window; a short gap keeps each sample to its own call.
      await new Promise((r) => setTimeout(r, 50));
    }
    await context.close();
    return samples;
  } finally {
    await browser.close();
    await web.close();
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const benchmarks: Benchmark[] = [
  {
    name: 'queue.call_to_display.p99_ms',
    unit: 'ms',
    better: 'lower',
    async run() {
      const calls = (await callToDisplayLatencies()).sort((a, b) => a - b);
      const baseline = (await wsRoundTrips(CALLS)).sort((a, b) => a - b);
      if (process.env.GIG_BENCH_VERBOSE === '1') {
        const q = (p: number) => percentile(calls, p).toFixed(1);
        process.stderr.write(`call→display p50 ${q(50)} p90 ${q(90)} p99 ${q(99)} max ${q(100)} ms\n`);
      }
      return { value: percentile(calls, 99), baseline: percentile(baseline, 99) };
    },
  },
];
