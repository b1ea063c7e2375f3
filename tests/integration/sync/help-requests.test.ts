// 呼叫工作人员 through the server: a kiosk's help request reaches the market's
// windows (and pokes them), the window that takes it is read back by the
// kiosk, a kiosk may only open or withdraw a request, and no display or other
// market ever receives one.
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { enrolWriter, pullAll, push } from './support/client';
import { newId } from './support/records';
import { T0, serverPerTest } from './support/store';

const MARKET_A = uuidv7(T0 - 10_000);
const MARKET_B = uuidv7(T0 - 9_000);

const server = serverPerTest();

function device(role: 'kiosk' | 'caller' | 'display', marketId = MARKET_A) {
  return enrolWriter(server().app, server().store, marketId, role);
}

function helpRequest(kioskId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: newId(),
    deleted: false,
    marketId: MARKET_A,
    kioskId,
    kioskLabel: '大厅自助查询机',
    screen: 'ticket',
    requestedAt: '2026-11-26T08:00:00.000Z',
    status: 'open',
    takenBy: null,
    takenAt: null,
    ...overrides,
  };
}

describe('help requests', () => {
  it('go from a kiosk to every window of the market, and the window that takes one is read back by the kiosk', async () => {
    const kiosk = await device('kiosk');
    const window1 = await device('caller');
    const window2 = await device('caller');
    const request = helpRequest(kiosk.deviceId);
    const sent = await push(server().app, kiosk, [kiosk.writer.put('helpRequests', request)]);
    expect(sent.results).toEqual([{ status: 'applied', mutationId: 1, won: true }]);
    const key = `helpRequests/${String(request.id)}`;
    expect((await pullAll(server().app, window1.token)).records.get(key)).toMatchObject({ status: 'open' });
    expect((await pullAll(server().app, window2.token)).records.get(key)).toMatchObject({ status: 'open' });

    const takenBy = { terminalId: window1.deviceId, windowNumber: 1, staffNo: 'HC-0012' };
    const taken = { ...request, status: 'taken', takenBy, takenAt: '2026-11-26T08:00:20.000Z' };
    await push(server().app, window1, [window1.writer.put('helpRequests', taken, T0 + 20_000)]);
    expect((await pullAll(server().app, window2.token)).records.get(key)).toMatchObject({ status: 'taken', takenBy });
    expect((await pullAll(server().app, kiosk.token)).records.get(key)).toMatchObject({ status: 'taken', takenBy });
  });

  it('a kiosk may open or withdraw a request, never mark it taken', async () => {
    const kiosk = await device('kiosk');
    const forged = helpRequest(kiosk.deviceId, {
      status: 'taken',
      takenBy: { terminalId: kiosk.deviceId, windowNumber: 1, staffNo: 'X' },
      takenAt: '2026-11-26T08:00:00.000Z',
    });
    const res = await push(server().app, kiosk, [kiosk.writer.put('helpRequests', forged)]);
    expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'value_forbidden' });
    const withdrawn = await push(server().app, kiosk, [
      kiosk.writer.put('helpRequests', helpRequest(kiosk.deviceId, { status: 'cancelled' })),
    ]);
    expect(withdrawn.results[0]).toMatchObject({ status: 'applied' });
  });

  it('reach no display and no other market', async () => {
    const kiosk = await device('kiosk');
    const display = await device('display');
    const elsewhere = await device('caller', MARKET_B);
    const request = helpRequest(kiosk.deviceId);
    await push(server().app, kiosk, [kiosk.writer.put('helpRequests', request)]);
    const key = `helpRequests/${String(request.id)}`;
    expect((await pullAll(server().app, display.token)).records.has(key)).toBe(false);
    expect((await pullAll(server().app, elsewhere.token)).records.has(key)).toBe(false);
  });
});
