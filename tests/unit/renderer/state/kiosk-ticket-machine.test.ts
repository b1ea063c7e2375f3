import { describe, expect, it, vi } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { NumbersExhaustedError } from '../../../../domain/queue/numbering';
import { createKioskTicketMachine, type TicketPorts } from '../../../../renderer/state/kiosk-ticket-machine';
import { IssuingPausedError, type IssuedTicket, type KioskService } from '../../../../renderer/state/ticket-issue';
import type { PrintOutcome } from '../../../../renderer/state/ticket-print';

const SERVICE: KioskService = {
  code: 'policy',
  lane: 'D',
  label: '政策咨询',
  labelEn: 'Policy advice',
  icon: 'document',
};

const TICKET: IssuedTicket = {
  ticketId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
  marketId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2c',
  display: 'D001',
  lane: 'D',
  service: SERVICE,
  priority: 'elderly',
  peopleAhead: 0,
  wait: { kind: 'unknown', peopleAhead: 0 },
  issuedAtMillis: 0,
  source: 'lease',
  ticketUrl: 'http://server/t/0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
  job: null,
  applicationId: null,
};

function fakePorts(overrides: Partial<TicketPorts> & { outcomes?: PrintOutcome[] } = {}) {
  const outcomes = [...(overrides.outcomes ?? [{ ok: true }])];
  const recorded: string[] = [];
  const issue = vi.fn(overrides.issue ?? (() => Promise.resolve(TICKET)));
  const printPage = vi.fn(() => Promise.resolve());
  const ports: TicketPorts = {
    printMode: overrides.printMode ?? 'escpos',
    issue,
    print: overrides.print ?? (() => Promise.resolve(outcomes.shift() ?? { ok: true })),
    printPage,
    record: (_ticket, type) => {
      recorded.push(type);
      return Promise.resolve();
    },
  };
  return { ports, recorded, issue, printPage };
}

function start(ports: TicketPorts) {
  return createActor(createKioskTicketMachine(ports)).start();
}

