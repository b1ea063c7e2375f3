// sync.poke.p99_ms (issue 14: measured the way a market feels it): N devices
// of one market hold a poke socket to a real server on loopback and pull
// when poked. A sample runs from just before a caller's push is sent to the
// moment the last of the N has pulled the pushed record: the server pokes
// before it answers the push, so a timer started at the answer would miss
// the fan-out. The fleet is mixed as a market is (per 18 terminals: 10 window
// callers, 6 kiosks, 2 lobby displays), so each role asks for its own tables
// and no single cached page answers everyone; and before each push about a
// quarter of the devices are set back to a cursor they held a few pushes
// earlier, as terminals that slept through pokes, so pulls start from mixed
// cursors. The figure is the 99th percentile; three rounds on one fleet,
// `value` the median p99 (goal ≤ 100 ms at 1,000 devices). Printed at 1,000
// and at 5,000 devices. Baseline: a bare WebSocket round trip (a `ws` echo
// server) in the same run.
//
// The server runs in a child process (this same file, started with
// GIG_POKE_BENCH_SERVER=<devices>) so the clients do not share its core.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { formatStamp, nodeIdFromDeviceId } from '../../domain/clock/hlc';
import { uuidv7 } from '../../domain/ids/uuidv7';
import { SCHEMA_VERSION } from '../../domain/records/mutation';
import { POKE_PATH, PULL_PATH, PUSH_PATH } from '../../sync/protocol/paths';
import { pullResponseSchema } from '../../sync/protocol/pull';
import { pushResponseSchema } from '../../sync/protocol/push';
import { PROTOCOL_VERSION } from '../../sync/protocol/version';
import { buildServer } from '../../sync/server/server';
import { createEnrolmentCode, redeemEnrolmentCode } from '../../sync/server/store/devices';
import { migrateToLatest } from '../../sync/server/store/migrate';
import { openStore } from '../../sync/server/store/open';
import type { Benchmark } from './harness';
import { postJson } from './http-post';
import { latencySample, p99OverRounds, percentile, wsRoundTrips } from './latency';

/** Per 18 terminals of a market: its windows, its kiosks, its lobby screens. */
const MARKET_MIX: readonly { role: 'caller' | 'kiosk' | 'display'; per18: number }[] = [
  { role: 'caller', per18: 10 },
  { role: 'kiosk', per18: 6 },
  { role: 'display', per18: 2 },
];
/** Share of the fleet set back to an older cursor before each push. */
const BEHIND_SHARE = 0.25;
/** How many pushes back a device that slept may be. */
const BEHIND_MAX_PUSHES = 20;
/** The first pushes run cold code (JIT, SQLite caches): measured, then dropped, like the push bench's warm-up run. */
const WARMUP = 5;
const VERSIONS = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };
const SERVER_FLAG = 'GIG_POKE_BENCH_SERVER';
/** A stuck fleet must not hang the run. */
const DEADLINE_MS = 600_000;

interface Enrolled {
  readonly deviceId: string;
  readonly token: string;
  readonly role: 'caller' | 'kiosk' | 'display';
}
interface Ready {
  readonly url: string;
  readonly marketId: string;
  readonly writer: Enrolled;
  readonly readers: readonly Enrolled[];
}

/** The role of the i-th device of the fleet, spread through it as MARKET_MIX says. */
export function roleOf(i: number): Enrolled['role'] {
  let slot = i % 18;
  for (const m of MARKET_MIX) {
    if (slot < m.per18) return m.role;
    slot -= m.per18;
  }
  throw new RangeError(`no role for ${String(i)}`);
}

/** The child: a migrated SQLite store, the mixed fleet and one writing caller, the server on loopback. */
async function serveInChild(devices: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gig-poke-bench-'));
  const store = openStore({ sqlite: join(dir, 'gig.sqlite') });
  await migrateToLatest(store);
  const marketId = uuidv7(Date.now() - 1_000_000);
  const enrolAs = async (role: Enrolled['role'], i: number): Promise<Enrolled> => {
    const { code } = await createEnrolmentCode(store, { marketId, role });
    const e = await redeemEnrolmentCode(store.db, code.replace(/-/g, ''), `${role} ${String(i)}`, Date.now());
    if (e === undefined) throw new Error('enrolment failed');
    return { deviceId: e.deviceId, token: e.token, role };
  };
  const readers: Enrolled[] = [];
  for (let i = 0; i < devices; i++) readers.push(await enrolAs(roleOf(i), i));
  const writer = await enrolAs('caller', 0);
  const app = buildServer({ db: store, limits: { perDevice: { perSecond: 1e6, burst: 1e6 } }, revocationSweepMs: 0 });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const stop = () => {
    void app
      .close()
      .then(() => store.close())
      .finally(() => {
        rmSync(dir, { recursive: true, force: true });
        process.exit(0);
      });
  };
  process.on('disconnect', stop);
  process.send?.({ url, marketId, writer, readers } satisfies Ready);
}

