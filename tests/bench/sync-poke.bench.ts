// sync.poke.p99_ms: 1,000 devices of one market hold a poke socket to a real
// server on loopback; each pulls when poked. A sample is the time from a
// push being acknowledged to every one of the 1,000 having pulled the pushed
// record; the figure is the 99th percentile (issue 3 goal: ≤ 200 ms).
// Baseline: a bare WebSocket round trip (a `ws` echo server) in the same run.
//
// The server runs in a child process (this same file, started with
// GIG_POKE_BENCH_SERVER=1) so the 1,000 clients do not share its core.
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
import { percentile, wsRoundTrips } from './latency';

const DEVICES = 1000;
const SAMPLES = 100;
/** The first pushes run cold code (JIT, SQLite caches): measured, then dropped, like the push bench's warm-up run. */
const WARMUP = 5;
const VERSIONS = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };
const SERVER_FLAG = 'GIG_POKE_BENCH_SERVER';
/** Everything must be over well inside the 2-minute budget. */
const DEADLINE_MS = 100_000;

interface Enrolled {
  readonly deviceId: string;
  readonly token: string;
}
interface Ready {
  readonly url: string;
  readonly marketId: string;
  readonly writer: Enrolled;
  readonly readers: readonly Enrolled[];
}

/** The child: a migrated SQLite store, 1,000 displays and one caller, the server on loopback. */
async function serveInChild(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gig-poke-bench-'));
  const store = openStore({ sqlite: join(dir, 'gig.sqlite') });
  await migrateToLatest(store);
  const marketId = uuidv7(Date.now() - 1_000_000);
  const enrolAs = async (role: 'display' | 'caller', i: number): Promise<Enrolled> => {
    const { code } = await createEnrolmentCode(store, { marketId, role });
    const e = await redeemEnrolmentCode(store.db, code.replace(/-/g, ''), `${role} ${i}`, Date.now());
    if (e === undefined) throw new Error('enrolment failed');
    return { deviceId: e.deviceId, token: e.token };
  };
  const readers: Enrolled[] = [];
  for (let i = 0; i < DEVICES; i++) readers.push(await enrolAs('display', i));
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

if (process.env[SERVER_FLAG] === '1') {
  serveInChild().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}

function startChild(): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, [SERVER_FLAG]: '1' },
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

async function pokeLatencies(): Promise<number[]> {
  const { child, ready } = await startChild();
  // One kept-alive connection per device, as 1,000 real terminals would hold (the default keeps only 256 free).
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: Infinity });
  const readers: Reader[] = [];
  const deadline = setTimeout(() => {
    child.kill();
  }, DEADLINE_MS);
  try {
    const base = ready.url;
    const pullUrl = new URL(PULL_PATH, base);
    const pushUrl = new URL(PUSH_PATH, base);
    let waiting: { id: string; left: Set<Reader>; done: () => void } | undefined;
    let failure: Error | undefined;
    for (const device of ready.readers) {
      const reader: Reader = new Reader(
        device,
        agent,
        pullUrl,
        (id) => {
          if (waiting?.id !== id) return;
          waiting.left.delete(reader);
          if (waiting.left.size === 0) waiting.done();
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
    await Promise.all(readers.map((r) => r.pull()));

    const node = nodeIdFromDeviceId(ready.writer.deviceId);
    const samples: number[] = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const id = uuidv7(Date.now());
      const hlc = formatStamp({ millis: Date.now(), counter: 0, node });
      const record = {
        id,
        hlc,
        deleted: false,
        marketId: ready.marketId,
        kind: 'notice',
        title: `通知 ${i}`,
        body: '请注意今日窗口调整。',
        source: '',
        validFrom: '2026-11-26',
        validUntil: null,
        priority: 1,
      };
      const all = new Promise<void>((resolve) => {
        waiting = { id, left: new Set(readers), done: resolve };
      });
      const answer = pushResponseSchema.parse(
        await post(agent, pushUrl, ready.writer.token, {
          ...VERSIONS,
          deviceId: ready.writer.deviceId,
          mutations: [
            {
              deviceId: ready.writer.deviceId,
              mutationId: i + 1,
              name: 'put',
              args: { table: 'contentItems', record },
              hlc,
              schemaVersion: SCHEMA_VERSION,
            },
          ],
        }),
      );
      const acked = performance.now();
      if (answer.results[0]?.status !== 'applied') throw new Error(`push not applied: ${JSON.stringify(answer)}`);
      await all;
      if (failure !== undefined) throw failure;
      if (i >= WARMUP) samples.push(Math.max(0, performance.now() - acked));
      // Let the sockets and the server settle between samples, like pushes spaced in time.
      await new Promise((r) => setTimeout(r, 50));
    }
    return samples;
  } finally {
    clearTimeout(deadline);
    for (const r of readers) r.socket?.terminate();
    agent.destroy();
    child.disconnect();
  }
}

export const benchmarks: Benchmark[] = [
  {
    name: 'sync.poke.p99_ms',
    unit: 'ms',
    better: 'lower',
    async run() {
      const samples = (await pokeLatencies()).sort((a, b) => a - b);
      if (process.env.GIG_BENCH_DEBUG === '1') {
        process.stderr.write(`sync.poke samples (ms): ${samples.map((x) => x.toFixed(0)).join(' ')}\n`);
      }
      const rtt = (await wsRoundTrips(1000)).sort((a, b) => a - b);
      return { value: percentile(samples, 99), baseline: percentile(rtt, 99) };
    },
  },
];
