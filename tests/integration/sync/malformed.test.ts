import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { errorBodySchema } from '../../../sync/protocol/errors';
import { MAX_PUSH_BATCH } from '../../../sync/protocol/limits';
import { PULL_PATH, PUSH_PATH } from '../../../sync/protocol/paths';
import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../../../sync/protocol/version';
import { enrol, push, VERSIONS } from './support/client';
import { feedback, TestDevice } from './support/records';
import { T0, testServer, type TestServer } from './support/store';

const MARKET = uuidv7(T0 - 10_000);

let server: TestServer;
let device: { deviceId: string; token: string; writer: TestDevice };
let snapshot: () => Promise<unknown>;

beforeEach(async () => {
  server = await testServer({ limits: { maxBodyBytes: 1024 * 1024 } });
  const e = await enrol(server.app, server.store, MARKET, 'caller');
  device = { ...e, writer: new TestDevice(e.deviceId) };
  await push(server.app, device, [device.writer.put('feedback', feedback(MARKET))]);
  snapshot = async () => ({
    records: await server.store.db.selectFrom('records').selectAll().orderBy('version').execute(),
    devices: await server.store.db.selectFrom('devices').select(['id', 'last_mutation_id']).execute(),
    meta: await server.store.db.selectFrom('store_meta').selectAll().execute(),
    rejections: await server.store.db.selectFrom('rejections').selectAll().execute(),
  });
});
afterEach(async () => {
  await server.close();
});

function send(url: string, payload: string | object, headers: Record<string, string> = {}) {
  return server.app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${device.token}`, 'content-type': 'application/json', ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

describe('malformed requests get a 4xx with a bilingual reason and change nothing', () => {
  const cases: Array<
    [string, () => { url: string; payload: string | object; headers?: Record<string, string> }, number, string]
  > = [
    ['broken JSON', () => ({ url: PUSH_PATH, payload: '{"protocolVersion": 1,' }), 400, 'malformed_request'],
    ['an empty body', () => ({ url: PUSH_PATH, payload: '' }), 400, 'malformed_request'],
    ['a JSON array', () => ({ url: PUSH_PATH, payload: '[]' }), 400, 'malformed_request'],
    ['a JSON null', () => ({ url: PULL_PATH, payload: 'null' }), 400, 'malformed_request'],
    [
      'no mutations',
      () => ({ url: PUSH_PATH, payload: { ...VERSIONS, deviceId: device.deviceId, mutations: [] } }),
      400,
      'malformed_request',
    ],
    [
      'a mutation without an hlc',
      () => {
        const m = device.writer.put('feedback', feedback(MARKET));
        const { hlc: _hlc, ...rest } = m;
        return { url: PUSH_PATH, payload: { ...VERSIONS, deviceId: device.deviceId, mutations: [rest] } };
      },
      400,
      'malformed_request',
    ],
    [
      'an unknown table',
      () => {
        const m = device.writer.put('feedback', feedback(MARKET));
        return {
          url: PUSH_PATH,
          payload: {
            ...VERSIONS,
            deviceId: device.deviceId,
            mutations: [{ ...m, args: { ...m.args, table: 'users' } }],
          },
        };
      },
      400,
      'malformed_request',
    ],
    [
      'too many mutations',
      () => {
        const m = device.writer.put('feedback', feedback(MARKET));
        return {
          url: PUSH_PATH,
          payload: {
            ...VERSIONS,
            deviceId: device.deviceId,
            mutations: Array.from({ length: MAX_PUSH_BATCH + 1 }, () => m),
          },
        };
      },
      413,
      'batch_too_large',
    ],
    [
      'a body over the size limit',
      () => ({ url: PUSH_PATH, payload: `{"pad":"${'x'.repeat(1100 * 1024)}"}` }),
      413,
      'body_too_large',
    ],
    [
      'a form body',
      () => ({ url: PUSH_PATH, payload: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      415,
      'unsupported_media_type',
    ],
    [
      'a bad cursor',
      () => ({ url: PULL_PATH, payload: { ...VERSIONS, cursor: '-1', epoch: 'x' } }),
      400,
      'malformed_request',
    ],
    [
      'a pull limit over 5000',
      () => ({ url: PULL_PATH, payload: { ...VERSIONS, cursor: null, epoch: null, limit: 5001 } }),
      400,
      'malformed_request',
    ],
    [
      'an old protocol version',
      () => ({
        url: PULL_PATH,
        payload: { protocolVersion: MIN_PROTOCOL_VERSION - 1, schemaVersion: 1, cursor: null, epoch: null },
      }),
      426,
      'upgrade_required',
    ],
    [
      'an old protocol version with an old body shape',
      () => ({ url: PUSH_PATH, payload: { protocolVersion: MIN_PROTOCOL_VERSION - 1, schemaVersion: 1, ops: [] } }),
      426,
      'upgrade_required',
    ],
    [
      'a protocol newer than the server',
      () => ({
        url: PULL_PATH,
        payload: { ...VERSIONS, protocolVersion: PROTOCOL_VERSION + 1, cursor: null, epoch: null },
      }),
      400,
      'version_unsupported',
    ],
    [
      'a schema newer than the server',
      () => ({ url: PULL_PATH, payload: { ...VERSIONS, schemaVersion: 99, cursor: null, epoch: null } }),
      400,
      'version_unsupported',
    ],
  ];

  for (const [name, make, status, code] of cases) {
    it(`${name} → ${status} ${code}`, async () => {
      const before = await snapshot();
      const { url, payload, headers } = make();
      const res = await send(url, payload, headers);
      expect(res.statusCode).toBe(status);
      const body = errorBodySchema.parse(res.json());
      expect(body.code).toBe(code);
      expect(body.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(body.message.en.length).toBeGreaterThan(0);
      expect(await snapshot()).toEqual(before);
    });
  }

  it('a request without a token gets 401 before its body is read', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: PUSH_PATH,
      payload: 'not even json',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'unauthorized' });
  });

  it('an unknown token gets 401', async () => {
    const res = await send(
      PULL_PATH,
      { ...VERSIONS, cursor: null, epoch: null },
      { authorization: `Bearer ${'A'.repeat(43)}` },
    );
    expect(res.statusCode).toBe(401);
  });

  it('an unknown route gets a bilingual 404', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/v1/nothing' });
    expect(res.statusCode).toBe(404);
    expect(errorBodySchema.parse(res.json()).code).toBe('not_found');
  });
});

describe('rate limits', () => {
  it('a device over its request rate gets 429 with Retry-After', async () => {
    const limited = await testServer({ limits: { perDevice: { perSecond: 1, burst: 3 } } });
    try {
      const e = await enrol(limited.app, limited.store, MARKET, 'display');
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await limited.app.inject({
          method: 'POST',
          url: PULL_PATH,
          headers: { authorization: `Bearer ${e.token}` },
          payload: { ...VERSIONS, cursor: null, epoch: null },
        });
        statuses.push(res.statusCode);
        if (res.statusCode === 429) expect(res.headers['retry-after']).toBe('1');
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      limited.clock.now += 1000;
      const again = await limited.app.inject({
        method: 'POST',
        url: PULL_PATH,
        headers: { authorization: `Bearer ${e.token}` },
        payload: { ...VERSIONS, cursor: null, epoch: null },
      });
      expect(again.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
