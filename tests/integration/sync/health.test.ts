import { describe, expect, it } from 'vitest';
import { HEALTH_PATH } from '../../../sync/protocol/paths';
import { buildServer } from '../../../sync/server/server';
import { tempStore } from './support/store';

describe('health check', () => {
  it('answers 503 with ok: false when the database is gone', async () => {
    const temp = await tempStore();
    const app = buildServer({ db: temp.store });
    try {
      expect((await app.inject({ method: 'GET', url: HEALTH_PATH })).statusCode).toBe(200);
      await temp.cleanup();
      const res = await app.inject({ method: 'GET', url: HEALTH_PATH });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ ok: false, epoch: null });
    } finally {
      await app.close();
    }
  });
});
