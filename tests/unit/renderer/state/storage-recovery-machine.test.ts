import { createActor, fromPromise, waitFor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { StoreExport } from '../../../../renderer/db/store-export';
import { storageRecoveryMachine } from '../../../../renderer/state/storage-recovery-machine';

const EXPORT: StoreExport = {
  format: 'gig-kiosk-store-export',
  version: 1,
  database: 'gig-kiosk-kiosk',
  exportedAt: 0,
  meta: [],
  outbox: [],
  rejections: [],
};

function run(fail: Partial<Record<'read' | 'park' | 'clear', number>> = {}) {
  const calls: string[] = [];
  const left = { ...fail };
  const step = (name: 'read' | 'park' | 'clear') => () => {
    calls.push(name);
    if ((left[name] ?? 0) > 0) {
      left[name] = (left[name] ?? 0) - 1;
      return Promise.reject(new Error(`${name} failed`));
    }
    return Promise.resolve(undefined);
  };
  const actor = createActor(
    storageRecoveryMachine.provide({
      actors: {
        read: fromPromise(async () => {
          await step('read')();
          return EXPORT;
        }),
        park: fromPromise<undefined, { exported: StoreExport }>(step('park')),
        clear: fromPromise<undefined, { exported: StoreExport }>(step('clear')),
        restart: fromPromise<undefined, { exported: StoreExport }>(() => {
          calls.push('restart');
          return Promise.resolve(undefined);
        }),
      },
    }),
  ).start();
  return { actor, calls };
}

describe('storage recovery flow', () => {
  it('reads, waits for confirmation, parks the copy, clears, then restarts, in that order', async () => {
    const { actor, calls } = run();
    actor.send({ type: 'RECOVER' });
    await waitFor(actor, (s) => s.matches('confirming'));
    expect(calls).toEqual(['read']);
    actor.send({ type: 'CONFIRM' });
    await waitFor(actor, (s) => s.matches('restarting'));
    await Promise.resolve();
    expect(calls).toEqual(['read', 'park', 'clear', 'restart']);
  });

  it('clears nothing when the store cannot be read, and can try again', async () => {
    const { actor, calls } = run({ read: 1 });
    actor.send({ type: 'RECOVER' });
    await waitFor(actor, (s) => s.matches('unreadable'));
    expect(actor.getSnapshot().context.detail).toBe('read failed');
    actor.send({ type: 'RETRY' });
    await waitFor(actor, (s) => s.matches('confirming'));
    expect(calls).toEqual(['read', 'read']);
  });

  it('clears nothing when the copy cannot be parked', async () => {
    const { actor, calls } = run({ park: 1 });
    actor.send({ type: 'RECOVER' });
    await waitFor(actor, (s) => s.matches('confirming'));
    actor.send({ type: 'CONFIRM' });
    await waitFor(actor, (s) => s.matches('notParked'));
    expect(calls).toEqual(['read', 'park']);
  });

  it('after a failed clear keeps the parked copy and clears again on retry, without reading or parking again', async () => {
    const { actor, calls } = run({ clear: 1 });
    actor.send({ type: 'RECOVER' });
    await waitFor(actor, (s) => s.matches('confirming'));
    actor.send({ type: 'CONFIRM' });
    await waitFor(actor, (s) => s.matches('clearFailed'));
    actor.send({ type: 'RETRY' });
    await waitFor(actor, (s) => s.matches('restarting'));
    await Promise.resolve();
    expect(calls).toEqual(['read', 'park', 'clear', 'clear', 'restart']);
  });

  it('goes back to where it started when staff cancel at the confirmation', async () => {
    const { actor, calls } = run();
    actor.send({ type: 'RECOVER' });
    await waitFor(actor, (s) => s.matches('confirming'));
    actor.send({ type: 'CANCEL' });
    expect(actor.getSnapshot().value).toBe('idle');
    expect(calls).toEqual(['read']);
  });
});
