import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { purgeTombstones } from '../../../sync/server/store/retention';
import { enrol, pull, pullAll, push } from './support/client';
import { feedback, TestDevice } from './support/records';
import { T0, testServer, type TestServer } from './support/store';

const MARKET = uuidv7(T0 - 10_000);
let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

describe('tombstone retention', () => {
  it('purges old tombstones only, and resets cursors that could have missed one', async () => {
    const c = await enrol(server.app, server.store, MARKET, 'caller');
    const w = new TestDevice(c.deviceId);
    const gone = feedback(MARKET);
    const kept = feedback(MARKET);
    await push(server.app, c, [w.put('feedback', gone, T0), w.put('feedback', kept, T0)]);
    const early = await pullAll(server.app, c.token);
    await push(server.app, c, [w.put('feedback', { ...gone, deleted: true }, T0 + 1000)]);
    const current = await pullAll(server.app, c.token);

    expect(await purgeTombstones(server.store.db, T0 + 500)).toBe(0);
    expect(await purgeTombstones(server.store.db, T0 + 2000)).toBe(1);

    // A terminal that never saw the deletion must start again; one that did carries on.
    expect(await pull(server.app, c.token, early.cursor, early.epoch)).toMatchObject({
      type: 'reset',
      reason: 'cursor_too_old',
    });
    expect(await pull(server.app, c.token, current.cursor, current.epoch)).toMatchObject({ type: 'page', changes: [] });
    const fresh = await pullAll(server.app, c.token);
    expect([...fresh.records.keys()]).toEqual([`feedback/${String(kept.id)}`]);
  });
});
