// The scheduled tombstone purge, with an injected clock: nothing goes before
// the retention period has passed; after it, the tombstone goes and a cursor
// that never saw the deletion is reset.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { TombstonePurge } from '../../../sync/server/store/purge-schedule';
import { enrol, pull, pullAll, push } from './support/client';
import { feedback, TestDevice } from './support/records';
import { T0, testServer, type TestServer } from './support/store';

const MARKET = uuidv7(T0 - 10_000);
const DAY = 24 * 60 * 60 * 1000;
let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

describe('scheduled tombstone purge', () => {
  it('purges tombstones older than the retention period, on its timer', async () => {
    const c = await enrol(server.app, server.store, MARKET, 'caller');
    const w = new TestDevice(c.deviceId);
    const gone = feedback(MARKET);
    await push(server.app, c, [w.put('feedback', gone, T0), w.put('feedback', feedback(MARKET), T0)]);
    const early = await pullAll(server.app, c.token);
    await push(server.app, c, [w.put('feedback', { ...gone, deleted: true }, T0 + 1000)]);

    const purged: number[] = [];
    const errors: unknown[] = [];
    const purge = new TombstonePurge({
      db: server.store.db,
      clock: server.clock.read,
      retentionMs: 30 * DAY,
      intervalMs: 10,
      onPurged: (n) => purged.push(n),
      onError: (err) => errors.push(err),
    });
    server.clock.now = T0 + 29 * DAY;
    expect(await purge.runOnce()).toBe(0);

    server.clock.now = T0 + 30 * DAY + 2000;
    purge.start();
    try {
      for (let i = 0; i < 100 && !purged.includes(1); i++) await new Promise((r) => setTimeout(r, 10));
    } finally {
      purge.stop();
    }
    expect(errors).toEqual([]);
    expect(purged).toContain(1);
    expect(await pull(server.app, c.token, early.cursor, early.epoch)).toMatchObject({
      type: 'reset',
      reason: 'cursor_too_old',
    });
  });

  it('refuses a retention that is not a positive number of milliseconds', () => {
    const make = (retentionMs: number) =>
      new TombstonePurge({ db: server.store.db, clock: Date.now, retentionMs, onError: () => undefined });
    expect(() => make(0)).toThrow(/保留期无效/);
    expect(() => make(Number.NaN)).toThrow(RangeError);
  });
});
