// The change order: versions are assigned in commit order, so a pull that
// runs while pushes commit concurrently never skips a row. On SQLite writes
// are serialised anyway; run with GIG_TEST_PG to prove it on PostgreSQL,
// where the pushes below run in parallel transactions on separate connections.
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { enrol, pull, push } from './support/client';
import { feedback, TestDevice } from './support/records';
import { T0, testServer } from './support/store';

const MARKET = uuidv7(T0 - 10_000);
const DEVICES = 6;
const BATCHES = 15;
const PER_BATCH = 4;

describe('commit order', () => {
  it('a pull racing concurrent pushes never skips a row', async () => {
    const server = await testServer({ limits: { perDevice: { perSecond: 1e6, burst: 1e6 } } });
    try {
      const reader = await enrol(server.app, server.store, MARKET, 'caller');
      const writers = await Promise.all(
        Array.from({ length: DEVICES }, async () => {
          const e = await enrol(server.app, server.store, MARKET, 'caller');
          return { ...e, writer: new TestDevice(e.deviceId) };
        }),
      );
      const written = new Set<string>();
      const state = { done: false };
      const pushes = Promise.all(
        writers.map(async (w) => {
          for (let b = 0; b < BATCHES; b++) {
            const batch = Array.from({ length: PER_BATCH }, () => w.writer.put('feedback', feedback(MARKET)));
            for (const m of batch) written.add(String(m.args.record.id));
            await push(server.app, w, batch);
          }
        }),
      ).finally(() => {
        state.done = true;
      });

      // Pull continuously with a small page, like a terminal woken by pokes.
      const seen = new Set<string>();
      let cursor: string | null = null;
      let epoch: string | null = null;
      const drain = async () => {
        for (;;) {
          const page = await pull(server.app, reader.token, cursor, epoch, 7);
          if (page.type === 'reset') throw new Error(`unexpected reset: ${page.reason}`);
          for (const c of page.changes) seen.add(String(c.record.id));
          cursor = page.nextCursor;
          epoch = page.epoch;
          if (!page.hasMore) return;
        }
      };
      while (!state.done) await drain();
      await pushes;
      // One last pull after everything committed: anything a racing pull
      // skipped would now be behind the cursor and lost for good.
      await drain();
      expect(seen.size).toBe(DEVICES * BATCHES * PER_BATCH);
      expect([...written].filter((id) => !seen.has(id))).toEqual([]);
    } finally {
      await server.close();
    }
  }, 60_000);
});
