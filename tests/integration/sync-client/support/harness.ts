// A real sync server on loopback (their buildServer over a temp SQLite store;
// PostgreSQL when GIG_TEST_PG is set) and terminals that talk to it the way
// the renderer will: a TerminalDb over fake-indexeddb (the test file imports
// 'fake-indexeddb/auto'), enrolled through the real enrol flow, synced by
// sync/client over HTTP.
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import { uuidv7 } from '../../../../domain/ids/uuidv7';
import type { TerminalRole } from '../../../../domain/records/market';
import { RECORD_TABLES } from '../../../../domain/records/registry';
import type { EnrolResponse } from '../../../../sync/protocol/enrol';
import type { Feedback } from '../../../../domain/records/service';
import { createDexieReplica } from '../../../../renderer/db/replica-port';
import { openTerminalDb, recordTable, setMarketId, type DeviceContext, type TerminalDb } from '../../../../renderer/db';
import { newRecordId, type RecordDraft } from '../../../../renderer/db/repository';
import type { ReplicaPort } from '../../../../sync/client/replica-port';
import { enrolDevice, HttpTransport, type SyncTransport } from '../../../../sync/client/transport';
import { buildServer } from '../../../../sync/server/server';
import { createEnrolmentCode } from '../../../../sync/server/store/devices';
import { rotateEpoch } from '../../../../sync/server/store/meta';
import { tempStore, type TempStore } from '../../sync/support/store';

export const MARKET = uuidv7(Date.parse('2026-01-01T00:00:00.000Z'));

export interface LoopbackServer {
  readonly baseUrl: string;
  readonly temp: TempStore;
  app: FastifyInstance;
  /** `offsetMs` is added to the server's clock: "time passes" without waiting. */
  readonly time: { offsetMs: number };
  /** Stop the process and start it again on the same port; with `newEpoch` as after a restore. */
  restart(options?: { newEpoch?: boolean }): Promise<void>;
  /** Stop listening (terminals see connection refused) until `resume()`. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  close(): Promise<void>;
}

function build(temp: TempStore, clock: () => number): FastifyInstance {
  return buildServer({
    db: temp.store,
    // Real time (plus a test's offset): the terminals stamp with Date.now too.
    clock,
    // Tests make many requests a second; the limits are tested by the server suite.
    limits: {
      perDevice: { perSecond: 100_000, burst: 100_000 },
      enrolPerAddress: { perSecond: 100_000, burst: 100_000 },
    },
    revocationSweepMs: 0,
    logger: process.env.GIG_TEST_LOG === '1' ? { level: 'error' } : false,
  });
}

export async function startServer(): Promise<LoopbackServer> {
  const temp = await tempStore();
  const time = { offsetMs: 0 };
  const clock = (): number => Date.now() + time.offsetMs;
  let app = build(temp, clock);
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  const port = Number(new URL(baseUrl).port);
  let listening = true;
  const server: LoopbackServer = {
    baseUrl,
    temp,
    app,
    time,
    async pause() {
      if (!listening) return;
      await app.close();
      listening = false;
    },
    async resume() {
      if (listening) return;
      app = build(temp, clock);
      server.app = app;
      await app.listen({ host: '127.0.0.1', port });
      listening = true;
    },
    async restart(options = {}) {
      await server.pause();
      if (options.newEpoch === true) await rotateEpoch(temp.store.db);
      await server.resume();
    },
    async close() {
      if (listening) await app.close();
      listening = false;
      await temp.cleanup();
    },
  };
  return server;
}

export interface Terminal {
  readonly label: string;
  readonly enrolment: EnrolResponse;
  readonly ctx: DeviceContext;
  readonly dbName: string;
  /** How far this terminal's clock is off (positive: ahead); change it to "fix the clock". */
  skewMs: number;
  db: TerminalDb;
  replica: ReplicaPort;
  readonly transport: HttpTransport;
  /** Close and reopen the local database, as a killed and restarted renderer would. */
  reopen(): Promise<void>;
  close(): void;
}

let dbCounter = 0;

