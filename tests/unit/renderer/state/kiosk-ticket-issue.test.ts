import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_SERVICES } from '../../../../domain/demo/services';
import { deriveTicketState } from '../../../../domain/queue/ticket-state';
import { recordTable, type TerminalDb } from '../../../../renderer/db/database';
import { readLeases } from '../../../../renderer/db/leases';
import { dexieLeaseStore } from '../../../../renderer/db/leases';
import { ticketEventsOf, ticketsOfDay } from '../../../../renderer/db/queries';
import { issueKioskTicket, type KioskService } from '../../../../renderer/state/ticket-issue';
import { recordPrintEvent } from '../../../../renderer/state/ticket-print';
import { LeaseKeeper } from '../../../../sync/client/queue-lease';
import { demoKioskDb, fakeAuthority, TODAY } from '../kiosk/support';

const POLICY = DEMO_SERVICES.find((s) => s.code === 'policy') as KioskService;
let dbs: TerminalDb[] = [];

afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

async function setup(authority = fakeAuthority()) {
  const kiosk = await demoKioskDb();
  dbs.push(kiosk.db);
  const keeper = new LeaseKeeper({ transport: authority.transport, store: dexieLeaseStore(kiosk.db, kiosk.market.id) });
  const onLeaseProblem = vi.fn();
  const deps = { ...kiosk, keeper, serverUrl: 'http://server:8080/', onLeaseProblem };
  return { ...kiosk, deps, authority, onLeaseProblem };
}

describe('issueKioskTicket', () => {
  it('issues the first number of a freshly leased block and stores the ticket locally', async () => {
    const { db, market, deps, authority } = await setup();
    const issued = await issueKioskTicket(deps, { service: POLICY, priority: 'elderly' });
    expect(issued).toMatchObject({ display: 'D001', lane: 'D', priority: 'elderly', source: 'lease', peopleAhead: 0 });
    expect(issued.ticketUrl).toBe(`http://server:8080/t/${issued.ticketId}`);
    const stored = await ticketsOfDay(db, market.id, TODAY, 'D');
    expect(stored.map((t) => t.display)).toEqual(['D001']);
    expect(authority.state.calls[0]).toEqual({ day: TODAY, lane: 'D', size: 50 });
    expect((await readLeases(db)).blocks).toEqual([{ day: TODAY, lane: 'D', from: 1, to: 50 }]);
  });

  it('counts the printed tickets ahead in the lane and estimates the wait as a range', async () => {
    const { db, ctx, deps } = await setup();
    const first = await issueKioskTicket(deps, { service: POLICY, priority: 'none' });
    await recordPrintEvent(db, ctx, first, 'printed');
    const second = await issueKioskTicket(deps, { service: POLICY, priority: 'none' });
    expect(second.display).toBe('D002');
    expect(second.peopleAhead).toBe(1);
    // Window 2 serves lane D in the demo market; no service finished yet, so the default times apply.
    expect(second.wait).toMatchObject({ kind: 'range', basis: 'default', lowMinutes: 5, highMinutes: 10 });
  });

  it('says the wait is unknown when no window serves the lane', async () => {
    const { deps } = await setup();
    const orphan: KioskService = { code: 'orphan', lane: 'G', label: '其他', labelEn: 'Other', icon: 'document' };
    const issued = await issueKioskTicket(deps, { service: orphan, priority: 'none' });
    expect(issued.wait.kind).toBe('unknown');
  });

  it('refills in the background at 20 left', async () => {
    const { deps, authority } = await setup();
    for (let i = 0; i < 30; i++) await issueKioskTicket(deps, { service: POLICY, priority: 'none' });
    await vi.waitFor(() => {
      expect(authority.state.calls).toHaveLength(2);
    });
    expect(authority.state.calls[1]).toMatchObject({ lane: 'D' });
  });

  it('issues from its band when cut off with its leases spent, and says why', async () => {
    const authority = fakeAuthority({ bandIndex: 4 });
    const { deps, onLeaseProblem } = await setup(authority);
    await issueKioskTicket(deps, { service: POLICY, priority: 'none' });
    authority.state.online = false;
    let last = '';
    for (let i = 0; i < 50; i++) last = (await issueKioskTicket(deps, { service: POLICY, priority: 'none' })).display;
    expect(last).toBe('D9200');
    await vi.waitFor(() => {
      expect(onLeaseProblem).toHaveBeenCalled();
    });
  });

  it('refuses with NumbersExhaustedError when it has never reached the server', async () => {
    const authority = fakeAuthority();
    authority.state.online = false;
    const { deps } = await setup(authority);
    await expect(issueKioskTicket(deps, { service: POLICY, priority: 'none' })).rejects.toMatchObject({
      code: 'numbers_exhausted',
    });
  });

  it('records print outcomes as ticket events: failed, then reprinted counts as handed out', async () => {
    const { db, ctx, deps } = await setup();
    const issued = await issueKioskTicket(deps, { service: POLICY, priority: 'none' });
    await recordPrintEvent(db, ctx, issued, 'print_failed');
    await recordPrintEvent(db, ctx, issued, 'reprinted');
    const ticket = (await ticketsOfDay(db, issued.marketId, TODAY, 'D'))[0];
    if (ticket === undefined) throw new Error('ticket missing');
    const state = deriveTicketState(ticket, await ticketEventsOf(db, issued.ticketId), { strict: true });
    expect(state).toMatchObject({ print: 'printed', handedOut: true });
  });

  it('我要报名: writes an Application and a 即时快招 ticket that carries the posting, linked both ways', async () => {
    const { db, market, deps } = await setup();
    const posting = (await recordTable(db, 'postings').toArray()).find((p) => p.status === 'published');
    if (posting === undefined) throw new Error('no posting');
    const quick = DEMO_SERVICES.find((s) => s.code === 'quick-match') as KioskService;
    const job = { postingId: posting.id, title: posting.title, employerName: '某公司' };
    const issued = await issueKioskTicket(deps, { service: quick, priority: 'none', job });
    expect(issued.job).toEqual(job);
    expect(issued.lane).toBe(quick.lane);
    const [ticket] = await ticketsOfDay(db, market.id, TODAY, quick.lane);
    expect(ticket?.context.postingId).toBe(posting.id);
    expect(ticket?.context.applicationId).toBe(issued.applicationId);
    const application = await recordTable(db, 'applications').get(issued.applicationId ?? '');
    expect(application).toMatchObject({
      postingId: posting.id,
      ticketId: issued.ticketId,
      seekerId: null,
      status: 'requested',
      marketId: market.id,
    });
  });

  it('writes no Application for a plain ticket', async () => {
    const { db, deps } = await setup();
    const issued = await issueKioskTicket(deps, { service: POLICY, priority: 'none' });
    expect(issued).toMatchObject({ job: null, applicationId: null });
    expect(await recordTable(db, 'applications').count()).toBe(0);
  });
});
