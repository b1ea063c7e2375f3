import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncError } from '../../../../sync/client/errors';
import { enrolDevice, HttpTransport, type FetchLike } from '../../../../sync/client/transport';
import { PULL_PATH, PUSH_PATH } from '../../../../sync/protocol/paths';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../../../sync/protocol/version';
import { DEVICE_ID, MemoryReplica } from './support/memory-replica';

type Answer = Response | Error | (() => Promise<Response>);

function fakeFetch(answer: Answer): { fetch: FetchLike; calls: Array<{ url: string; init: RequestInit }> } {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, init });
    if (answer instanceof Error) return Promise.reject(answer);
    if (typeof answer === 'function') return answer();
    return Promise.resolve(answer);
  };
  return { fetch, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function transport(answer: Answer, timeoutMs = 1000) {
  const f = fakeFetch(answer);
  return {
    t: new HttpTransport({ baseUrl: 'http://127.0.0.1:9/', token: 'tok', fetch: f.fetch, timeoutMs }),
    calls: f.calls,
  };
}

async function failure(promise: Promise<unknown>): Promise<SyncError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SyncError) return error;
    throw error;
  }
  throw new Error('expected a SyncError');
}

const pullInput = { cursor: null, epoch: null };

afterEach(() => {
  vi.useRealTimers();
});

describe('HTTP transport', () => {
  it('sends versions, the bearer token and JSON to the protocol path, and parses a good answer', async () => {
    const page = { type: 'page', changes: [], nextCursor: '0', hasMore: false, epoch: 'e' };
    const { t, calls } = transport(json(page));
    await expect(t.pull({ cursor: '5', epoch: 'e', limit: 10 })).resolves.toEqual(page);
    const call = calls[0];
    expect(call?.url).toBe(`http://127.0.0.1:9${PULL_PATH}`);
    expect(call?.init.headers).toMatchObject({ authorization: 'Bearer tok', 'content-type': 'application/json' });
    expect(JSON.parse(call?.init.body as string)).toEqual({
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: SCHEMA_VERSION,
      cursor: '5',
      epoch: 'e',
      limit: 10,
    });
  });

  it('posts a push with the device id and mutations', async () => {
    const replica = new MemoryReplica();
    const mutations = replica.enqueue(2);
    const { t, calls } = transport(json({ lastMutationId: 2, results: [], stop: null }));
    await t.push({ deviceId: DEVICE_ID, mutations });
    expect(calls[0]?.url).toBe(`http://127.0.0.1:9${PUSH_PATH}`);
    expect(JSON.parse(calls[0]?.init.body as string)).toMatchObject({ deviceId: DEVICE_ID, mutations });
  });

  it('turns a body that is not JSON into malformed_response', async () => {
    const { t } = transport(new Response('<html>ok</html>', { status: 200 }));
    const e = await failure(t.pull(pullInput));
    expect(e.code).toBe('malformed_response');
    expect(e.bilingual.zh).toContain('应答格式不正确');
    expect(e.action).toBe('retry');
  });

  it('turns an answer that fails the schema into malformed_response, naming the field', async () => {
    const { t } = transport(json({ type: 'page', changes: [], nextCursor: 'abc', hasMore: false, epoch: 'e' }));
    const e = await failure(t.pull(pullInput));
    expect(e.code).toBe('malformed_response');
    expect(e.message).toContain('nextCursor');
  });

  it('refuses a push answer with an unknown outcome', async () => {
    const { t } = transport(json({ lastMutationId: 1, results: [{ status: 'maybe', mutationId: 1 }], stop: null }));
    expect((await failure(t.push({ deviceId: DEVICE_ID, mutations: [] }))).code).toBe('malformed_response');
  });

  it('keeps the server code and its bilingual words from a well-formed error body', async () => {
    const body = { code: 'device_revoked', message: { zh: '设备已被停用', en: 'revoked' } };
    const { t } = transport(json(body, 401));
    const e = await failure(t.pull(pullInput));
    expect(e).toMatchObject({ code: 'device_revoked', status: 401, bilingual: body.message });
    expect(e.action).toBe('halt');
  });

  it('maps 426 to upgrade_required whatever the body says', async () => {
    const { t } = transport(new Response('Upgrade Required', { status: 426 }));
    const e = await failure(t.pull(pullInput));
    expect(e.code).toBe('upgrade_required');
    expect(e.action).toBe('halt');
  });

  it('types a non-protocol error page (a proxy 502) as http_status', async () => {
    const { t } = transport(new Response('<h1>Bad Gateway</h1>', { status: 502 }));
    const e = await failure(t.pull(pullInput));
    expect(e).toMatchObject({ code: 'http_status', status: 502 });
    expect(e.message).toContain('HTTP 502');
  });

  it('reads Retry-After from a 429', async () => {
    const body = { code: 'rate_limited', message: { zh: '请求过于频繁', en: 'too many' } };
    const { t } = transport(json(body, 429, { 'retry-after': '7' }));
    const e = await failure(t.pull(pullInput));
    expect(e).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 7 });
  });

  it('reports a refused connection as offline (network)', async () => {
    const { t } = transport(new TypeError('fetch failed'));
    const e = await failure(t.pull(pullInput));
    expect(e.code).toBe('network');
    expect(e.offline).toBe(true);
  });

  it('times out a request with no answer and aborts it', async () => {
    vi.useFakeTimers();
    let seen: AbortSignal | undefined;
    const f: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        seen = init.signal ?? undefined;
        init.signal?.addEventListener('abort', () => {
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const t = new HttpTransport({ baseUrl: 'http://x', token: 'tok', fetch: f, timeoutMs: 5000 });
    const pending = failure(t.pull(pullInput));
    await vi.advanceTimersByTimeAsync(5000);
    const e = await pending;
    expect(e.code).toBe('timeout');
    expect(e.offline).toBe(true);
    expect(seen?.aborted).toBe(true);
  });

  it('reports an abort by the caller as aborted (halting the runner, not retried)', async () => {
    const f: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => {
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const t = new HttpTransport({ baseUrl: 'http://x', token: 'tok', fetch: f });
    const controller = new AbortController();
    const pending = failure(t.pull(pullInput, { signal: controller.signal }));
    controller.abort();
    expect((await pending).code).toBe('aborted');
  });

  it('picks up a new token without a new transport', async () => {
    let token = 'one';
    const f = fakeFetch(() =>
      Promise.resolve(json({ type: 'page', changes: [], nextCursor: '0', hasMore: false, epoch: 'e' })),
    );
    const t = new HttpTransport({ baseUrl: 'http://x', token: () => token, fetch: f.fetch });
    await t.pull(pullInput);
    token = 'two';
    await t.pull(pullInput);
    expect(f.calls.map((c) => (c.init.headers as Record<string, string>).authorization)).toEqual([
      'Bearer one',
      'Bearer two',
    ]);
  });

  it('enrols without a token and checks the answer', async () => {
    const { fetch, calls } = fakeFetch(
      json({ deviceId: 'not-a-uuid', token: 'x', marketId: 'y', role: 'kiosk', epoch: 'e' }),
    );
    const e = await failure(enrolDevice({ baseUrl: 'http://x', fetch }, 'ABCD', 'kiosk 1'));
    expect(e.code).toBe('malformed_response');
    expect(calls[0]?.init.headers).not.toHaveProperty('authorization');
  });
});
