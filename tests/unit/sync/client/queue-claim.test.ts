import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncError } from '../../../../sync/client/errors';
import { HttpClaimTransport, isAuthorityUnreachable } from '../../../../sync/client/queue-claim';
import type { FetchLike } from '../../../../sync/client/transport';
import { CLAIM_PATH } from '../../../../sync/protocol/paths';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../../../sync/protocol/version';

const TICKET = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
const OTHER = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2c';

type Answer = Response | Error | (() => Promise<Response>);

function claimer(answer: Answer, timeoutMs = 1000) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, init });
    if (answer instanceof Error) return Promise.reject(answer);
    if (typeof answer === 'function') return answer();
    return Promise.resolve(answer);
  };
  return { t: new HttpClaimTransport({ baseUrl: 'http://127.0.0.1:9/', token: () => 'tok', fetch, timeoutMs }), calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function failure(promise: Promise<unknown>): Promise<SyncError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SyncError) return error;
    throw error;
  }
  throw new Error('expected a SyncError');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('claim transport', () => {
  it('posts the ticket and window with versions and the token, and returns a won claim', async () => {
    const ok = { status: 'ok', ticketId: TICKET, windowNumber: 2, round: 0, at: 1 };
    const { t, calls } = claimer(json(ok));
    await expect(t.claim({ ticketId: TICKET, windowNumber: 2 })).resolves.toEqual(ok);
    expect(calls[0]?.url).toBe(`http://127.0.0.1:9${CLAIM_PATH}`);
    expect(calls[0]?.init.headers).toMatchObject({ authorization: 'Bearer tok' });
    expect(JSON.parse(calls[0]?.init.body as string)).toEqual({
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: SCHEMA_VERSION,
      ticketId: TICKET,
      windowNumber: 2,
    });
  });

  it('returns a lost claim with the window that won', async () => {
    const lost = { status: 'lost', ticketId: TICKET, by: { windowNumber: 3, at: 5 }, round: 0 };
    const { t } = claimer(json(lost));
    await expect(t.claim({ ticketId: TICKET, windowNumber: 2 })).resolves.toEqual(lost);
  });

  it('turns malformed answers into typed malformed_response errors', async () => {
    const answers = [
      new Response('<html>proxy</html>', { status: 200 }),
      json({ status: 'maybe', ticketId: TICKET }),
      json({ status: 'ok', ticketId: TICKET }),
      json({ status: 'ok', ticketId: OTHER, windowNumber: 2, round: 0, at: 1 }),
      json({ status: 'ok', ticketId: TICKET, windowNumber: 3, round: 0, at: 1 }),
    ];
    for (const answer of answers) {
      const e = await failure(claimer(answer).t.claim({ ticketId: TICKET, windowNumber: 2 }));
      expect(e.code).toBe('malformed_response');
      expect(isAuthorityUnreachable(e)).toBe(true);
    }
  });

  it('reports a refused connection as network: the window is cut off', async () => {
    const e = await failure(claimer(new TypeError('fetch failed')).t.claim({ ticketId: TICKET, windowNumber: 2 }));
    expect(e.code).toBe('network');
    expect(isAuthorityUnreachable(e)).toBe(true);
  });

  it('gives up after its short time-out', async () => {
    vi.useFakeTimers();
    const never = () =>
      new Promise<Response>((_, reject) => {
        // Rejects only when aborted, as a real fetch does.
        setTimeout(() => {
          reject(new Error('aborted'));
        }, 10_000);
      });
    const pending = failure(claimer(never, 500).t.claim({ ticketId: TICKET, windowNumber: 2 }));
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await pending).code).toBe('timeout');
  });

  it('keeps the server’s own code for refusals, which are not "offline"', async () => {
    const body = { code: 'forbidden', message: { zh: '不能', en: 'may not' } };
    const e = await failure(claimer(json(body, 403)).t.claim({ ticketId: TICKET, windowNumber: 2 }));
    expect(e.code).toBe('forbidden');
    expect(isAuthorityUnreachable(e)).toBe(false);
    const down = await failure(
      claimer(json({ code: 'authority_unreachable', message: { zh: 'x', en: 'y' } }, 503)).t.claim({
        ticketId: TICKET,
        windowNumber: 2,
      }),
    );
    expect(isAuthorityUnreachable(down)).toBe(true);
  });
});
