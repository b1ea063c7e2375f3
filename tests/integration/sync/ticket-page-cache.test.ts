// The phone's ticket page /t/:id keeps a market's day by store version (issue 14,
// "Amplifiers and exposure"): a second hit at the same version reads no record
// row, a push that raises the version is on the page at the next hit, and phones
// that ask at once after a change share one read of the day. Reads are counted
// by a Kysely plugin on the store the server is given, so the count is of the
// SQL that reached the database, not of any function inside the route.
import type { FastifyInstance } from 'fastify';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { buildServer } from '../../../sync/server/server';
import type { Store } from '../../../sync/server/store/open';
import { enrol, push } from './support/client';
import { newId, TestDevice, ticketEvent } from './support/records';
import { T0, tempStore, testClock, type TempStore } from './support/store';

const MARKET = uuidv7(T0 - 10_000);
const DAY = '2026-11-26';

/** Counts the statements that read the records table, and which of them read the day's ticket events. */
class ReadCounter implements KyselyPlugin {
  records = 0;
  dayEvents = 0;

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const node = args.node;
    if (node.kind === 'SelectQueryNode') {
      const text = JSON.stringify(node);
      if (text.includes('"name":"records"')) this.records += 1;
      if (text.includes('"value":"ticketEvents"')) this.dayEvents += 1;
    }
    return node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }

  reset(): void {
    this.records = 0;
    this.dayEvents = 0;
  }
}

let temp: TempStore;
let app: FastifyInstance;
let reads: ReadCounter;
let counted: Store;

beforeEach(async () => {
  temp = await tempStore();
  reads = new ReadCounter();
  counted = { ...temp.store, db: temp.store.db.withPlugin(reads) };
  app = buildServer({ db: counted, clock: testClock().read, revocationSweepMs: 0, heartbeatMs: 0 });
  await app.ready();
});
afterEach(async () => {
  kiosk = undefined;
  await app.close();
  await temp.cleanup();
});

function ticket(n: number, priority: 'none' | 'elderly', device: TestDevice, deviceId: string) {
  // A second apart per number: the calling order among equals is the order of issue.
  const hlc = device.stamp(T0 + n * 1000);
  return {
    id: newId(),
    deleted: false,
    marketId: MARKET,
    day: DAY,
    lane: 'D',
    serviceCode: 'policy',
    number: n,
    display: `D${String(n).padStart(3, '0')}`,
    priority,
    issuedBy: deviceId,
    issuedAt: hlc,
    context: { postingId: null, applicationId: null },
  };
}

let kiosk: { deviceId: string; token: string; writer: TestDevice } | undefined;

/** One kiosk per test issues every ticket, so their stamps and numbers rise together. */
async function kioskIssues(n: number, priority: 'none' | 'elderly' = 'none') {
  if (kiosk === undefined) {
    const k = await enrol(app, counted, MARKET, 'kiosk');
    kiosk = { ...k, writer: new TestDevice(k.deviceId) };
  }
  const { writer, deviceId } = kiosk;
  const t = ticket(n, priority, writer, deviceId);
  const printed = ticketEvent(MARKET, { ticketId: t.id, type: 'printed', terminalId: deviceId });
  const res = await push(app, kiosk, [writer.put('tickets', t), writer.put('ticketEvents', printed)]);
  expect(res.results.map((r) => r.status)).toEqual(['applied', 'applied']);
  return t;
}

const page = (id: string) => app.inject({ method: 'GET', url: `/t/${id}` });

describe('the ticket page cache', () => {
  it('answers a second hit at the same store version without reading a record row', async () => {
    const a = await kioskIssues(1);
    await kioskIssues(2);
    reads.reset();
    const first = await page(a.id);
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('data-people-ahead="0"');
    expect(reads.dayEvents).toBe(1);
    expect(reads.records).toBeGreaterThan(1);

    reads.reset();
    const second = await page(a.id);
    expect(second.statusCode).toBe(200);
    expect(second.body).toBe(first.body);
    expect(reads.records).toBe(0);
    expect(reads.dayEvents).toBe(0);
  });

  it('shows a new ticket at the next hit: the push raises the version and the day is read again', async () => {
    const a = await kioskIssues(1);
    await kioskIssues(2);
    expect((await page(a.id)).body).toContain('data-people-ahead="0"');
    // An elderly ticket is called before a plain one (the default rule), so it now waits ahead of a.
    await kioskIssues(3, 'elderly');
    reads.reset();
    const after = await page(a.id);
    expect(after.body).toContain('data-people-ahead="1"');
    expect(reads.dayEvents).toBe(1);
  });

  it('reads the day once for phones that ask at the same moment after a change', async () => {
    const tickets = [];
    for (let n = 1; n <= 8; n++) tickets.push(await kioskIssues(n));
    reads.reset();
    const answers = await Promise.all(tickets.map((t) => page(t.id)));
    expect(answers.map((r) => r.statusCode)).toEqual(tickets.map(() => 200));
    expect(answers.map((r) => /data-people-ahead="(\d+)"/.exec(r.body)?.[1])).toEqual(tickets.map((_, i) => String(i)));
    expect(reads.dayEvents).toBe(1);
  });

  it('still answers an unknown ticket 404 and a later push of it 200', async () => {
    const k = await enrol(app, counted, MARKET, 'kiosk');
    const writer = new TestDevice(k.deviceId);
    const t = ticket(1, 'none', writer, k.deviceId);
    expect((await page(t.id)).statusCode).toBe(404);
    await push(app, k, [
      writer.put('tickets', t),
      writer.put('ticketEvents', ticketEvent(MARKET, { ticketId: t.id, type: 'printed', terminalId: k.deviceId })),
    ]);
    expect((await page(t.id)).statusCode).toBe(200);
  });
});