const childDevices = Number(process.env[SERVER_FLAG] ?? '0');
if (childDevices > 0) {
  serveInChild(childDevices).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}

function startChild(devices: number): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, [SERVER_FLAG]: String(devices) },
    execArgv: ['--import', 'tsx', ...(process.env.GIG_BENCH_CHILD_ARGS ?? '').split(' ').filter((a) => a !== '')],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => {
      resolve({ child, ready: m as Ready });
    });
    child.once('exit', (code) => {
      reject(new Error(`poke bench server exited (${String(code)})`));
    });
  });
}

async function post(agent: Agent, url: URL, token: string, body: unknown): Promise<unknown> {
  return JSON.parse(await postJson(agent, url, token, JSON.stringify(body)));
}

/** A display: its cursor, its poke socket, and a pull on every poke that reports the ids it saw. */
class Reader {
  cursor: string | null = null;
  epoch: string | null = null;
  /** Cursors this device has held, newest last, to set it back as a sleeping terminal would be. */
  readonly held: string[] = [];
  private pulling = false;
  private again = false;
  socket: WebSocket | undefined;

  constructor(
    private readonly device: Enrolled,
    private readonly agent: Agent,
    private readonly pullUrl: URL,
    private readonly saw: (id: string) => void,
    private readonly fail: (err: unknown) => void,
  ) {}

  async pull(): Promise<void> {
    if (this.pulling) {
      this.again = true;
      return;
    }
    this.pulling = true;
    try {
      do {
        for (;;) {
          const page = pullResponseSchema.parse(
            await post(this.agent, this.pullUrl, this.device.token, {
              ...VERSIONS,
              cursor: this.cursor,
              epoch: this.epoch,
            }),
          );
          if (page.type === 'reset') throw new Error(`unexpected reset: ${page.reason}`);
          for (const c of page.changes) this.saw(String(c.record.id));
          this.cursor = page.nextCursor;
          this.epoch = page.epoch;
          if (this.held.at(-1) !== page.nextCursor) this.held.push(page.nextCursor);
          if (this.held.length > BEHIND_MAX_PUSHES * 2) this.held.splice(0, this.held.length - BEHIND_MAX_PUSHES * 2);
          if (!page.hasMore) break;
        }
      } while (this.takeAgain());
    } finally {
      this.pulling = false;
    }
  }

  /** Whether a poke came while pulling (and so another pull is due); clears the flag. */
  private takeAgain(): boolean {
    const again = this.again;
    this.again = false;
    return again;
  }

  connect(base: string): Promise<void> {
    const url = `${base.replace('http', 'ws')}${POKE_PATH}?protocolVersion=${VERSIONS.protocolVersion}&schemaVersion=${VERSIONS.schemaVersion}`;
    const socket = new WebSocket(url, { headers: { authorization: `Bearer ${this.device.token}` } });
    this.socket = socket;
    socket.on('message', () => {
      this.pull().catch(this.fail);
    });
    return new Promise((resolve, reject) => {
      socket.once('open', () => {
        resolve();
      });
      socket.once('error', reject);
    });
  }
}

