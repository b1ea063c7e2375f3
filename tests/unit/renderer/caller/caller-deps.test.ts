import { afterEach, describe, expect, it } from 'vitest';
import { createCallerDeps } from '../../../../renderer/caller/caller-deps';
import { openTerminalDb, recordTable, type TerminalDb } from '../../../../renderer/db/database';
import { applyRemoteChanges } from '../../../../renderer/db/outbox';
import type { ServiceRecordDraft, TicketEventDraft } from '../../../../renderer/state/caller-machine';
import { id, MARKET, NOW, printed, STAFF, ticket } from '../state/caller-fixtures';

const DEVICE = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
const ctx = { deviceId: DEVICE, now: () => NOW };
const noClaims = { claim: () => Promise.reject(new Error('not used')) };
let dbs: TerminalDb[] = [];
let n = 0;

afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

async function storeWithTicket() {
  const db = await openTerminalDb(`caller-deps-${String(n++)}`);
  dbs.push(db);
  const t = ticket({ lane: 'A', number: 1, minutesAgo: 10 });
  await applyRemoteChanges(
    db,
    ctx,
    [
      { table: 'tickets', record: t },
      { table: 'ticketEvents', record: printed(t) },
    ],
    { value: '1', epoch: 'e' },
  );
  return { db, t };
}

const draft = (ticketId: string, type: TicketEventDraft['type']): TicketEventDraft => ({
  marketId: MARKET,
  ticketId,
  type,
  terminalId: DEVICE,
  staffId: STAFF,
  windowNumber: 1,
  toLane: null,
  outcome: type === 'done' ? 'completed' : null,
});

const ledger = (ticketId: string, overrides: Partial<ServiceRecordDraft> = {}): ServiceRecordDraft => ({
  marketId: MARKET,
  day: '2026-11-26',
  serviceCode: 'seeker-registration',
  ticketId,
  staffId: STAFF,
  seekerId: null,
  employerId: null,
  postingId: null,
  outcome: 'completed',
  missingMaterials: [],
  startedAt: new Date(NOW).toISOString(),
  finishedAt: new Date(NOW + 60_000).toISOString(),
  note: '',
  ...overrides,
});

describe('caller deps over the local store', () => {
  it('writes the done event and the ledger entry together, each with its outbox entry', async () => {
    const { db, t } = await storeWithTicket();
    await createCallerDeps(db, ctx, noClaims).finish(draft(t.id, 'done'), ledger(t.id));
    expect(await recordTable(db, 'serviceRecords').count()).toBe(1);
    expect((await recordTable(db, 'ticketEvents').toArray()).map((e) => e.type).sort()).toEqual(['done', 'printed']);
    expect((await db.outbox.toArray()).map((m) => m.args.table)).toEqual(['ticketEvents', 'serviceRecords']);
  });

  it('writes neither when the ledger entry is invalid', async () => {
    const { db, t } = await storeWithTicket();
    const bad = ledger(t.id, { staffId: 'not-an-id' });
    await expect(createCallerDeps(db, ctx, noClaims).finish(draft(t.id, 'done'), bad)).rejects.toThrow();
    expect(await recordTable(db, 'serviceRecords').count()).toBe(0);
    expect((await recordTable(db, 'ticketEvents').toArray()).map((e) => e.type)).toEqual(['printed']);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses an event for a ticket it does not hold', async () => {
    const { db } = await storeWithTicket();
    await expect(createCallerDeps(db, ctx, noClaims).append(draft(id(), 'called'))).rejects.toThrow();
  });
});
