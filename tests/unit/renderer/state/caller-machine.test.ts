import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { clientError, SyncError } from '../../../../sync/client/errors';
import type { ClaimResponse } from '../../../../sync/protocol/queue';
import {
  callerMachine,
  type CallerDeps,
  type CallerTicket,
  type ServiceRecordDraft,
  type TicketEventDraft,
} from '../../../../renderer/state/caller-machine';
import { id, ME, NOW, queueOf, STAFF, ticket, WINDOW_1 } from './caller-fixtures';

type ClaimAnswer = 'ok' | { lostTo: number } | SyncError;

function fakeDeps(answers: (ticketId: string) => ClaimAnswer = () => 'ok') {
  const events: TicketEventDraft[] = [];
  const records: ServiceRecordDraft[] = [];
  const claims: string[] = [];
  const deps: CallerDeps = {
    claim: ({ ticketId, windowNumber }) => {
      claims.push(ticketId);
      const a = answers(ticketId);
      if (a instanceof SyncError) return Promise.reject(a);
      const response: ClaimResponse =
        a === 'ok'
          ? { status: 'ok', ticketId, windowNumber, round: 0, at: NOW }
          : { status: 'lost', ticketId, by: { windowNumber: a.lostTo, at: NOW }, round: 0 };
      return Promise.resolve(response);
    },
    append: (draft) => {
      events.push(draft);
      return Promise.resolve();
    },
    finish: (done, record) => {
      events.push(done);
      records.push(record);
      return Promise.resolve();
    },
  };
  return { deps, events, records, claims };
}

function start(queue: readonly CallerTicket[], deps: CallerDeps, clock = { t: NOW }) {
  const actor = createActor(callerMachine, { input: { window: WINDOW_1, deps, now: () => clock.t } });
  actor.start();
  actor.send({ type: 'STAFF', staffId: STAFF });
  actor.send({ type: 'QUEUE', tickets: queue });
  return actor;
}

const a1 = ticket({ lane: 'A', number: 1, minutesAgo: 20 });
const a2 = ticket({ lane: 'A', number: 2, minutesAgo: 10 });
const c1 = ticket({ lane: 'C', number: 1, minutesAgo: 15, postingId: id() });
const b1 = ticket({ lane: 'B', number: 1, minutesAgo: 25 });

