// sync.push: mutations per second through HTTP push (real loopback, batches
// of 200) into SQLite; baseline: the same rows inserted straight into the
// same SQLite schema in one transaction (issue 3 goal: ratio ≥ 0.25).
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { formatStamp, nodeIdFromDeviceId } from '../../domain/clock/hlc';
import { uuidv7 } from '../../domain/ids/uuidv7';
import { SCHEMA_VERSION, type Mutation } from '../../domain/records/mutation';
import { enrolResponseSchema } from '../../sync/protocol/enrol';
import { ENROL_PATH, PUSH_PATH } from '../../sync/protocol/paths';
import { PROTOCOL_VERSION } from '../../sync/protocol/version';
import { buildServer } from '../../sync/server/server';
import { createEnrolmentCode } from '../../sync/server/store/devices';
import { migrateToLatest } from '../../sync/server/store/migrate';
import { openStore } from '../../sync/server/store/open';
import type { Benchmark } from './harness';
import { postJson } from './http-post';

const BATCH = 200;
const BATCHES = 100;
const VERSIONS = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };

function feedbackMutations(deviceId: string, marketId: string, now: number): Mutation[] {
  const node = nodeIdFromDeviceId(deviceId);
  return Array.from({ length: BATCH * BATCHES }, (_, i) => {
    const stamp = formatStamp({ millis: now - 60_000 + Math.floor(i / 0xffff), counter: i % 0xffff, node });
    const record = {
      id: uuidv7(now - 60_000 + i),
      hlc: stamp,
      deleted: false,
      marketId,
      category: 'suggestion',
      message: `希望增加座椅 ${i}`,
      contactPhone: null,
      at: new Date(now).toISOString(),
      status: 'open',
      reply: '',
    };
    return {
      deviceId,
      mutationId: i + 1,
      name: 'put',
      args: { table: 'feedback', record },
      hlc: stamp,
      schemaVersion: SCHEMA_VERSION,
    };
  });
}

function tempDir(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'gig-bench-'));
  return {
    path: join(dir, 'gig.sqlite'),
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function httpPushRate(): Promise<{ rate: number; mutations: Mutation[] }> {
  const dir = tempDir();
  const store = openStore({ sqlite: dir.path });
  try {
    await migrateToLatest(store);
    const app = buildServer({ db: store, limits: { perDevice: { perSecond: 1e6, burst: 1e6 } } });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const marketId = uuidv7(Date.now() - 1_000_000);
      const { code } = await createEnrolmentCode(store, { marketId, role: 'caller' });
      const enrolRes = await fetch(`${base}${ENROL_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...VERSIONS, code, label: 'bench' }),
      });
      const device = enrolResponseSchema.parse(await enrolRes.json());
      const mutations = feedbackMutations(device.deviceId, marketId, Date.now());
      // Serialise the bodies up front: the figure is the server's, not the client's JSON.stringify.
      const bodies: string[] = [];
      for (let i = 0; i < mutations.length; i += BATCH) {
        bodies.push(
          JSON.stringify({ ...VERSIONS, deviceId: device.deviceId, mutations: mutations.slice(i, i + BATCH) }),
        );
      }
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const url = new URL(PUSH_PATH, base);
      const start = performance.now();
      let last = 0;
      for (const body of bodies) {
        const text = await postJson(agent, url, device.token, body);
        last = (JSON.parse(text) as { lastMutationId: number }).lastMutationId;
      }
      const seconds = (performance.now() - start) / 1000;
      agent.destroy();
      if (last !== mutations.length) throw new Error(`push stopped at ${last} of ${mutations.length}`);
      return { rate: mutations.length / seconds, mutations };
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
    dir.cleanup();
  }
}

async function directInsertRate(mutations: readonly Mutation[]): Promise<number> {
  const dir = tempDir();
  const store = openStore({ sqlite: dir.path });
  await migrateToLatest(store);
  await store.close();
  const db = new Database(dir.path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL'); // as the server's store (sync/server/store/open.ts)
    const insert = db.prepare(
      'insert into records (table_name, id, market_id, hlc, deleted, body, version) values (?, ?, ?, ?, ?, ?, ?)',
    );
    const start = performance.now();
    db.transaction(() => {
      mutations.forEach((m, i) => {
        const r = m.args.record;
        insert.run(m.args.table, String(r.id), String(r.marketId), m.hlc, 0, JSON.stringify(r), i + 1);
      });
    })();
    return mutations.length / ((performance.now() - start) / 1000);
  } finally {
    db.close();
    dir.cleanup();
  }
}

/** Runs shared by both sides; the best of each is compared, which damps this machine's noise. */
const RUNS = 3;

export const benchmarks: Benchmark[] = [
  {
    name: 'sync.push',
    unit: 'mutations/s',
    better: 'higher',
    async run() {
      await httpPushRate(); // warm-up: JIT, SQLite page cache, sockets
      let value = 0;
      let baseline = 0;
      for (let i = 0; i < RUNS; i++) {
        const { rate, mutations } = await httpPushRate();
        value = Math.max(value, rate);
        baseline = Math.max(baseline, await directInsertRate(mutations));
      }
      return { value, baseline };
    },
  },
];
