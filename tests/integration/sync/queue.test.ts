// Queue arbitration: number-block leases never overlap and never repeat, and
// of several windows claiming one ticket exactly one wins. Runs on SQLite and,
// with GIG_TEST_PG, on PostgreSQL where the requests below run in parallel
// transactions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { fallbackBand, LEASE_LAST_NUMBER } from '../../../sync/protocol/queue';
import { enrol, push } from './support/client';
import { claim, claimRaw, DAY, lease, leaseRaw } from './support/queue';
import { newId, TestDevice, ticketEvent } from './support/records';
import { T0, testServer, type TestServer } from './support/store';

const MARKET = uuidv7(T0 - 10_000);
const OTHER_MARKET = uuidv7(T0 - 9_000);
const UNLIMITED = { perDevice: { perSecond: 1e6, burst: 1e6 } };

let server: TestServer;
beforeEach(async () => {
  server = await testServer({ limits: UNLIMITED });
});
afterEach(async () => {
  await server.close();
});

describe('number-block leases', () => {
  it('hands out consecutive, disjoint blocks and a fallback band per terminal', async () => {
    const k1 = await enrol(server.app, server.store, MARKET, 'kiosk');
    const k2 = await enrol(server.app, server.store, MARKET, 'kiosk');
    const a = await lease(server.app, k1.token);
    const b = await lease(server.app, k2.token);
    const c = await lease(server.app, k1.token, 'A', 10);
    expect([a.from, a.to, b.from, b.to, c.from, c.to]).toEqual([1, 50, 51, 100, 101, 110]);
    expect(a.bandIndex).toBe(0);
    expect(b.bandIndex).toBe(1);
    expect(c.band).toEqual(fallbackBand(0));
    expect(b.band).toEqual({ from: 9050, to: 9099 });
    // Lanes and markets count on their own.
    expect((await lease(server.app, k1.token, 'B')).from).toBe(1);
    const other = await enrol(server.app, server.store, OTHER_MARKET, 'kiosk');
    expect(await lease(server.app, other.token)).toMatchObject({ from: 1, to: 50, bandIndex: 0 });
  });

  it('never hands out a number twice under concurrent requests', async () => {
    const devices = await Promise.all(
      Array.from({ length: 8 }, (_, i) => enrol(server.app, server.store, MARKET, i % 2 === 0 ? 'kiosk' : 'caller')),
    );
    const blocks = await Promise.all(
      Array.from({ length: 40 }, (_, i) => lease(server.app, devices[i % devices.length]?.token ?? '', 'C', 7)),
    );
    const numbers = blocks.flatMap((b) => Array.from({ length: b.to - b.from + 1 }, (_, j) => b.from + j));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(Math.max(...numbers)).toBe(40 * 7);
    const bands = new Set(blocks.map((b) => b.bandIndex));
    expect(bands.size).toBe(devices.length);
  });

  it('shortens the last block and then says the day is used up', async () => {
    const k = await enrol(server.app, server.store, MARKET, 'caller');
    let last = { from: 0, to: 0 };
    for (let i = 0; i < Math.ceil(LEASE_LAST_NUMBER / 500); i++) last = await lease(server.app, k.token, 'D', 500);
    expect(last).toMatchObject({ from: 8501, to: LEASE_LAST_NUMBER });
    const res = await leaseRaw(server.app, k.token, { day: DAY, lane: 'D', size: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'lease_exhausted' });
  });

  it('refuses a display, a day far off, and malformed bodies with 4xx', async () => {
    const d = await enrol(server.app, server.store, MARKET, 'display');
    const k = await enrol(server.app, server.store, MARKET, 'kiosk');
    expect((await leaseRaw(server.app, d.token, { day: DAY, lane: 'A' })).json()).toMatchObject({ code: 'forbidden' });
    const far = await leaseRaw(server.app, k.token, { day: '2026-12-25', lane: 'A' });
    expect([far.statusCode, far.json<{ code: string }>().code]).toEqual([400, 'day_out_of_range']);
    for (const body of [
      { day: DAY, lane: 'a' },
      { day: '2026-02-30', lane: 'A' },
      { day: DAY, lane: 'A', size: 0 },
      { day: DAY, lane: 'A', size: 501 },
      { lane: 'A' },
    ]) {
      const res = await leaseRaw(server.app, k.token, body);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'malformed_request' });
    }
    expect((await leaseRaw(server.app, 'x'.repeat(40), { day: DAY, lane: 'A' })).statusCode).toBe(401);
  });
});

describe('call claims', () => {
  it('one window owns a ticket; a recall is fine; a transfer lets another window claim it', async () => {
    const w1 = await enrol(server.app, server.store, MARKET, 'caller');
    const w2 = await enrol(server.app, server.store, MARKET, 'caller');
    const ticketId = newId();
    expect(await claim(server.app, w1.token, ticketId, 1)).toMatchObject({ status: 'ok', round: 0, at: T0 });
    server.clock.now += 1000;
    expect(await claim(server.app, w2.token, ticketId, 2)).toEqual({
      status: 'lost',
      ticketId,
      by: { windowNumber: 1, at: T0 },
      round: 0,
    });
    expect(await claim(server.app, w1.token, ticketId, 1)).toMatchObject({ status: 'ok', round: 0 });

    // Window 1 transfers the ticket (through an ordinary push of the event).
    const writer = new TestDevice(w1.deviceId);
    await push(server.app, w1, [
      writer.put('ticketEvents', ticketEvent(MARKET, { ticketId, type: 'transferred', windowNumber: 1, toLane: 'B' })),
    ]);
    expect(await claim(server.app, w2.token, ticketId, 2)).toMatchObject({ status: 'ok', round: 1 });
    expect(await claim(server.app, w1.token, ticketId, 1)).toMatchObject({
      status: 'lost',
      by: { windowNumber: 2 },
      round: 1,
    });
  });

  it('of many windows claiming one ticket at once, exactly one wins', async () => {
    const callers = await Promise.all(
      Array.from({ length: 6 }, () => enrol(server.app, server.store, MARKET, 'caller')),
    );
    for (let round = 0; round < 5; round++) {
      const ticketId = newId();
      const answers = await Promise.all(callers.map((c, i) => claim(server.app, c.token, ticketId, i + 1)));
      const winners = answers.filter((a) => a.status === 'ok');
      expect(winners).toHaveLength(1);
      const winner = winners[0];
      for (const a of answers) {
        if (a.status === 'lost') expect(a.by.windowNumber).toBe(winner?.windowNumber);
      }
    }
  });

  it('is for callers only, and keeps markets apart', async () => {
    const k = await enrol(server.app, server.store, MARKET, 'kiosk');
    const c = await enrol(server.app, server.store, MARKET, 'caller');
    const elsewhere = await enrol(server.app, server.store, OTHER_MARKET, 'caller');
    const ticketId = newId();
    const res = await claimRaw(server.app, k.token, { ticketId, windowNumber: 1 });
    expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([403, 'forbidden']);
    expect(await claim(server.app, c.token, ticketId, 1)).toMatchObject({ status: 'ok' });
    expect(await claim(server.app, elsewhere.token, ticketId, 1)).toMatchObject({ status: 'ok' });
    for (const body of [{ ticketId: 'x', windowNumber: 1 }, { ticketId }, { ticketId, windowNumber: 100 }]) {
      expect((await claimRaw(server.app, c.token, body)).statusCode).toBe(400);
    }
  });
});
