// The server on a real socket: HTTP through fetch, pokes through a WebSocket.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { enrolResponseSchema } from '../../../sync/protocol/enrol';
import { ENROL_PATH, HEALTH_PATH, METRICS_PATH, POKE_PATH, PULL_PATH, PUSH_PATH } from '../../../sync/protocol/paths';
import { BEARER_SUBPROTOCOL_PREFIX, pokeMessageSchema, POKE_SUBPROTOCOL } from '../../../sync/protocol/poke';
import { pullResponseSchema } from '../../../sync/protocol/pull';
import { pushResponseSchema } from '../../../sync/protocol/push';
import { createEnrolmentCode, revokeDevice } from '../../../sync/server/store/devices';
import { VERSIONS } from './support/client';
import { feedback, TestDevice } from './support/records';
import { T0, testServer, type TestServer } from './support/store';

const MARKET_A = uuidv7(T0 - 10_000);
const MARKET_B = uuidv7(T0 - 9_000);

const OPERATOR_TOKEN = 'operator-metrics-token-0123456789';

let server: TestServer;
let base: string;

beforeEach(async () => {
  server = await testServer({ metrics: { token: OPERATOR_TOKEN } });
  base = await server.app.listen({ host: '127.0.0.1', port: 0 });
});
afterEach(async () => {
  await server.close();
});

async function post(path: string, body: unknown, token?: string): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

async function enrolOverHttp(marketId: string, role: 'kiosk' | 'caller' | 'display') {
  const { code } = await createEnrolmentCode(server.store, { marketId, role, now: T0 });
  const res = await post(ENROL_PATH, { ...VERSIONS, code, label: role });
  expect(res.status).toBe(200);
  return enrolResponseSchema.parse(res.json);
}

/** Opens a poke socket the way a browser must (token as a subprotocol) and collects its messages. */
async function openPoke(
  token: string,
): Promise<{ socket: WebSocket; messages: unknown[]; next: () => Promise<unknown> }> {
  const url = `${base.replace('http', 'ws')}${POKE_PATH}?protocolVersion=${VERSIONS.protocolVersion}&schemaVersion=${VERSIONS.schemaVersion}`;
  const socket = new WebSocket(url, [POKE_SUBPROTOCOL, `${BEARER_SUBPROTOCOL_PREFIX}${token}`]);
  const messages: unknown[] = [];
  const waiters: Array<(m: unknown) => void> = [];
  socket.on('message', (data: Buffer) => {
    const m: unknown = JSON.parse(data.toString('utf8'));
    const w = waiters.shift();
    if (w) w(m);
    else messages.push(m);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => {
      resolve();
    });
    socket.once('error', reject);
  });
  const next = () =>
    messages.length > 0
      ? Promise.resolve(messages.shift())
      : new Promise<unknown>((resolve) => {
          waiters.push(resolve);
        });
  return { socket, messages, next };
}

