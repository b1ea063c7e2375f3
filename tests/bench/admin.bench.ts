// admin.fleet.p95_ms: the console's fleet page (GET /admin/api/fleet, a city
// officer's session over real loopback HTTP) with 1,000 terminals in 20
// markets, each with a heartbeat; baseline: /healthz on the same server, so
// the ratio is what the fleet's query and states cost over a bare request.
// feed.push.items_per_s: 渝职聘 feed items delivered by the HTTP push (queue
// read, POST with Idempotency-Key, delivered mark) to a loopback receiver;
// baseline: the same bodies POSTed straight to the receiver, no queue.
import { uuidv7 } from '../../domain/ids/uuidv7';
import type { RecruitmentEvent } from '../../domain/records/service';
import { ADMIN_API, CSRF_HEADER } from '../../sync/protocol/admin';
import { createAccount } from '../../sync/server/admin/accounts';
import { MIN_COST } from '../../sync/server/admin/password';
import { stampAfter } from '../../sync/server/admin/records-write';
import { pushDue } from '../../sync/server/feed/http-push';
import { enqueueFeed } from '../../sync/server/feed/queue';
import { importRecords } from '../../sync/server/store/import-records';
import { marketRecord } from '../integration/admin/support/console';
import { startFeedReceiver } from '../integration/admin/support/feed-receiver';
import { T0, tempStore, testServer } from '../integration/sync/support/store';
import type { Benchmark } from './harness';
import { percentile, summariseRounds } from './latency';

const MARKETS = 20;
const PER_MARKET = 50;
const REQUESTS = 200;
const ITEMS = 2000;

function cookiesOf(res: Response, jar: Map<string, string>): void {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const eq = pair?.indexOf('=') ?? -1;
    if (pair !== undefined && eq > 0) jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
}

async function timed(url: string, headers: Record<string, string>, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url} answered ${String(res.status)}`);
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

async function fleetBench(): Promise<{ value: number; baseline: number; rounds: number[] }> {
  const server = await testServer({ admin: { cost: MIN_COST } });
  try {
    const markets = Array.from({ length: MARKETS }, (_, m) =>
      marketRecord('500106', `沙坪坝区第${String(m + 1)}农民工零工市场`, uuidv7(T0 + m)),
    );
    await importRecords(
      server.store,
      markets.map((record) => ({ table: 'markets', record })),
    );
    const now = server.clock.read();
    const devices = markets.flatMap((m, mi) =>
      Array.from({ length: PER_MARKET }, (_, i) => ({
        id: uuidv7(T0 + mi * 1000 + i),
        market_id: m.id,
        role: i % 3 === 0 ? 'kiosk' : i % 3 === 1 ? 'caller' : 'display',
        label: `终端 ${String(i + 1)}`,
        token_hash: `bench-${String(mi)}-${String(i)}`,
        revoked: 0,
        last_mutation_id: 0,
        created_at: now - 86_400_000,
        last_seen_at: now - (i % 4) * 60_000,
        hub_id: null,
        band_index: i,
      })),
    );
    const db = server.store.db;
    for (let i = 0; i < devices.length; i += 200) {
      await db
        .insertInto('devices')
        .values(devices.slice(i, i + 200))
        .execute();
      await db
        .insertInto('device_heartbeats')
        .values(
          devices.slice(i, i + 200).map((d, j) => ({
            device_id: d.id,
            received_at: now - ((i + j) % 4) * 60_000,
            online_since: now - 3_600_000,
            app_version: '0.1.0',
            last_sync_at: now - 30_000,
            outbox_depth: (i + j) % 5,
            previous_outbox_depth: 0,
            unread_refusals: 0,
            printer_state: 'ok',
            free_disk_bytes: 10_000_000_000,
          })),
        )
        .execute();
    }
    await createAccount(
      db,
      { username: 'bench-city', displayName: 'bench', password: 'correct horse battery', scope: { role: 'city' } },
      now,
      MIN_COST,
    );
    const base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const jar = new Map<string, string>();
    const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrfRes = await fetch(`${base}${ADMIN_API}/csrf`);
    cookiesOf(csrfRes, jar);
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const signIn = await fetch(`${base}${ADMIN_API}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie(), [CSRF_HEADER]: csrfToken },
      body: JSON.stringify({ username: 'bench-city', password: 'correct horse battery' }),
    });
    if (!signIn.ok) throw new Error(`sign-in answered ${String(signIn.status)}`);
    cookiesOf(signIn, jar);
    const check = (await (await fetch(`${base}${ADMIN_API}/fleet`, { headers: { cookie: cookie() } })).json()) as {
      devices: unknown[];
    };
    if (check.devices.length !== MARKETS * PER_MARKET) throw new Error(`fleet has ${String(check.devices.length)}`);
    const p95s: number[] = [];
    const baselines: number[] = [];
    for (let round = 0; round < 3; round++) {
      p95s.push(percentile(await timed(`${base}${ADMIN_API}/fleet`, { cookie: cookie() }, REQUESTS), 95));
      baselines.push(percentile(await timed(`${base}/healthz`, {}, REQUESTS), 95));
    }
    return {
      value: summariseRounds(p95s).median,
      baseline: summariseRounds(baselines).median,
      rounds: p95s,
    };
  } finally {
    await server.close();
  }
}

