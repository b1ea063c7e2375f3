// Several real server processes (`sync/server/main.ts --pg`) on one
// PostgreSQL database, and a crowd of simulated terminals that push and pull
// through them round-robin, as a market's terminals would behind DNS or a
// plain balancer. One process can be killed with SIGKILL part-way. Shared by
// the multi-process test (what must hold) and the sync.pg3 bench (how fast).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { uuidv7 } from '../../../../domain/ids/uuidv7';
import type { Mutation } from '../../../../domain/records/mutation';
import { toSyncError, type SyncError } from '../../../../sync/client/errors';
import { HttpTransport, type SyncTransport } from '../../../../sync/client/transport';
import { normaliseEnrolmentCode } from '../../../../sync/protocol/enrol';
import { HEALTH_PATH, POKE_PATH } from '../../../../sync/protocol/paths';
import { BEARER_SUBPROTOCOL_PREFIX, POKE_SUBPROTOCOL, pokeChannelMessageSchema } from '../../../../sync/protocol/poke';
import type { PullResponse } from '../../../../sync/protocol/pull';
import { createEnrolmentCode, redeemEnrolmentCode } from '../../../../sync/server/store/devices';
import type { Store } from '../../../../sync/server/store/open';
import { VERSIONS } from './client';
import { freePort } from './pg-cluster';
import { feedback, TestDevice } from './records';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves when the process has gone, however it went. */
  readonly exited: Promise<void>;
  alive: boolean;
}

