// Whatever arrives, the answer is a 4xx with a bilingual reason or a proper
// answer, never a 500, and a refused request leaves the store as it was.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { errorBodySchema } from '../../../sync/protocol/errors';
import { ENROL_PATH, PULL_PATH, PUSH_PATH } from '../../../sync/protocol/paths';
import { enrol, VERSIONS } from './support/client';
import { feedback, TestDevice } from './support/records';
import { T0, testServer, type TestServer } from './support/store';
import { assertProperty } from '../../support/property';

const MARKET = uuidv7(T0 - 10_000);
let server: TestServer;
let device: { deviceId: string; token: string };
let validPush: Record<string, unknown>;

beforeAll(async () => {
  server = await testServer({
    limits: { perDevice: { perSecond: 1e6, burst: 1e6 }, enrolPerAddress: { perSecond: 1e6, burst: 1e6 } },
  });
  device = await enrol(server.app, server.store, MARKET, 'caller');
  const w = new TestDevice(device.deviceId);
  validPush = { ...VERSIONS, deviceId: device.deviceId, mutations: [w.put('feedback', feedback(MARKET))] };
});
afterAll(async () => {
  await server.close();
});

async function snapshot(): Promise<unknown> {
  return {
    records: await server.store.db.selectFrom('records').selectAll().execute(),
    devices: await server.store.db.selectFrom('devices').select(['id', 'last_mutation_id', 'revoked']).execute(),
    rejections: await server.store.db.selectFrom('rejections').selectAll().execute(),
    codes: await server.store.db.selectFrom('enrolment_codes').select(['code_hash', 'used_at']).execute(),
  };
}

/** A valid push with one field (at any depth) replaced by arbitrary JSON. */
const corruptedPush = fc
  .tuple(
    fc.array(
      fc.constantFrom(
        'mutations',
        '0',
        'args',
        'record',
        'hlc',
        'deviceId',
        'protocolVersion',
        'message',
        'mutationId',
        'table',
      ),
      { minLength: 1, maxLength: 4 },
    ),
    fc.jsonValue(),
  )
  .map(([path, value]) => {
    const copy = structuredClone(validPush);
    let node: unknown = copy;
    for (const key of path.slice(0, -1)) {
      if (typeof node !== 'object' || node === null) break;
      node = (node as Record<string, unknown>)[key];
    }
    if (typeof node === 'object' && node !== null) (node as Record<string, unknown>)[path.at(-1) ?? 'x'] = value;
    return copy;
  });

describe('fuzzing the endpoints', () => {
  it('arbitrary bodies never get a 500 and a refusal never changes the store', async () => {
    await assertProperty(
      fc.asyncProperty(
        fc.constantFrom(PUSH_PATH, PULL_PATH, ENROL_PATH),
        fc.oneof(fc.jsonValue(), corruptedPush),
        async (url, body) => {
          const before = await snapshot();
          const res = await server.app.inject({
            method: 'POST',
            url,
            headers: { authorization: `Bearer ${device.token}`, 'content-type': 'application/json' },
            payload: JSON.stringify(body),
          });
          expect(res.statusCode).toBeLessThan(500);
          if (res.statusCode >= 400) {
            expect(errorBodySchema.safeParse(res.json()).success).toBe(true);
            expect(await snapshot()).toEqual(before);
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