function fair(marketId: string, i: number): RecruitmentEvent {
  return {
    id: uuidv7(T0 + i),
    hlc: stampAfter(null, T0),
    deleted: false,
    marketId,
    title: `专场招聘 ${String(i)}`,
    startsAt: '2026-11-28T01:00:00.000Z',
    endsAt: '2026-11-28T05:00:00.000Z',
    venue: '大厅',
    organiser: '区就业服务中心',
    description: '',
    employerIds: [],
    listedOnYzp: true,
  };
}

async function feedBench(): Promise<{ value: number; baseline: number }> {
  const temp = await tempStore();
  const receiver = await startFeedReceiver(1, 1000);
  receiver.mode = 'ok';
  try {
    const market = uuidv7(T0 - 1000);
    const records = Array.from({ length: ITEMS }, (_, i) => ({
      table: 'recruitmentEvents' as const,
      record: fair(market, i),
    }));
    for (let i = 0; i < records.length; i += 500) await importRecords(temp.store, records.slice(i, i + 500));
    if ((await enqueueFeed(temp.store.db, T0)) !== ITEMS) throw new Error('not every item was queued');
    const bodies = (await temp.store.db.selectFrom('feed_items').select(['key', 'body']).execute()).map((r) => r);
    let start = performance.now();
    let delivered = 0;
    for (;;) {
      const r = await pushDue({ db: temp.store.db, url: receiver.url, now: () => T0 }, 200);
      delivered += r.delivered;
      if (r.failed > 0) throw new Error('a delivery failed against a receiver that takes everything');
      if (r.delivered === 0) break;
    }
    const value = (delivered * 1000) / (performance.now() - start);
    if (delivered !== ITEMS) throw new Error(`delivered ${String(delivered)} of ${String(ITEMS)}`);
    // Baseline: the same POSTs, eight at a time like the push, with no queue around them.
    start = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < bodies.length) {
          const b = bodies[next++];
          if (b === undefined) return;
          const res = await fetch(receiver.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': b.key },
            body: b.body,
          });
          await res.arrayBuffer();
        }
      }),
    );
    const baseline = (bodies.length * 1000) / (performance.now() - start);
    return { value, baseline };
  } finally {
    await receiver.close();
    await temp.cleanup();
  }
}

export const benchmarks: Benchmark[] = [
  { name: 'admin.fleet.p95_ms', unit: 'ms', better: 'lower', run: fleetBench },
  { name: 'feed.push.items_per_s', unit: 'items/s', better: 'higher', run: feedBench },
];
