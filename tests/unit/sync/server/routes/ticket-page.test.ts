import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatStamp } from '../../../../../domain/clock/hlc';
import { uuidv7 } from '../../../../../domain/ids/uuidv7';
import type { Ticket, TicketEvent } from '../../../../../domain/records/queue';
import { buildServer } from '../../../../../sync/server/server';
import { writeRecordRows } from '../../../../../sync/server/store/records';
import { buildMarket, buildTerminals } from '../../../../../domain/demo/market';
import { createStamper } from '../../../../../domain/demo/stamper';
import { createPrng } from '../../../../../domain/demo/prng';
import type { Market, Terminal } from '../../../../../domain/records/market';
import { tempStore, type TempStore } from '../../../../integration/sync/support/store';

const T0 = Date.parse('2026-11-26T02:00:00.000Z');
const DAY = '2026-11-26';
let seq = 0;
const stamp = () => formatStamp({ millis: T0 + ++seq * 1000, counter: 0, node: 'aaaaaaaaaaaaaaaa' });
const id = () => uuidv7(T0 + seq * 1000);
const MARKET = uuidv7(T0 - 1000);
const DEVICE = uuidv7(T0 - 2000);

function ticket(n: number, overrides: Partial<Ticket> = {}): Ticket {
  const at = stamp();
  return {
    id: id(),
    hlc: at,
    deleted: false,
    marketId: MARKET,
    day: DAY,
    lane: 'D',
    serviceCode: 'policy',
    number: n,
    display: `D${String(n).padStart(3, '0')}`,
    priority: 'none',
    issuedBy: DEVICE,
    issuedAt: at,
    context: { postingId: null, applicationId: null },
    ...overrides,
  };
}

function event(t: Ticket, type: TicketEvent['type'], windowNumber: number | null = null): TicketEvent {
  const at = stamp();
  return {
    id: id(),
    hlc: at,
    deleted: false,
    marketId: MARKET,
    ticketId: t.id,
    type,
    at,
    terminalId: DEVICE,
    staffId: null,
    windowNumber,
    toLane: null,
    outcome: null,
  };
}

let temp: TempStore;
let app: FastifyInstance;

async function store(tickets: Ticket[], events: TicketEvent[] = []) {
  let version = 0;
  await writeRecordRows(temp.store.db, [
    ...tickets.map((r) => ({
      table_name: 'tickets',
      id: r.id,
      market_id: r.marketId,
      hlc: r.hlc,
      deleted: 0,
      body: JSON.stringify(r),
      version: ++version,
    })),
    ...events.map((r) => ({
      table_name: 'ticketEvents',
      id: r.id,
      market_id: r.marketId,
      hlc: r.hlc,
      deleted: 0,
      body: JSON.stringify(r),
      version: ++version,
    })),
  ]);
}

beforeEach(async () => {
  temp = await tempStore();
  app = buildServer({ db: temp.store, clock: () => T0, revocationSweepMs: 0 });
});

afterEach(async () => {
  await app.close();
  await temp.cleanup();
});

describe('GET /t/<ticket id>', () => {
  it('shows the number, the service, the state and the printed tickets ahead, refreshing every 15 s', async () => {
    const a = ticket(1);
    const b = ticket(2);
    const c = ticket(3);
    const unprinted = ticket(4);
    const mine = ticket(5);
    await store(
      [a, b, c, unprinted, mine],
      [event(a, 'printed'), event(b, 'printed'), event(c, 'printed'), event(a, 'called', 2), event(mine, 'printed')],
    );
    const res = await app.inject({ method: 'GET', url: `/t/${mine.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('D005');
    expect(res.body).toContain('政策咨询');
    expect(res.body).toContain('等候中');
    // b and c wait ahead; a was called, the unprinted one is not in the queue yet.
    expect(res.body).toContain('data-people-ahead="2"');
    expect(res.body).toContain('<meta http-equiv="refresh" content="15">');
    expect(res.body).not.toContain('<script');
  });

  it('tells a called ticket which window to go to', async () => {
    const t = ticket(1);
    await store([t], [event(t, 'printed'), event(t, 'called', 3)]);
    const res = await app.inject({ method: 'GET', url: `/t/${t.id}` });
    expect(res.body).toContain('请到 3 号窗口办理');
    expect(res.body).not.toContain('data-people-ahead');
  });

  it('leaves out other days and other markets when counting people ahead', async () => {
    const yesterday = ticket(1, { day: '2026-11-25' });
    const elsewhere = ticket(2, { marketId: uuidv7(T0 - 5000) });
    const mine = ticket(3);
    await store(
      [yesterday, elsewhere, mine],
      [event(yesterday, 'printed'), event(elsewhere, 'printed'), event(mine, 'printed')],
    );
    const res = await app.inject({ method: 'GET', url: `/t/${mine.id}` });
    expect(res.body).toContain('data-people-ahead="0"');
  });

  it('predicts people ahead by the market’s calling rule, with the wait, the service by name and the market in both languages', async () => {
    const stamper = createStamper(createPrng(7), T0);
    const market: Market = { ...buildMarket(stamper, T0), id: MARKET };
    const terminals: Terminal[] = buildTerminals(stamper, market, T0).map((t) => ({ ...t, marketId: MARKET }));
    let version = 100;
    await writeRecordRows(temp.store.db, [
      {
        table_name: 'markets',
        id: market.id,
        market_id: null,
        hlc: market.hlc,
        deleted: 0,
        body: JSON.stringify(market),
        version: ++version,
      },
      ...terminals.map((t) => ({
        table_name: 'terminals',
        id: t.id,
        market_id: MARKET,
        hlc: t.hlc,
        deleted: 0,
        body: JSON.stringify(t),
        version: ++version,
      })),
    ]);
    const first = ticket(1);
    const second = ticket(2);
    const elderly = ticket(3, { priority: 'elderly' });
    await store(
      [first, second, elderly],
      [event(first, 'printed'), event(second, 'printed'), event(elderly, 'printed')],
    );
    const elderlyPage = await app.inject({ method: 'GET', url: `/t/${elderly.id}` });
    // A waiting priority ticket goes first (the default rule), although it was taken last.
    expect(elderlyPage.body).toContain('data-people-ahead="0"');
    expect(elderlyPage.body).toContain('即将叫号');
    const secondPage = await app.inject({ method: 'GET', url: `/t/${second.id}` });
    expect(secondPage.body).toContain('data-people-ahead="2"');
    expect(secondPage.body).toMatch(
      /<dd data-wait>约 \d+–\d+ 分钟 <span class="en" lang="en">about \d+–\d+ min<\/span>/,
    );
    expect(secondPage.body).toContain('政策咨询 · D');
    expect(secondPage.body).toContain('lane D');
    expect(secondPage.body).toContain('合川区');
    expect(secondPage.body).toContain('Hechuan');
    expect(secondPage.body).toContain('Mon–Fri 08:30–17:30; Sat 09:00–12:00');
    expect(secondPage.body).toContain('12333');
  });

  it('answers an unknown id with a 404 page in Chinese and English', async () => {
    const res = await app.inject({ method: 'GET', url: `/t/${uuidv7(T0)}` });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('未找到该号票');
    expect(res.body).toContain('Ticket not found');
  });

  it('answers a malformed id with the same 404 page, without touching the database', async () => {
    const res = await app.inject({ method: 'GET', url: '/t/%3Cscript%3E' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Ticket not found');
    expect(res.body).not.toContain('<script>');
  });
});
