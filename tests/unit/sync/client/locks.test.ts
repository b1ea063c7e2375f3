import { describe, expect, it } from 'vitest';
import { detectLocks, InProcessLocks, inProcessLocks, runExclusive } from '../../../../sync/client/locks';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('in-process locks (the fallback without Web Locks)', () => {
  it('grants one holder at a time, first come first served', async () => {
    const locks = new InProcessLocks();
    const order: string[] = [];
    const gate = deferred();
    const a = locks.request('n', {}, async () => {
      order.push('a');
      await gate.promise;
      order.push('a done');
    });
    const b = locks.request('n', {}, () => {
      order.push('b');
      return Promise.resolve();
    });
    await Promise.resolve();
    expect(order).toEqual(['a']);
    gate.resolve();
    await Promise.all([a, b]);
    expect(order).toEqual(['a', 'a done', 'b']);
  });

  it('answers null to ifAvailable while held, and releases after a throw', async () => {
    const locks = new InProcessLocks();
    const gate = deferred();
    const held = locks.request('n', {}, () => gate.promise);
    expect(await locks.request('n', { ifAvailable: true }, (lock) => Promise.resolve(lock))).toBeNull();
    gate.resolve();
    await held;
    await expect(locks.request('n', {}, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await locks.request('n', { ifAvailable: true }, (lock) => Promise.resolve(lock !== null))).toBe(true);
  });

  it('lets a waiter give up with an AbortSignal', async () => {
    const locks = new InProcessLocks();
    const gate = deferred();
    const held = locks.request('n', {}, () => gate.promise);
    const controller = new AbortController();
    const waiting = locks.request('n', { signal: controller.signal }, () => Promise.resolve('never'));
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    gate.resolve();
    await held;
  });

  it('is what detectLocks gives where navigator.locks is missing (Node 20)', () => {
    expect(detectLocks()).toBe(inProcessLocks);
  });
});

describe('runExclusive', () => {
  it('runs at once when free, else says it waits and runs once the holder is done', async () => {
    const locks = new InProcessLocks();
    expect(await runExclusive(locks, 'n', {}, () => Promise.resolve(1))).toBe(1);
    const gate = deferred();
    const first = runExclusive(locks, 'n', {}, () => gate.promise);
    let waited = false;
    const second = runExclusive(
      locks,
      'n',
      {
        onWaiting: () => {
          waited = true;
        },
      },
      () => Promise.resolve('second'),
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(waited).toBe(true);
    gate.resolve();
    await first;
    expect(await second).toBe('second');
  });
});
