import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../../../../sync/server/server';
import { SHELL_ORIGIN } from '../../../../../sync/server/http/cors';
import { tempStore, type TempStore } from '../../../../integration/sync/support/store';

let temp: TempStore;
let app: FastifyInstance;

beforeEach(async () => {
  temp = await tempStore();
  app = buildServer({ db: temp.store, revocationSweepMs: 0 });
});

afterEach(async () => {
  await app.close();
  await temp.cleanup();
});

describe('cross-origin requests from the packaged shell', () => {
  it("answers the shell's preflight and marks its answers readable by app://renderer", async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/v1/push',
      headers: { origin: SHELL_ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(SHELL_ORIGIN);
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('authorization');
    const health = await app.inject({ method: 'GET', url: '/healthz', headers: { origin: SHELL_ORIGIN } });
    expect(health.statusCode).toBe(200);
    expect(health.headers['access-control-allow-origin']).toBe(SHELL_ORIGIN);
  });

  it('gives any other origin no CORS headers, so a foreign page cannot read the answers', async () => {
    const health = await app.inject({ method: 'GET', url: '/healthz', headers: { origin: 'http://evil.example' } });
    expect(health.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/v1/push',
      headers: { origin: 'app://renderer.evil', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});