describe('kiosk ticket machine', () => {
  it('我要报名: starts at the priority step with 即时快招 chosen and issues with the job', async () => {
    const { ports, issue } = fakePorts();
    const job = { postingId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2d', title: '保洁', employerName: '某物业' };
    const actor = createActor(createKioskTicketMachine(ports, { job, service: SERVICE })).start();
    expect(actor.getSnapshot().matches('choosingPriority')).toBe(true);
    actor.send({ type: 'SELECT_PRIORITY', priority: 'none' });
    await waitFor(actor, (s) => s.matches('showing'));
    expect(issue).toHaveBeenCalledWith({ service: SERVICE, priority: 'none', job });
  });

  it('我要报名: back from the priority step ends the flow as cancelled, issuing nothing', () => {
    const { ports, issue } = fakePorts();
    const job = { postingId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2d', title: '保洁', employerName: '某物业' };
    const actor = createActor(createKioskTicketMachine(ports, { job, service: SERVICE })).start();
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('cancelled');
    expect(issue).not.toHaveBeenCalled();
  });

  it('reprints from the ticket screen after a good print, recording "reprinted"', async () => {
    const { ports, recorded } = fakePorts({ outcomes: [{ ok: true }, { ok: true }] });
    const actor = start(ports);
    actor.send({ type: 'SELECT_SERVICE', service: SERVICE });
    actor.send({ type: 'SELECT_PRIORITY', priority: 'none' });
    await waitFor(actor, (s) => s.matches('showing'));
    actor.send({ type: 'REPRINT' });
    await waitFor(actor, (s) => s.matches('showing') && s.context.printAttempts === 2);
    expect(recorded).toEqual(['printed', 'reprinted']);
  });

  it('issues with the chosen service and priority, prints, records "printed" and shows the ticket', async () => {
    const { ports, recorded, issue } = fakePorts();
    const actor = start(ports);
    actor.send({ type: 'SELECT_SERVICE', service: SERVICE });
    expect(actor.getSnapshot().matches('choosingPriority')).toBe(true);
    actor.send({ type: 'SELECT_PRIORITY', priority: 'elderly' });
    const shown = await waitFor(actor, (s) => s.matches('showing'));
    expect(issue).toHaveBeenCalledWith({ service: SERVICE, priority: 'elderly' });
    expect(shown.context.ticket?.display).toBe('D001');
    expect(recorded).toEqual(['printed']);
    actor.send({ type: 'DONE' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('goes back from the priority step to the service step, forgetting the service', () => {
    const actor = start(fakePorts().ports);
    actor.send({ type: 'SELECT_SERVICE', service: SERVICE });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().matches('choosingService')).toBe(true);
    expect(actor.getSnapshot().context.service).toBeNull();
  });

  it('shows a failed print plainly, records print_failed, and records "reprinted" when the reprint works', async () => {
    const message = { zh: '缺纸', en: 'out of paper' };
    const { ports, recorded } = fakePorts({ outcomes: [{ ok: false, message }, { ok: true }] });
    const actor = start(ports);
    actor.send({ type: 'SELECT_SERVICE', service: SERVICE });
    actor.send({ type: 'SELECT_PRIORITY', priority: 'none' });
    const failed = await waitFor(actor, (s) => s.matches('printFailed'));
    expect(failed.context.printMessage).toEqual(message);
    expect(recorded).toEqual(['print_failed']);
    actor.send({ type: 'REPRINT' });
    await waitFor(actor, (s) => s.matches('showing'));
    expect(recorded).toEqual(['print_failed', 'reprinted']);
  });

  it('treats a print event that cannot be stored as a failed print', async () => {
    const { ports } = fakePorts();
    const actor = start({ ...ports, record: () => Promise.reject(new Error('disk full')) });
    actor.send({ type: 'SELECT_SERVICE', service: SERVICE });
    actor.send({ type: 'SELECT_PRIORITY', priority: 'none' });
    const failed = await waitFor(actor, (s) => s.matches('printFailed') || s.matches('showing'), { timeout: 2000 });
    // The slip came out but its event was not stored: the seeker is sent to staff, ticket still on screen.
    expect(failed.value).toBe('printFailed');
    expect(failed.context.ticket?.display).toBe('D001');
    expect(failed.context.printAttempts).toBe(1);
    expect(failed.context.printMessage).toBeNull();
  });

  it('in a browser shows the print preview first and records "printed" after the print dialog', async () => {
    const { ports, recorded, printPage } = fakePorts({ printMode: 'preview' });
    const actor = start(ports);
    actor.send({ type: 'SELECT_SERVICE', service: SERVICE });
    actor.send({ type: 'SELECT_PRIORITY', priority: 'pregnant' });
    await waitFor(actor, (s) => s.matches('preview'));
    expect(recorded).toEqual([]);
    actor.send({ type: 'PRINT' });
    await waitFor(actor, (s) => s.matches('showing'));
    expect(printPage).toHaveBeenCalledTimes(1);
    expect(recorded).toEqual(['printed']);
  });

  it('says the numbers ran out when neither lease nor band has one, and lets the seeker retry', async () => {
    const issue = vi
      .fn<TicketPorts['issue']>()
      .mockRejectedValueOnce(new NumbersExhaustedError('D'))
      .mockResolvedValueOnce(TICKET);
    const actor = start(fakePorts({ issue }).ports);
    actor.send({ type: 'SELECT_SERVICE', service: SERVICE });
    actor.send({ type: 'SELECT_PRIORITY', priority: 'none' });
    const failed = await waitFor(actor, (s) => s.matches('issueFailed'));
    expect(failed.context.issueError).toBe('exhausted');
    actor.send({ type: 'RETRY' });
    const shown = await waitFor(actor, (s) => s.matches('showing') || s.matches('issueFailed'), { timeout: 2000 });
    expect(shown.value).toBe('showing');
    expect(shown.context.issueError).toBeNull();
    expect(shown.context.ticket?.display).toBe('D001');
    expect(issue).toHaveBeenCalledTimes(2);
  });

  it('says issuing is paused when the disk guard stops it', async () => {
    const actor = start(fakePorts({ issue: () => Promise.reject(new IssuingPausedError()) }).ports);
    actor.send({ type: 'SELECT_SERVICE', service: SERVICE });
    actor.send({ type: 'SELECT_PRIORITY', priority: 'none' });
    const failed = await waitFor(actor, (s) => s.matches('issueFailed'));
    expect(failed.context.issueError).toBe('paused');
  });

  it('reports any other issuing failure as a plain failure', async () => {
    const actor = start(fakePorts({ issue: () => Promise.reject(new Error('db')) }).ports);
    actor.send({ type: 'SELECT_SERVICE', service: SERVICE });
    actor.send({ type: 'SELECT_PRIORITY', priority: 'none' });
    const failed = await waitFor(actor, (s) => s.matches('issueFailed'));
    expect(failed.context.issueError).toBe('failed');
    actor.send({ type: 'CANCEL' });
    expect(actor.getSnapshot().status).toBe('done');
  });
});