/** Starts one server process on `databaseUrl` (already migrated) and waits until it answers. */
export async function startServerProcess(databaseUrl: string): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'sync/server/main.ts',
      '--pg',
      databaseUrl,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--log-level',
      'warn',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    // Kept for the failure message; the tail is enough.
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const proc: ServerProcess = {
    url: `http://127.0.0.1:${String(port)}`,
    child,
    alive: true,
    exited: new Promise((resolve) => {
      child.once('exit', () => {
        proc.alive = false;
        resolve();
      });
    }),
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (!proc.alive) throw new Error(`server process exited at start:\n${stderr}`);
    try {
      const res = await fetch(`${proc.url}${HEALTH_PATH}`);
      if (res.ok) return proc;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server process did not answer within 30 s:\n${stderr}`);
    }
    await sleep(100);
  }
}

export async function stopServerProcess(proc: ServerProcess): Promise<void> {
  if (!proc.alive) return;
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), 5000);
  await proc.exited;
  clearTimeout(timer);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** The client side of round-robin balancing: each request goes to the next server in turn. */
class RoundRobin implements SyncTransport {
  private next = 0;
  private readonly transports: HttpTransport[];

  constructor(urls: readonly string[], token: string, start: number) {
    this.transports = urls.map((baseUrl) => new HttpTransport({ baseUrl, token, timeoutMs: 10_000 }));
    this.next = start;
  }

  private pick(): HttpTransport {
    const t = this.transports[this.next % this.transports.length];
    this.next += 1;
    if (t === undefined) throw new Error('no servers');
    return t;
  }

  push(...args: Parameters<SyncTransport['push']>) {
    return this.pick().push(...args);
  }

  pull(...args: Parameters<SyncTransport['pull']>) {
    return this.pick().pull(...args);
  }
}

type Role = 'kiosk' | 'caller' | 'display';

interface SimDevice {
  readonly deviceId: string;
  readonly token: string;
  readonly marketId: string;
  readonly role: Role;
  readonly writer: TestDevice;
  readonly transport: SyncTransport;
  /** Minted and not yet acknowledged, in mutation-id order. */
  outbox: Mutation[];
  /** Every record id this device minted. */
  readonly minted: string[];
  /** `applied` answers per mutation id: more than one would be a mutation applied twice. */
  readonly applied: Map<number, number>;
  cursor: string | null;
  epoch: string | null;
  pokes: number;
  socket: WebSocket | undefined;
}

export interface LoadOptions {
  /** The migrated database every process opens. */
  readonly databaseUrl: string;
  /** The same database, for enrolling terminals and for the checks. */
  readonly store: Store;
  readonly servers: readonly ServerProcess[];
  readonly devices: number;
  readonly loadMs: number;
  /** SIGKILL the first server this long into the load. */
  readonly killAtMs?: number;
}

export interface LoadResult {
  readonly devices: readonly SimDevice[];
  readonly markets: readonly string[];
  /** Mutations acknowledged during the load window, per second. */
  readonly pushPerSecond: number;
  readonly pullLatenciesMs: readonly number[];
  readonly errors: readonly SyncError[];
  /** Mutations still unacknowledged after the drain (should be none). */
  readonly unacknowledged: number;
  /** The displays' poke sockets stay open (and move on when their server goes) until this is called. */
  readonly stopSockets: () => void;
}

/** Per market: 30 kiosks and 10 callers push, 10 callers and 10 displays pull, displays hold a poke socket. */
const MARKET_SHAPE: readonly Role[] = [
  ...Array.from({ length: 30 }, (): Role => 'kiosk'),
  ...Array.from({ length: 10 }, (): Role => 'caller'),
  ...Array.from({ length: 10 }, (): Role => 'display'),
];

async function enrolDirect(store: Store, marketId: string, role: Role, n: number) {
  // Straight into the store: the enrol route's per-address limit is for strangers, not a test's 200 terminals.
  const { code } = await createEnrolmentCode(store, { marketId, role });
  const enrolled = await redeemEnrolmentCode(
    store.db,
    normaliseEnrolmentCode(code),
    `${role} ${String(n)}`,
    Date.now(),
  );
  if (enrolled === undefined) throw new Error('enrolment failed');
  return enrolled;
}

function pokeUrl(base: string): string {
  return `${base.replace('http', 'ws')}${POKE_PATH}?protocolVersion=${String(VERSIONS.protocolVersion)}&schemaVersion=${String(VERSIONS.schemaVersion)}`;
}

/** Keeps a poke socket open to some live server, moving to the next one when its server goes. */
function holdPokeSocket(device: SimDevice, servers: readonly ServerProcess[], start: number, running: () => boolean) {
  let index = start;
  const connect = () => {
    if (!running()) return;
    const server = servers[index % servers.length];
    index += 1;
    if (server === undefined) return;
    const socket = new WebSocket(pokeUrl(server.url), [
      POKE_SUBPROTOCOL,
      `${BEARER_SUBPROTOCOL_PREFIX}${device.token}`,
    ]);
    device.socket = socket;
    socket.on('message', (data: Buffer) => {
      const parsed = pokeChannelMessageSchema.safeParse(JSON.parse(data.toString('utf8')) as unknown);
      if (parsed.success && parsed.data.type === 'poke') device.pokes += 1;
    });
    socket.on('error', () => {
      // The close that follows reconnects.
    });
    socket.on('close', () => {
      if (device.socket === socket) device.socket = undefined;
      setTimeout(connect, 200);
    });
  };
  connect();
}

async function pullOnce(device: SimDevice, latencies: number[] | null): Promise<void> {
  for (let page = 0; page < 20; page++) {
    const started = performance.now();
    const res: PullResponse = await device.transport.pull({ cursor: device.cursor, epoch: device.epoch, limit: 500 });
    latencies?.push(performance.now() - started);
    if (res.type === 'reset') {
      device.cursor = null;
      device.epoch = null;
      continue;
    }
    device.cursor = res.nextCursor;
    device.epoch = res.epoch;
    if (!res.hasMore) return;
  }
}

async function pushOnce(device: SimDevice): Promise<number> {
  const batch = device.outbox.slice(0, 50);
  if (batch.length === 0) return 0;
  const res = await device.transport.push({ deviceId: device.deviceId, mutations: batch });
  for (const r of res.results) {
    if (r.status === 'applied') device.applied.set(r.mutationId, (device.applied.get(r.mutationId) ?? 0) + 1);
  }
  const before = device.outbox.length;
  device.outbox = device.outbox.filter((m) => m.mutationId > res.lastMutationId);
  return before - device.outbox.length;
}

function mint(device: SimDevice): void {
  const record = feedback(device.marketId, {
    message: `座椅 ${device.deviceId.slice(-6)} ${String(device.minted.length)}`,
  });
  device.minted.push(String(record.id));
  device.outbox.push(device.writer.put('feedback', record, Date.now()));
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const urls = options.servers.map((s) => s.url);
  const marketCount = Math.max(1, Math.ceil(options.devices / MARKET_SHAPE.length));
  const markets = Array.from({ length: marketCount }, (_, i) => uuidv7(Date.now() - 1_000_000 + i));
  const devices: SimDevice[] = [];
  for (let i = 0; i < options.devices; i++) {
    const role = MARKET_SHAPE[i % MARKET_SHAPE.length] ?? 'kiosk';
    const marketId = markets[Math.floor(i / MARKET_SHAPE.length)] ?? markets[0] ?? '';
    const e = await enrolDirect(options.store, marketId, role, i);
    devices.push({
      deviceId: e.deviceId,
      token: e.token,
      marketId,
      role,
      writer: new TestDevice(e.deviceId, Date.now()),
      transport: new RoundRobin(urls, e.token, i),
      outbox: [],
      minted: [],
      applied: new Map(),
      cursor: null,
      epoch: null,
      pokes: 0,
      socket: undefined,
    });
  }

  const errors: SyncError[] = [];
  const latencies: number[] = [];
  let acknowledged = 0;
  let sockets = true;
  devices.forEach((d, i) => {
    if (d.role === 'display') holdPokeSocket(d, options.servers, i, () => sockets);
  });

  const started = Date.now();
  const end = started + options.loadMs;
  const killer =
    options.killAtMs === undefined
      ? Promise.resolve()
      : sleep(options.killAtMs).then(() => {
          options.servers[0]?.child.kill('SIGKILL');
        });
  const pushes = (d: SimDevice) => d.role !== 'display';
  const pulls = (d: SimDevice) => d.role !== 'kiosk';
  await Promise.all(
    devices.map(async (d, i) => {
      // Spread the first requests over a second, as terminals started at different times would.
      await sleep((i * 997) % 1000);
      while (Date.now() < end) {
        try {
          if (pushes(d)) {
            for (let k = 0; k < 1 + (i % 3); k++) mint(d);
            // Not `acknowledged += await …`: that reads the total before the await and loses the other loops' counts.
            const n = await pushOnce(d);
            acknowledged += n;
          }
          if (pulls(d)) await pullOnce(d, latencies);
        } catch (err) {
          errors.push(toSyncError(err));
        }
        await sleep(150 + ((i * 31) % 250));
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  await killer;

  // Drain: every terminal pushes what it still holds and catches up, as each would once the network is back.
  await Promise.all(
    devices.map(async (d) => {
      for (let tries = 0; tries < 40 && (d.outbox.length > 0 || pulls(d)); tries++) {
        try {
          while (d.outbox.length > 0) await pushOnce(d);
          if (pulls(d)) await pullOnce(d, null);
          break;
        } catch (err) {
          errors.push(toSyncError(err));
          await sleep(100);
        }
      }
    }),
  );
  return {
    stopSockets: () => {
      sockets = false;
      for (const d of devices) d.socket?.close();
    },
    devices,
    markets,
    pushPerSecond: acknowledged / elapsed,
    pullLatenciesMs: latencies,
    errors,
    unacknowledged: devices.reduce((n, d) => n + d.outbox.length, 0),
  };
}

/** p99 of `values`, by nearest rank. */
export function p99(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? Number.NaN;
}

export { pushOnce, mint };
export type { SimDevice };
