// A stamp the schema accepts is judged, never a 500: a full counter (ffff)
// just ahead of the server's clock once overflowed the drift check.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatStamp, nodeIdFromDeviceId } from '../../../domain/clock/hlc';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { SCHEMA_VERSION } from '../../../domain/records/mutation';
import { enrol, pushRaw, VERSIONS } from './support/client';
import { feedback } from './support/records';
import { T0, testServer, type TestServer } from './support/store';

const MARKET = uuidv7(T0 - 10_000);
let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

describe('stamps at the edge', () => {
  it('applies a record stamped just ahead with a full counter', async () => {
    const c = await enrol(server.app, server.store, MARKET, 'caller');
    const hlc = formatStamp({ millis: T0 + 1000, counter: 0xffff, node: nodeIdFromDeviceId(c.deviceId) });
    const res = await pushRaw(server.app, c.token, {
      ...VERSIONS,
      deviceId: c.deviceId,
      mutations: [
        {
          deviceId: c.deviceId,
          mutationId: 1,
          name: 'put',
          args: { table: 'feedback', record: { ...feedback(MARKET), hlc } },
          hlc,
          schemaVersion: SCHEMA_VERSION,
        },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ lastMutationId: 1, results: [{ status: 'applied' }] });
  });
});
