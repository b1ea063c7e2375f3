// What an outsider can make the server do or read: the public ticket page is limited per
// address, refused tokens are limited per address before each costs a database read, and
// /metrics answers only the operator's token (issue 14, "Amplifiers and exposure").
import { afterEach, describe, expect, it, vi } from 'vitest';
import { METRICS_PATH, PULL_PATH } from '../../../sync/protocol/paths';
import * as devices from '../../../sync/server/store/devices';
import { testServer, type TestServer } from './support/store';

const TICKET = '/t/0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
const WRONG = { authorization: `Bearer ${'x'.repeat(40)}` };

let server: TestServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

describe('the public ticket page /t/:id', () => {
  it('answers one address 429 with a bilingual page and retry-after once its bucket is empty', async () => {
    server = await testServer({ limits: { ticketPagePerAddress: { perSecond: 1, burst: 3 } } });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await server.app.inject({ method: 'GET', url: TICKET })).statusCode);
    expect(codes).toEqual([404, 404, 404, 429]);
    const busy = await server.app.inject({ method: 'GET', url: TICKET });
    expect(busy.statusCode).toBe(429);
    expect(busy.headers['retry-after']).toBe('1');
    expect(busy.body).toContain('查询太频繁');
    expect(busy.body).toContain('Too many refreshes');
  });

  it('keeps other addresses served while one is limited, and refills with time', async () => {
    const s = await testServer({ limits: { ticketPagePerAddress: { perSecond: 1, burst: 1 } } });
    server = s;
    const from = (remoteAddress: string) => s.app.inject({ method: 'GET', url: TICKET, remoteAddress });
    expect((await from('10.0.0.1')).statusCode).toBe(404);
    expect((await from('10.0.0.1')).statusCode).toBe(429);
    expect((await from('10.0.0.2')).statusCode).toBe(404);
    s.clock.now += 1000;
    expect((await from('10.0.0.1')).statusCode).toBe(404);
  });
});

describe('refused bearer tokens', () => {
  it('answers 429 without a database read once an address has spent its refusals', async () => {
    server = await testServer({ limits: { refusedPerAddress: { perSecond: 0.1, burst: 3 } } });
    const lookups = vi.spyOn(devices, 'findDeviceByToken');
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await server.app.inject({ method: 'POST', url: PULL_PATH, payload: {}, headers: WRONG })).statusCode);
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    // The two refused-before-reading requests never reached the device table.
    expect(lookups).toHaveBeenCalledTimes(3);
    const other = await server.app.inject({
      method: 'POST',
      url: PULL_PATH,
      payload: {},
      headers: WRONG,
      remoteAddress: '10.9.9.9',
    });
    expect(other.statusCode).toBe(401);
  });
});

describe('/metrics', () => {
  it('is not served when no operator token is configured', async () => {
    server = await testServer();
    expect((await server.app.inject({ method: 'GET', url: METRICS_PATH })).statusCode).toBe(404);
  });

  it('answers only the operator token', async () => {
    const token = 'operator-metrics-token-0123456789';
    const s = await testServer({ metrics: { token } });
    server = s;
    const get = (headers: Record<string, string>) => s.app.inject({ method: 'GET', url: METRICS_PATH, headers });
    expect((await get({})).statusCode).toBe(401);
    expect((await get({ authorization: 'Bearer operator-metrics-token-012345678' })).statusCode).toBe(401);
    const ok = await get({ authorization: `Bearer ${token}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toMatch(/^gig_poke_connected_devices 0$/m);
  });
});