export async function enrolTerminal(
  server: LoopbackServer,
  label: string,
  role: TerminalRole = 'caller',
  marketId: string = MARKET,
  /** How far this terminal's clock is off (positive: ahead of the server). */
  skewMs = 0,
): Promise<Terminal> {
  const { code } = await createEnrolmentCode(server.temp.store, { marketId, role });
  const enrolment = await enrolDevice({ baseUrl: server.baseUrl }, code, label);
  dbCounter += 1;
  const dbName = `sync-client-${label}-${dbCounter}-${enrolment.deviceId}`;
  const db = await openTerminalDb(dbName);
  await setMarketId(db, enrolment.marketId);
  const ctx: DeviceContext = { deviceId: enrolment.deviceId, now: () => Date.now() + terminal.skewMs };
  const terminal: Terminal = {
    label,
    enrolment,
    ctx,
    dbName,
    skewMs,
    db,
    replica: createDexieReplica(db, ctx),
    transport: new HttpTransport({ baseUrl: server.baseUrl, token: enrolment.token, timeoutMs: 10_000 }),
    async reopen() {
      terminal.db.close();
      terminal.db = await openTerminalDb(dbName);
      terminal.replica = createDexieReplica(terminal.db, ctx);
    },
    close() {
      terminal.db.close();
    },
  };
  return terminal;
}

export function feedbackDraft(terminal: Terminal, message: string): RecordDraft<'feedback'> {
  return {
    id: newRecordId(terminal.ctx),
    deleted: false,
    marketId: terminal.enrolment.marketId,
    category: 'suggestion',
    message,
    contactPhone: null,
    at: new Date().toISOString(),
    status: 'open',
    reply: '',
  };
}

export function editOf(record: Feedback, changes: Partial<RecordDraft<'feedback'>>): RecordDraft<'feedback'> {
  const { hlc: _hlc, ...draft } = record;
  return { ...draft, ...changes };
}

/** Every synced table of a replica, sorted by id: equal snapshots mean equal replicas. */
export async function snapshot(db: TerminalDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of RECORD_TABLES) {
    const rows = await recordTable(db, table).toArray();
    if (rows.length > 0) out[table] = rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return out;
}

/** A transport that counts what the server reported applied, per device and mutation id. */
export class CountingTransport implements SyncTransport {
  constructor(
    private readonly inner: SyncTransport,
    readonly applied: Map<string, number>,
  ) {}

  async push(...args: Parameters<SyncTransport['push']>): ReturnType<SyncTransport['push']> {
    const answer = await this.inner.push(...args);
    for (const r of answer.results) {
      if (r.status === 'skipped') continue;
      const key = `${args[0].deviceId}#${r.mutationId}`;
      this.applied.set(key, (this.applied.get(key) ?? 0) + 1);
    }
    return answer;
  }

  pull(...args: Parameters<SyncTransport['pull']>): ReturnType<SyncTransport['pull']> {
    return this.inner.pull(...args);
  }
}

export interface ServerPerTest {
  /** This test's server. */
  readonly server: () => LoopbackServer;
  /** Enrol a terminal on this test's server; it is closed after the test. */
  readonly terminal: (label: string, role?: TerminalRole, skewMs?: number) => Promise<Terminal>;
}

/**
 * A fresh server for each test of the file, and the terminals a test enrols,
 * all closed after it (call once, at the top of a test file). `beforeClose`
 * runs first in the teardown, for what the file built on top (engines).
 */
export function serverPerTest(beforeClose?: () => Promise<void>): ServerPerTest {
  let current: LoopbackServer | null = null;
  const terminals: Terminal[] = [];
  beforeEach(async () => {
    current = await startServer();
  });
  afterEach(async () => {
    await beforeClose?.();
    for (const t of terminals.splice(0)) t.close();
    await current?.close();
    current = null;
  });
  const server = (): LoopbackServer => {
    if (current === null) throw new Error('serverPerTest: no server outside a test');
    return current;
  };
  return {
    server,
    terminal: async (label, role = 'caller', skewMs = 0) => {
      const t = await enrolTerminal(server(), label, role, MARKET, skewMs);
      terminals.push(t);
      return t;
    },
  };
}
