import { describe, expect, it, vi } from 'vitest';
import { nextNumber } from '../../../../domain/queue/numbering';
import { SyncError } from '../../../../sync/client/errors';
import {
  HttpLeaseTransport,
  LeaseKeeper,
  remainingIn,
  type LeaseInput,
  type LeaseStore,
  type LeaseTransport,
} from '../../../../sync/client/queue-lease';
import { LEASE_PATH } from '../../../../sync/protocol/paths';
import type { LeaseResponse, NumberRange } from '../../../../sync/protocol/queue';

const DAY = '2026-11-26';

/** An authority that hands out blocks upward from 1, like the server's counter. */
function fakeAuthority(bandIndex: number | null = 3) {
  let next = 1;
  const calls: LeaseInput[] = [];
  const transport: LeaseTransport = {
    lease: (input) => {
      calls.push(input);
      const size = input.size ?? 50;
      const response: LeaseResponse = {
        day: input.day,
        lane: input.lane,
        from: next,
        to: next + size - 1,
        band: null,
        bandIndex,
      };
      next += size;
      return Promise.resolve(response);
    },
  };
  return { transport, calls };
}

function memoryStore() {
  const blocks: (NumberRange & { day: string; lane: string })[] = [];
  let bandIndex: number | null = null;
  const used = new Set<number>();
  const store: LeaseStore = {
    held: (day, lane) => Promise.resolve({ bandIndex, blocks: blocks.filter((b) => b.day === day && b.lane === lane) }),
    add: (r) => {
      blocks.push({ day: r.day, lane: r.lane, from: r.from, to: r.to });
      bandIndex = r.bandIndex ?? bandIndex;
      return Promise.resolve();
    },
    used: () => Promise.resolve(used),
  };
  /** Issue one number the way the kiosk does: lease first, then the band. */
  const issue = async (lane = 'A') => {
    const held = await store.held(DAY, lane);
    const n = nextNumber({ lane, leases: held.blocks, used, slot: held.bandIndex });
    used.add(n.number);
    return n;
  };
  return { store, issue, blocks };
}

describe('LeaseKeeper', () => {
  it('leases a block of 50 when the terminal holds none', async () => {
    const { transport, calls } = fakeAuthority();
    const { store, blocks } = memoryStore();
    const keeper = new LeaseKeeper({ transport, store });
    const result = await keeper.refill(DAY, 'A');
    expect(result).toMatchObject({ kind: 'leased', remaining: 50 });
    expect(calls).toEqual([{ day: DAY, lane: 'A', size: 50 }]);
    expect(blocks).toEqual([{ day: DAY, lane: 'A', from: 1, to: 50 }]);
  });

  it('does not ask again while more than 20 numbers are left, and asks at 20 left', async () => {
    const { transport, calls } = fakeAuthority();
    const { store, issue } = memoryStore();
    const keeper = new LeaseKeeper({ transport, store });
    await keeper.refill(DAY, 'A');
    for (let i = 0; i < 29; i++) await issue();
    expect(await keeper.refill(DAY, 'A')).toEqual({ kind: 'enough', remaining: 21 });
    await issue();
    expect(await keeper.refill(DAY, 'A')).toMatchObject({ kind: 'leased', remaining: 70 });
    expect(calls).toHaveLength(2);
  });

  it('issues gap-free numbers across blocks while refilling at 20 left', async () => {
    const { transport } = fakeAuthority();
    const { store, issue } = memoryStore();
    const keeper = new LeaseKeeper({ transport, store });
    const numbers: number[] = [];
    for (let i = 0; i < 120; i++) {
      if ((await keeper.remaining(DAY, 'A')) <= 20) await keeper.refill(DAY, 'A');
      numbers.push((await issue()).number);
    }
    expect(numbers).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });

  it('shares one request between callers asking at the same time', async () => {
    const { transport, calls } = fakeAuthority();
    const keeper = new LeaseKeeper({ transport, store: memoryStore().store });
    const [a, b] = await Promise.all([keeper.refill(DAY, 'A'), keeper.refill(DAY, 'A')]);
    expect(a).toBe(b);
    expect(calls).toHaveLength(1);
  });

  it('falls back to the band once the leases are spent and the server cannot be reached', async () => {
    const { transport } = fakeAuthority(2);
    const { store, issue } = memoryStore();
    let online = true;
    const flaky: LeaseTransport = {
      lease: (input) => (online ? transport.lease(input) : Promise.reject(new TypeError('fetch failed'))),
    };
    const keeper = new LeaseKeeper({ transport: flaky, store });
    await keeper.refill(DAY, 'A');
    online = false;
    for (let i = 0; i < 50; i++) await issue();
    const result = await keeper.refill(DAY, 'A');
    expect(result.kind).toBe('failed');
    if (result.kind === 'failed') expect(result.error).toBeInstanceOf(SyncError);
    const n = await issue();
    expect(n).toMatchObject({ number: 9100, display: 'A9100', source: 'band' });
  });

  it('reports "failed" without a transport (a terminal not enrolled)', async () => {
    const keeper = new LeaseKeeper({ transport: null, store: memoryStore().store });
    expect((await keeper.refill(DAY, 'B')).kind).toBe('failed');
  });

  it('counts the unused numbers left in the blocks', () => {
    expect(remainingIn([{ from: 1, to: 10 }], new Set([1, 2, 3]))).toBe(7);
  });
});

describe('HttpLeaseTransport', () => {
  it('posts the day, lane and size with the token and validates the answer', async () => {
    const answer: LeaseResponse = {
      day: DAY,
      lane: 'C',
      from: 51,
      to: 100,
      band: { from: 9000, to: 9049 },
      bandIndex: 0,
    };
    const fetch = vi.fn((_url: string, _init: RequestInit) =>
      Promise.resolve(new Response(JSON.stringify(answer), { status: 200 })),
    );
    const transport = new HttpLeaseTransport({ baseUrl: 'http://hub:8080/', token: 't'.repeat(40), fetch });
    await expect(transport.lease({ day: DAY, lane: 'C' })).resolves.toEqual(answer);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe(`http://hub:8080${LEASE_PATH}`);
    expect(JSON.parse(init?.body as string)).toMatchObject({ day: DAY, lane: 'C', size: 50 });
    expect(new Headers(init?.headers).get('authorization')).toBe(`Bearer ${'t'.repeat(40)}`);
  });

  it('turns a malformed answer into a SyncError', async () => {
    const fetch = () => Promise.resolve(new Response('{"from": "x"}', { status: 200 }));
    const transport = new HttpLeaseTransport({ baseUrl: 'http://hub', token: 'x', fetch });
    await expect(transport.lease({ day: DAY, lane: 'C' })).rejects.toMatchObject({ code: 'malformed_response' });
  });
});
