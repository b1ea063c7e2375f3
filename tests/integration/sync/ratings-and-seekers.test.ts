// 服务评价 and 求职登记 through the server: one rating per ticket whichever
// terminal sends it, and a Seeker a kiosk registers reaches the windows while
// no kiosk or display pull ever carries it (PIPL; DESIGN §5).
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { enrolWriter, pullAll, push } from './support/client';
import { newId, seeker } from './support/records';
import { T0, serverPerTest } from './support/store';

const MARKET = uuidv7(T0 - 10_000);

const server = serverPerTest();

function device(role: 'kiosk' | 'caller' | 'display') {
  return enrolWriter(server().app, server().store, MARKET, role);
}

function rating(ticketId: string | null, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: newId(),
    deleted: false,
    marketId: MARKET,
    respondent: 'seeker',
    environment: 4,
    process: 5,
    result: 2,
    reasons: ['short_wait', 'no_suitable_job'],
    comment: '',
    ticketId,
    at: '2026-11-26T08:00:00.000Z',
    ...overrides,
  };
}

describe('ratings on the server', () => {
  it('refuses a second rating for a ticket from another kiosk, and keeps the first', async () => {
    const k1 = await device('kiosk');
    const k2 = await device('kiosk');
    const window = await device('caller');
    const ticketId = newId();
    const first = rating(ticketId);
    const second = rating(ticketId, { environment: 1, reasons: [] });
    expect((await push(server().app, k1, [k1.writer.put('surveyResponses', first)])).results[0]).toMatchObject({
      status: 'applied',
    });
    const refused = await push(server().app, k2, [k2.writer.put('surveyResponses', second)]);
    expect(refused.results[0]).toMatchObject({ status: 'rejected', code: 'rating_taken' });
    const seen = (await pullAll(server().app, window.token)).records;
    expect(seen.get(`surveyResponses/${String(first.id)}`)).toMatchObject({ environment: 4 });
    expect(seen.has(`surveyResponses/${String(second.id)}`)).toBe(false);
  });

  it('refuses the second of two ratings for one ticket in the same push', async () => {
    const k = await device('kiosk');
    const ticketId = newId();
    const res = await push(server().app, k, [
      k.writer.put('surveyResponses', rating(ticketId)),
      k.writer.put('surveyResponses', rating(ticketId)),
    ]);
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
  });

  it('lets the same rating be written again, and any number of ratings without a ticket', async () => {
    const k = await device('kiosk');
    const ticketId = newId();
    const r = rating(ticketId);
    await push(server().app, k, [k.writer.put('surveyResponses', r)]);
    const again = await push(server().app, k, [
      k.writer.put('surveyResponses', { ...r, comment: '谢谢' }),
      k.writer.put('surveyResponses', rating(null)),
      k.writer.put('surveyResponses', rating(null)),
    ]);
    expect(again.results.map((x) => x.status)).toEqual(['applied', 'applied', 'applied']);
  });
});

describe('seekers on the server', () => {
  it('a kiosk-registered seeker reaches the windows, and no kiosk or display pull carries it', async () => {
    const kiosk = await device('kiosk');
    const other = await device('kiosk');
    const display = await device('display');
    const window = await device('caller');
    const s = seeker(MARKET, { consent: { noticeVersion: '2026-11-v1', at: '2026-11-26T08:00:00.000Z' } });
    expect((await push(server().app, kiosk, [kiosk.writer.put('seekers', s)])).results[0]).toMatchObject({
      status: 'applied',
    });
    const key = `seekers/${String(s.id)}`;
    expect((await pullAll(server().app, window.token)).records.get(key)).toMatchObject({ phone: '13800001234' });
    for (const d of [kiosk, other, display]) {
      const pulled = await pullAll(server().app, d.token);
      expect([...pulled.records.keys()].filter((k) => k.startsWith('seekers/'))).toEqual([]);
      expect(JSON.stringify([...pulled.records.values()])).not.toContain('13800001234');
    }
  });

  it("the receipt's status page says the registration arrived, and names nobody; before that it says not yet", async () => {
    const kiosk = await device('kiosk');
    const s = seeker(MARKET, { registeredAt: '2026-11-26T17:00:00.000Z' });
    const before = await server().app.inject({ method: 'GET', url: `/s/${String(s.id)}` });
    expect(before.statusCode).toBe(404);
    expect(before.body).toContain('登记还没有送到服务器');
    await push(server().app, kiosk, [kiosk.writer.put('seekers', s)]);
    const after = await server().app.inject({ method: 'GET', url: `/s/${String(s.id).toUpperCase()}` });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('您的求职登记已收到');
    // 17:00 UTC is the next day in Chongqing.
    expect(after.body).toContain('2026-11-27');
    expect(after.body).not.toContain('13800001234');
    expect(after.body).not.toContain('李强');
    expect((await server().app.inject({ method: 'GET', url: '/s/not-an-id' })).statusCode).toBe(404);
  });
});