/** A small seeded generator, so every run sets back the same devices. */
function seeded(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** Connects the fleet once, then runs the rounds on it; each round's samples in ms. */
async function pokeRounds(devices: number, samplesPerRound: number): Promise<ReturnType<typeof p99OverRounds>> {
  const { child, ready } = await startChild(devices);
  // One kept-alive connection per device, as real terminals would hold (the default keeps only 256 free).
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: Infinity });
  const readers: Reader[] = [];
  const deadline = setTimeout(() => {
    child.kill();
  }, DEADLINE_MS);
  try {
    const base = ready.url;
    const pullUrl = new URL(PULL_PATH, base);
    const pushUrl = new URL(PUSH_PATH, base);
    let waiting: { id: string; left: Set<Reader>; done: (at: number) => void } | undefined;
    let failure: Error | undefined;
    for (const device of ready.readers) {
      const reader: Reader = new Reader(
        device,
        agent,
        pullUrl,
        (id) => {
          if (waiting?.id !== id) return;
          waiting.left.delete(reader);
          if (waiting.left.size === 0) waiting.done(performance.now());
        },
        (err) => {
          failure ??= err instanceof Error ? err : new Error('拉取失败 / pull failed', { cause: err });
        },
      );
      readers.push(reader);
    }
    // Connect in slices so the handshakes do not all land at once, then pull once (as on every connect).
    for (let i = 0; i < readers.length; i += 100) {
      await Promise.all(readers.slice(i, i + 100).map((r) => r.connect(base)));
    }
    for (let i = 0; i < readers.length; i += 500) await Promise.all(readers.slice(i, i + 500).map((r) => r.pull()));

    const node = nodeIdFromDeviceId(ready.writer.deviceId);
    const random = seeded(devices);
    let mutationId = 0;
    const push = async (): Promise<number> => {
      mutationId += 1;
      const id = uuidv7(Date.now());
      const hlc = formatStamp({ millis: Date.now(), counter: 0, node });
      const record = {
        id,
        hlc,
        deleted: false,
        marketId: ready.marketId,
        kind: 'notice',
        title: `通知 ${String(mutationId)}`,
        body: '请注意今日窗口调整。',
        source: '',
        validFrom: '2026-11-26',
        validUntil: null,
        priority: 1,
      };
      // Terminals that slept through some pokes come back with an older cursor.
      for (const r of readers) {
        if (random() >= BEHIND_SHARE || r.held.length < 2) continue;
        const back = 1 + Math.floor(random() * Math.min(BEHIND_MAX_PUSHES, r.held.length - 1));
        r.cursor = r.held[r.held.length - 1 - back] ?? r.cursor;
      }
      const all = new Promise<number>((resolve) => {
        waiting = { id, left: new Set(readers), done: resolve };
      });
      // The timer starts before the push is sent: the server pokes before it answers.
      const sent = performance.now();
      const answer = pushResponseSchema.parse(
        await post(agent, pushUrl, ready.writer.token, {
          ...VERSIONS,
          deviceId: ready.writer.deviceId,
          mutations: [
            {
              deviceId: ready.writer.deviceId,
              mutationId,
              name: 'put',
              args: { table: 'contentItems', record },
              hlc,
              schemaVersion: SCHEMA_VERSION,
            },
          ],
        }),
      );
      if (answer.results[0]?.status !== 'applied') throw new Error(`push not applied: ${JSON.stringify(answer)}`);
      const pulledByAll = await all;
      if (failure !== undefined) throw failure;
      // Let the sockets and the server settle between samples, like pushes spaced in time.
      await new Promise((r) => setTimeout(r, 50));
      return latencySample(sent, pulledByAll);
    };
    for (let i = 0; i < WARMUP; i++) await push();
    return await p99OverRounds(async () => {
      const samples: number[] = [];
      for (let i = 0; i < samplesPerRound; i++) samples.push(await push());
      if (process.env.GIG_BENCH_DEBUG === '1') {
        process.stderr.write(
          `sync.poke ${String(devices)} samples (ms): ${samples.map((x) => x.toFixed(0)).join(' ')}\n`,
        );
      }
      return samples;
    });
  } finally {
    clearTimeout(deadline);
    for (const r of readers) r.socket?.terminate();
    agent.destroy();
    child.disconnect();
  }
}

async function pokeBench(devices: number, samplesPerRound: number) {
  const summary = await pokeRounds(devices, samplesPerRound);
  const rtt = (await wsRoundTrips(1000)).sort((a, b) => a - b);
  return { value: summary.median, baseline: percentile(rtt, 99), rounds: summary.rounds };
}

export const benchmarks: Benchmark[] = [
  {
    name: 'sync.poke.p99_ms',
    unit: 'ms',
    better: 'lower',
    run: () => pokeBench(1000, 100),
  },
  {
    // 100 samples a round at 5,000 devices would take most of ten minutes on these machines; of 40, the p99 is the slowest.
    name: 'sync.poke.5000.p99_ms',
    unit: 'ms',
    better: 'lower',
    run: () => pokeBench(5000, 40),
  },
];