describe('sync over loopback', () => {
  it('enrol → push → poke → pull round trip', async () => {
    const kiosk = await enrolOverHttp(MARKET_A, 'kiosk');
    const caller = await enrolOverHttp(MARKET_A, 'caller');
    const poke = await openPoke(caller.token);
    expect(poke.socket.protocol).toBe(POKE_SUBPROTOCOL);

    const w = new TestDevice(kiosk.deviceId);
    const record = feedback(MARKET_A);
    const pushed = await post(
      PUSH_PATH,
      { ...VERSIONS, deviceId: kiosk.deviceId, mutations: [w.put('feedback', record)] },
      kiosk.token,
    );
    expect(pushed.status).toBe(200);
    expect(pushResponseSchema.parse(pushed.json).lastMutationId).toBe(1);

    expect(pokeMessageSchema.parse(await poke.next())).toEqual({ type: 'poke' });
    const pulled = await post(PULL_PATH, { ...VERSIONS, cursor: null, epoch: null }, caller.token);
    const page = pullResponseSchema.parse(pulled.json);
    if (page.type !== 'page') throw new Error('expected a page');
    expect(page.changes).toEqual([
      { table: 'feedback', record: expect.objectContaining({ id: record.id }) as unknown },
    ]);
    poke.socket.close();
  });

  it('pokes only the market whose rows changed', async () => {
    const callerA = await enrolOverHttp(MARKET_A, 'caller');
    const displayB = await enrolOverHttp(MARKET_B, 'display');
    const pokeB = await openPoke(displayB.token);
    const pokeA = await openPoke(callerA.token);
    const w = new TestDevice(callerA.deviceId);
    await post(
      PUSH_PATH,
      { ...VERSIONS, deviceId: callerA.deviceId, mutations: [w.put('feedback', feedback(MARKET_A))] },
      callerA.token,
    );
    await pokeA.next();
    // Round-trip something else on B's socket path to be sure nothing was queued for it.
    await new Promise((r) => setTimeout(r, 50));
    expect(pokeB.messages).toEqual([]);
    pokeA.socket.close();
    pokeB.socket.close();
  });

  it('refuses a poke socket without a valid token, or of a revoked device', async () => {
    const url = `${base.replace('http', 'ws')}${POKE_PATH}?protocolVersion=1&schemaVersion=1`;
    const status = (socket: WebSocket) =>
      new Promise<number>((resolve) => {
        socket.once('unexpected-response', (_req, res) => {
          resolve(res.statusCode ?? 0);
        });
        socket.once('open', () => {
          resolve(101);
        });
      });
    expect(await status(new WebSocket(url, [POKE_SUBPROTOCOL]))).toBe(401);
    const d = await enrolOverHttp(MARKET_A, 'display');
    await revokeDevice(server.store, d.deviceId);
    expect(await status(new WebSocket(url, [POKE_SUBPROTOCOL, `${BEARER_SUBPROTOCOL_PREFIX}${d.token}`]))).toBe(401);
  });

  it('answers /healthz with version, epoch, database and uptime', async () => {
    const res = await fetch(`${base}${HEALTH_PATH}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ ok: true, database: server.store.dialect, protocolVersion: VERSIONS.protocolVersion });
    expect(typeof body.epoch).toBe('string');
    expect(typeof body.version).toBe('string');
    expect(typeof body.uptimeSeconds).toBe('number');
  });

  it('exposes Prometheus metrics: requests, push sizes, rejections, connected devices', async () => {
    const caller = await enrolOverHttp(MARKET_A, 'caller');
    const poke = await openPoke(caller.token);
    const w = new TestDevice(caller.deviceId);
    await post(
      PUSH_PATH,
      {
        ...VERSIONS,
        deviceId: caller.deviceId,
        mutations: [w.put('feedback', feedback(MARKET_A)), w.put('feedback', feedback(MARKET_A, { message: '' }))],
      },
      caller.token,
    );
    await poke.next();
    const text = await (
      await fetch(`${base}${METRICS_PATH}`, { headers: { authorization: `Bearer ${OPERATOR_TOKEN}` } })
    ).text();
    expect(text).toMatch(/^gig_http_requests_total\{route="\/v1\/push",method="POST",status="200"\} 1$/m);
    expect(text).toMatch(/^gig_sync_push_mutations_sum 2$/m);
    expect(text).toMatch(/^gig_sync_rejected_mutations_total\{code="invalid_record"\} 1$/m);
    expect(text).toMatch(/^gig_poke_connected_devices 1$/m);
    poke.socket.close();
  });
});

describe('poke sockets and revocation', () => {
  it('closes the poke socket of a device revoked while connected', async () => {
    const swept = await testServer({ revocationSweepMs: 20 });
    try {
      const sweptBase = await swept.app.listen({ host: '127.0.0.1', port: 0 });
      const { code } = await createEnrolmentCode(swept.store, { marketId: MARKET_A, role: 'display', now: T0 });
      const res = await fetch(`${sweptBase}${ENROL_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...VERSIONS, code, label: 'display' }),
      });
      const d = enrolResponseSchema.parse(await res.json());
      const url = `${sweptBase.replace('http', 'ws')}${POKE_PATH}?protocolVersion=1&schemaVersion=1`;
      const socket = new WebSocket(url, [POKE_SUBPROTOCOL, `${BEARER_SUBPROTOCOL_PREFIX}${d.token}`]);
      await new Promise((resolve) => socket.once('open', resolve));
      const closed = new Promise<number>((resolve) => socket.once('close', resolve));
      await revokeDevice(swept.store, d.deviceId);
      expect(await closed).toBe(4401);
    } finally {
      await swept.close();
    }
  });

  it('tells a poke client with an old protocol to update (426)', async () => {
    const d = await enrolOverHttp(MARKET_A, 'display');
    const url = `${base.replace('http', 'ws')}${POKE_PATH}?protocolVersion=-1&schemaVersion=1`;
    const socket = new WebSocket(url, [POKE_SUBPROTOCOL, `${BEARER_SUBPROTOCOL_PREFIX}${d.token}`]);
    const status = await new Promise<number>((resolve) => {
      socket.once('unexpected-response', (_req, r) => {
        resolve(r.statusCode ?? 0);
      });
    });
    expect(status).toBe(426);
  });
});