describe('caller machine', () => {
  it('calls the fair next ticket of its lanes once the claim is won, and writes `called` with staff and window', async () => {
    const { deps, events, claims } = fakeDeps();
    const actor = start(queueOf([a1, a2, c1, b1]), deps);
    actor.send({ type: 'CALL_NEXT' });
    const s = await waitFor(actor, (x) => x.matches('called'));
    expect(claims).toEqual([a1.id]);
    expect(s.context.current).toMatchObject({ display: 'A001', ownerStaffId: STAFF, offline: false });
    expect(events).toEqual([
      expect.objectContaining({ type: 'called', ticketId: a1.id, staffId: STAFF, windowNumber: 1, terminalId: ME }),
    ]);
  });

  it('tells the window plainly when another window won the claim, and offers the next', async () => {
    const { deps, events } = fakeDeps((t) => (t === a1.id ? { lostTo: 3 } : 'ok'));
    const actor = start(queueOf([a1, a2]), deps);
    actor.send({ type: 'CALL_NEXT' });
    const s = await waitFor(actor, (x) => x.matches('idle') && x.context.notice !== null);
    expect(s.context.notice).toEqual({ kind: 'lost', display: 'A001', byWindow: 3, offer: 'A002' });
    expect(events).toEqual([]);
    actor.send({ type: 'CALL_NEXT' });
    const next = await waitFor(actor, (x) => x.matches('called'));
    expect(next.context.current?.display).toBe('A002');
  });

  it('offers a lost ticket again once a transfer puts it back in a queue', async () => {
    const { deps } = fakeDeps((t) => (t === a1.id ? { lostTo: 2 } : 'ok'));
    const actor = start(queueOf([a1]), deps);
    actor.send({ type: 'CALL_NEXT' });
    await waitFor(actor, (x) => x.context.notice?.kind === 'lost');
    actor.send({ type: 'CALL_NEXT' });
    expect(actor.getSnapshot().context.notice).toEqual({ kind: 'queueEmpty' });
    const [state] = queueOf([a1]);
    if (state === undefined) throw new Error('no ticket');
    actor.send({ type: 'QUEUE', tickets: [{ ...state, transferCount: 1 }] });
    actor.send({ type: 'CALL_NEXT' });
    expect(actor.getSnapshot().context.candidate?.display).toBe('A001');
  });

  it('offline, calls a ticket of a lane it owns exclusively without the claim', async () => {
    const { deps, events } = fakeDeps(() => clientError('network'));
    const actor = start(queueOf([a1]), deps);
    actor.send({ type: 'CALL_NEXT' });
    const s = await waitFor(actor, (x) => x.matches('called'));
    expect(s.context.current).toMatchObject({ display: 'A001', offline: true });
    expect(s.context.notice).toEqual({ kind: 'calledOffline', display: 'A001' });
    expect(events.map((e) => e.type)).toEqual(['called']);
  });

  it('offline, refuses a shared-lane ticket and offers one it may call', async () => {
    const { deps, events } = fakeDeps(() => clientError('timeout'));
    // C is served by windows 1 and 2; A only by window 1.
    const c0 = ticket({ lane: 'C', number: 9, minutesAgo: 40 });
    const actor = start(queueOf([c0, a2]), deps);
    actor.send({ type: 'CALL_NEXT' });
    const s = await waitFor(actor, (x) => x.matches('idle') && x.context.notice !== null);
    expect(s.context.notice).toEqual({ kind: 'offlineBlocked', display: 'C009', offer: 'A002' });
    expect(events).toEqual([]);
    // While cut off, "next" keeps to what may be called offline.
    actor.send({ type: 'CALL_NEXT' });
    const next = await waitFor(actor, (x) => x.matches('called'));
    expect(next.context.current?.display).toBe('A002');
  });

  it('offline, may call a shared-lane ticket this terminal issued itself', async () => {
    const { deps } = fakeDeps(() => clientError('network'));
    const mine = ticket({ lane: 'C', number: 3, minutesAgo: 5, issuedBy: ME });
    const actor = start(queueOf([mine]), deps);
    actor.send({ type: 'CALL_NUMBER', display: 'c003' });
    expect((await waitFor(actor, (x) => x.matches('called'))).context.current?.offline).toBe(true);
  });

  it('shows the server’s refusal and calls nothing', async () => {
    const refused = new SyncError('forbidden', { zh: '不能', en: 'may not' }, { status: 403 });
    const { deps, events } = fakeDeps(() => refused);
    const actor = start(queueOf([a1]), deps);
    actor.send({ type: 'CALL_NEXT' });
    const s = await waitFor(actor, (x) => x.matches('idle') && x.context.notice !== null);
    expect(s.context.notice).toEqual({ kind: 'claimRefused', message: { zh: '不能', en: 'may not' } });
    expect(events).toEqual([]);
  });

  it('says the queue is empty, and that a typed number is unknown or not waiting', () => {
    const { deps } = fakeDeps();
    const served = ticket({ lane: 'A', number: 5, minutesAgo: 30 });
    const gone = {
      ...queueOf([served])[0],
      phase: 'closed',
      ending: 'done',
    } as CallerTicket;
    const actor = start([gone], deps);
    actor.send({ type: 'CALL_NEXT' });
    expect(actor.getSnapshot().context.notice).toEqual({ kind: 'queueEmpty' });
    actor.send({ type: 'CALL_NUMBER', display: 'A999' });
    expect(actor.getSnapshot().context.notice).toEqual({ kind: 'numberNotFound', display: 'A999' });
    actor.send({ type: 'CALL_NUMBER', display: 'a005' });
    expect(actor.getSnapshot().context.notice).toEqual({ kind: 'numberNotWaiting', display: 'A005' });
  });

  it('refuses to call while nobody is logged in', () => {
    const { deps, claims } = fakeDeps();
    const actor = start(queueOf([a1]), deps);
    actor.send({ type: 'STAFF', staffId: null });
    actor.send({ type: 'CALL_NEXT' });
    expect(actor.getSnapshot().context.notice).toEqual({ kind: 'notLoggedIn' });
    expect(claims).toEqual([]);
  });

  it('recalls, starts and finishes, writing each event and the ledger entry with the responsible staff', async () => {
    const clock = { t: NOW };
    const { deps, events, records } = fakeDeps();
    const actor = start(queueOf([c1]), deps, clock);
    actor.send({ type: 'CALL_NEXT' });
    await waitFor(actor, (x) => x.matches('called'));
    actor.send({ type: 'RECALL' });
    await waitFor(actor, (x) => x.matches('called') && events.length === 2);
    clock.t += 60_000;
    actor.send({ type: 'START' });
    await waitFor(actor, (x) => x.matches('serving'));
    clock.t += 9 * 60_000;
    actor.send({
      type: 'FINISH',
      outcome: 'notice_given',
      missingMaterials: ['身份证复印件', '  ', '营业执照'],
      note: ' 下周再来 ',
    });
    await waitFor(actor, (x) => x.matches('idle'));
    expect(events.map((e) => e.type)).toEqual(['called', 'recalled', 'serving', 'done']);
    expect(events.every((e) => e.staffId === STAFF && e.windowNumber === 1)).toBe(true);
    expect(events[3]?.outcome).toBe('notice_given');
    expect(records).toEqual([
      {
        marketId: WINDOW_1.marketId,
        day: '2026-11-26',
        serviceCode: 'quick-match',
        ticketId: c1.id,
        staffId: STAFF,
        seekerId: null,
        employerId: null,
        postingId: c1.context.postingId,
        outcome: 'notice_given',
        missingMaterials: ['身份证复印件', '营业执照'],
        startedAt: new Date(NOW + 60_000).toISOString(),
        finishedAt: new Date(NOW + 10 * 60_000).toISOString(),
        note: '下周再来',
      },
    ]);
  });

  it('will not give a one-time notice without the missing materials listed', async () => {
    const { deps, records } = fakeDeps();
    const actor = start(queueOf([a1]), deps);
    actor.send({ type: 'CALL_NEXT' });
    await waitFor(actor, (x) => x.matches('called'));
    actor.send({ type: 'START' });
    await waitFor(actor, (x) => x.matches('serving'));
    actor.send({ type: 'FINISH', outcome: 'notice_given', missingMaterials: [' '], note: '' });
    expect(actor.getSnapshot().context.notice).toEqual({ kind: 'materialsRequired' });
    expect(actor.getSnapshot().matches('serving')).toBe(true);
    expect(records).toEqual([]);
  });

  it('skips a no-show and transfers to another lane and window', async () => {
    const { deps, events } = fakeDeps();
    const actor = start(queueOf([a1, a2]), deps);
    actor.send({ type: 'CALL_NEXT' });
    await waitFor(actor, (x) => x.matches('called'));
    actor.send({ type: 'NO_SHOW' });
    await waitFor(actor, (x) => x.matches('idle'));
    actor.send({ type: 'CALL_NEXT' });
    await waitFor(actor, (x) => x.matches('called'));
    actor.send({ type: 'TRANSFER', toLane: 'D', toWindow: 2 });
    await waitFor(actor, (x) => x.matches('idle'));
    expect(events.map((e) => [e.type, e.ticketId])).toEqual([
      ['called', a1.id],
      ['no_show', a1.id],
      ['called', a2.id],
      ['transferred', a2.id],
    ]);
    expect(events[3]).toMatchObject({ toLane: 'D', windowNumber: 2, staffId: STAFF });
  });

  it('stays with the ticket and says so when a write fails', async () => {
    const { deps } = fakeDeps();
    const actor = start(queueOf([a1]), deps);
    actor.send({ type: 'CALL_NEXT' });
    await waitFor(actor, (x) => x.matches('called'));
    deps.append = () => Promise.reject(new Error('disk full'));
    actor.send({ type: 'START' });
    const s = await waitFor(actor, (x) => x.context.notice?.kind === 'writeFailed');
    expect(s.matches('called')).toBe(true);
    expect(s.context.current?.display).toBe('A001');
  });

  it('picks up a ticket this window already holds after a reload', () => {
    const { deps } = fakeDeps();
    const called = {
      id: id(),
      hlc: a1.issuedAt,
      deleted: false,
      marketId: WINDOW_1.marketId,
      ticketId: a1.id,
      type: 'called' as const,
      at: a1.issuedAt.replace('-0001-', '-0009-') as typeof a1.issuedAt,
      terminalId: ME,
      staffId: STAFF,
      windowNumber: 1,
      toLane: null,
      outcome: null,
    };
    const actor = start(queueOf([a1], [called]), deps);
    expect(actor.getSnapshot().matches('called')).toBe(true);
    expect(actor.getSnapshot().context.current?.display).toBe('A001');
  });
});
