// Three server processes on one PostgreSQL database, the documented central
// deployment (issue 14, "Scale and faults beyond one process"): 200 simulated
// terminals of four markets push and pull through them round-robin, one
// process is killed with SIGKILL halfway, and afterwards nothing is lost or
// applied twice, every error a terminal met is one it retries, and pokes still
// cross processes through LISTEN/NOTIFY. PostgreSQL only (`npm run test:pg`).
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpTransport } from '../../../sync/client/transport';
import {
  mint,
  pushOnce,
  runLoad,
  startServerProcess,
  stopServerProcess,
  type LoadResult,
  type ServerProcess,
} from './support/multi-process';
import { tempStore, type TempStore } from './support/store';

const onPg = (process.env.GIG_TEST_PG ?? '') !== '';
const LOAD_MS = Number(process.env.GIG_PG3_LOAD_MS ?? '24000');

let temp: TempStore | undefined;
let servers: ServerProcess[] = [];
let result: LoadResult | undefined;
afterEach(async () => {
  result?.stopSockets();
  await Promise.all(servers.map(stopServerProcess));
  await temp?.cleanup();
  servers = [];
  temp = undefined;
  result = undefined;
});

async function waitFor(what: string, ok: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.skipIf(!onPg)('three server processes on one PostgreSQL', () => {
  it('loses and doubles nothing when one is SIGKILLed halfway, retries every error, and pokes across processes', async () => {
    const t = await tempStore();
    temp = t;
    servers = await Promise.all([0, 1, 2].map(() => startServerProcess(t.path)));
    const r = await runLoad({
      databaseUrl: t.path,
      store: t.store,
      servers,
      devices: 200,
      loadMs: LOAD_MS,
      killAtMs: LOAD_MS / 2,
    });
    result = r;
    const [killed, ...survivors] = servers;
    expect(killed?.alive).toBe(false);

    // Every error is one the client backs off from and retries, and the kill was felt.
    expect(r.errors.filter((e) => e.action !== 'retry').map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(r.errors.some((e) => e.code === 'network')).toBe(true);
    expect(r.unacknowledged).toBe(0);

    // Nothing lost: each terminal's last applied id is the last it minted, and each record is stored.
    const pushers = r.devices.filter((d) => d.role !== 'display');
    const rows = await t.store.db.selectFrom('devices').select(['id', 'last_mutation_id']).execute();
    const lastApplied = new Map(rows.map((row) => [row.id, row.last_mutation_id]));
    for (const d of pushers) expect(lastApplied.get(d.deviceId), d.deviceId).toBe(d.minted.length);
    const minted = pushers.flatMap((d) => d.minted);
    expect(minted.length).toBeGreaterThan(1000);
    const stored = await t.store.db.selectFrom('records').select(['id']).where('table_name', '=', 'feedback').execute();
    expect(new Set(stored.map((s) => s.id))).toEqual(new Set(minted));

    // Nothing doubled: no mutation was answered `applied` twice, none refused, and each write took its own version.
    const twice = pushers.flatMap((d) =>
      [...d.applied].filter(([, n]) => n > 1).map(([id]) => `${d.deviceId}#${String(id)}`),
    );
    expect(twice).toEqual([]);
    const { rows: refusals } = await sql<{ n: number }>`select count(*)::int as n from rejections`.execute(t.store.db);
    expect(refusals[0]?.n).toBe(0);
    const { rows: versions } = await sql<{ n: number; d: number }>`
      select count(*)::int as n, count(distinct version)::int as d from records`.execute(t.store.db);
    expect(versions[0]?.d).toBe(versions[0]?.n);

    // Pulled back through a survivor: each market's caller sees exactly that market's records.
    for (const market of r.markets) {
      const caller = r.devices.find((d) => d.marketId === market && d.role === 'caller');
      if (caller === undefined || survivors[0] === undefined) throw new Error('no caller');
      const transport = new HttpTransport({ baseUrl: survivors[0].url, token: caller.token });
      const seen = new Set<string>();
      let cursor: string | null = null;
      let epoch: string | null = null;
      for (;;) {
        const page = await transport.pull({ cursor, epoch, limit: 1000 });
        if (page.type === 'reset') throw new Error(`reset: ${page.reason}`);
        for (const c of page.changes) if (c.table === 'feedback') seen.add(String(c.record.id));
        cursor = page.nextCursor;
        epoch = page.epoch;
        if (!page.hasMore) break;
      }
      const ofMarket = pushers.filter((d) => d.marketId === market).flatMap((d) => d.minted);
      expect(seen).toEqual(new Set(ofMarket));
    }

    // Pokes: every display was poked during the load, and now, with the sockets of the
    // killed process moved to the survivors, a push to either survivor pokes every display.
    const displays = r.devices.filter((d) => d.role === 'display');
    expect(displays.filter((d) => d.pokes === 0).map((d) => d.deviceId)).toEqual([]);
    await waitFor('every display to hold an open poke socket', () => displays.every((d) => d.socket?.readyState === 1));
    const hosts = new Set(displays.map((d) => new URL(d.socket?.url ?? 'http://none').port));
    expect(hosts.size).toBe(survivors.length);
    for (const via of survivors) {
      const before = new Map(displays.map((d) => [d.deviceId, d.pokes]));
      for (const market of r.markets) {
        const kiosk = r.devices.find((d) => d.marketId === market && d.role === 'kiosk');
        if (kiosk === undefined) throw new Error('no kiosk');
        mint(kiosk);
        const direct = { ...kiosk, transport: new HttpTransport({ baseUrl: via.url, token: kiosk.token }) };
        await pushOnce(direct);
        kiosk.outbox = direct.outbox;
      }
      await waitFor(`a poke on every display after a push to ${via.url}`, () =>
        displays.every((d) => d.pokes > (before.get(d.deviceId) ?? 0)),
      );
    }
  }, 150_000);
});
