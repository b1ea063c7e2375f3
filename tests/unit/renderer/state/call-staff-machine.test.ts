import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { callStaffMachine } from '../../../../renderer/state/call-staff-machine';

function start(options: { canSend?: boolean; openFails?: boolean; ackTimeoutMs?: number } = {}) {
  const writes: string[] = [];
  const machine = callStaffMachine.provide({
    actors: {
      open: fromPromise(() => {
        writes.push('open');
        return options.openFails === true ? Promise.reject(new Error('disk')) : Promise.resolve(undefined);
      }),
      withdraw: fromPromise(() => {
        writes.push('withdraw');
        return Promise.resolve(undefined);
      }),
    },
  });
  const actor = createActor(machine, {
    input: { canSend: options.canSend ?? true, ackTimeoutMs: options.ackTimeoutMs ?? 60_000 },
  });
  actor.start();
  return { actor, writes };
}

const responder = { terminalId: '01900000-0000-7000-8000-000000000001', windowNumber: 2, staffNo: 'HC-0012' };

describe('call-staff machine', () => {
  it('says delivered only once the server has the request, and who is coming once a window took it', async () => {
    const { actor } = start();
    await waitFor(actor, (s) => s.matches('awaiting'));
    actor.send({ type: 'DELIVERY', delivery: 'queued' });
    expect(actor.getSnapshot().value).toBe('awaiting');
    actor.send({ type: 'DELIVERY', delivery: 'delivered' });
    expect(actor.getSnapshot().value).toBe('delivered');
    actor.send({ type: 'TAKEN', responder });
    expect(actor.getSnapshot().value).toBe('coming');
    expect(actor.getSnapshot().context.responder).toEqual(responder);
  });

  it('without a server to sync with, says not sent and withdraws the request at once', async () => {
    const { actor, writes } = start({ canSend: false });
    const s = await waitFor(actor, (x) => x.matches('notSent'));
    expect(s.context.reason).toBe('offline');
    await waitFor(actor, () => writes.length === 2);
    expect(writes).toEqual(['open', 'withdraw']);
  });

  it('when the server does not acknowledge in time, says not sent (never delivered) and withdraws', async () => {
    const { actor, writes } = start({ ackTimeoutMs: 20 });
    const s = await waitFor(actor, (x) => x.matches('notSent'));
    expect(s.context.reason).toBe('offline');
    await waitFor(actor, () => writes.includes('withdraw'));
    // A late acknowledgement does not turn it back into "delivered".
    actor.send({ type: 'DELIVERY', delivery: 'delivered' });
    expect(actor.getSnapshot().value).toBe('notSent');
  });

  it('a refusal by the server is said as such', async () => {
    const { actor } = start();
    await waitFor(actor, (s) => s.matches('awaiting'));
    actor.send({ type: 'DELIVERY', delivery: 'refused' });
    expect(actor.getSnapshot().context.reason).toBe('refused');
  });

  it('a failed local write is a fault with nothing to withdraw', async () => {
    const { actor, writes } = start({ openFails: true });
    const s = await waitFor(actor, (x) => x.matches('failed'));
    expect(s.context.reason).toBe('writeFailed');
    expect(writes).toEqual(['open']);
  });

  it('the seeker can withdraw a call nobody has taken yet', async () => {
    const { actor, writes } = start();
    await waitFor(actor, (s) => s.matches('awaiting'));
    actor.send({ type: 'CANCEL' });
    await waitFor(actor, (s) => s.status === 'done');
    expect(writes).toEqual(['open', 'withdraw']);
  });
});
