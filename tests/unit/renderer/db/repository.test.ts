import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseStamp } from '../../../../domain/clock/hlc';
import { SCHEMA_VERSION } from '../../../../domain/records/mutation';
import { RecordValidationError, type RecordOf } from '../../../../domain/records/registry';
import { openTerminalDb, recordTable, TerminalDb } from '../../../../renderer/db/database';
import {
  DeviceMismatchError,
  ImmutableRecordError,
  InvalidDeviceIdError,
  MetaCorruptError,
  RecordNotFoundError,
} from '../../../../renderer/db/errors';
import { readMeta, setMarketId } from '../../../../renderer/db/meta';
import {
  appendTicketEvent,
  deleteRecord,
  issueTicket,
  putRecord,
  savePosting,
} from '../../../../renderer/db/repository';
import {
  MARKET_ID,
  OTHER_MARKET_ID,
  STAFF_ID,
  T0,
  TERMINAL_ID,
  dbName,
  deviceCtx,
  makeId,
  postingDraft,
  remoteStamp,
  sampleRecords,
  testClock,
  ticketDraft,
} from './fixtures';

type Feedback = RecordOf<'feedback'>;
const feedbackDraft = (message = '希望增加周末服务时间'): Omit<Feedback, 'hlc'> => {
  const { hlc: _hlc, ...rest } = sampleRecords(remoteStamp(T0)).feedback;
  return { ...rest, id: makeId(), message };
};

const opened: TerminalDb[] = [];
async function freshDb(label: string): Promise<TerminalDb> {
  const db = await openTerminalDb(dbName(label));
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

describe('repository writes', () => {
  it('stores the stamped record and queues one outbox entry carrying the same record, under mutation id 1', async () => {
    const db = await freshDb('put');
    const ctx = deviceCtx();
    const draft = feedbackDraft();
    const saved = await putRecord(db, ctx, 'feedback', draft);

    expect(saved).toEqual({ ...draft, hlc: saved.hlc });
    expect(parseStamp(saved.hlc).millis).toBe(T0);
    expect(await recordTable(db, 'feedback').get(draft.id)).toEqual(saved);
    expect(await db.outbox.toArray()).toEqual([
      {
        deviceId: ctx.deviceId,
        mutationId: 1,
        name: 'put',
        args: { table: 'feedback', record: saved },
        hlc: saved.hlc,
        schemaVersion: SCHEMA_VERSION,
      },
    ]);
    expect(await readMeta(db, 'nextMutationId')).toBe(2);
    expect(await readMeta(db, 'deviceId')).toBe(ctx.deviceId);
  });

  it('rejects an invalid record with a bilingual error naming the field, writing nothing and keeping the clock and counter', async () => {
    const db = await freshDb('invalid');
    const ctx = deviceCtx();
    await putRecord(db, ctx, 'feedback', feedbackDraft());
    const clockBefore = await readMeta(db, 'hlc');

    const bad = feedbackDraft('');
    const error = await putRecord(db, ctx, 'feedback', bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as Error).message).toMatch(/^记录不符合格式 \/ invalid feedback record: message:/);

    expect(await recordTable(db, 'feedback').get(bad.id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(1);
    expect(await readMeta(db, 'nextMutationId')).toBe(2);
    expect(await readMeta(db, 'hlc')).toEqual(clockBefore);
  });

  it('a failure after the record is written rolls back the record, the outbox row, the clock and the counter', async () => {
    const db = await freshDb('abort');
    const ctx = deviceCtx();
    await putRecord(db, ctx, 'feedback', feedbackDraft());
    const clockBefore = await readMeta(db, 'hlc');

    const failOutbox = (): void => {
      throw new Error('disk full (simulated)');
    };
    db.outbox.hook('creating', failOutbox);
    const draft = feedbackDraft();
    await expect(putRecord(db, ctx, 'feedback', draft)).rejects.toThrow('disk full (simulated)');
    db.outbox.hook('creating').unsubscribe(failOutbox);

    expect(await recordTable(db, 'feedback').get(draft.id)).toBeUndefined();
    expect((await db.outbox.toArray()).map((m) => m.mutationId)).toEqual([1]);
    expect(await readMeta(db, 'nextMutationId')).toBe(2);
    expect(await readMeta(db, 'hlc')).toEqual(clockBefore);

    await putRecord(db, ctx, 'feedback', draft);
    expect((await db.outbox.toArray()).map((m) => m.mutationId)).toEqual([1, 2]);
  });

  it('stamps strictly increase while the wall clock stands still or steps back', async () => {
    const db = await freshDb('stamps');
    const clock = testClock();
    const ctx = deviceCtx(clock);
    const stamps: string[] = [];
    for (const step of [0, 0, -60_000, 0, 5, -1]) {
      clock.advance(step);
      stamps.push((await putRecord(db, ctx, 'feedback', feedbackDraft())).hlc);
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
    expect((await db.outbox.toArray()).map((m) => m.hlc)).toEqual(stamps);
  });

  it('deleteRecord writes a tombstone carrying the last content and queues it', async () => {
    const db = await freshDb('delete');
    const ctx = deviceCtx();
    const saved = await putRecord(db, ctx, 'feedback', feedbackDraft());
    const tomb = await deleteRecord(db, ctx, 'feedback', saved.id);

    expect(tomb).toEqual({ ...saved, deleted: true, hlc: tomb.hlc });
    expect(tomb.hlc > saved.hlc).toBe(true);
    expect(await recordTable(db, 'feedback').get(saved.id)).toEqual(tomb);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((m) => [m.mutationId, m.args.record.deleted])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('deleting a record that does not exist fails with a bilingual error and queues nothing', async () => {
    const db = await freshDb('delete-missing');
    const missing = makeId();
    const error = await deleteRecord(db, deviceCtx(), 'feedback', missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordNotFoundError);
    expect((error as Error).message).toBe(`找不到记录 / no feedback record with id ${missing}`);
    expect(await db.outbox.count()).toBe(0);
    expect(await readMeta(db, 'nextMutationId')).toBeUndefined();
  });

  it('savePosting creates a posting with a new id, and a second save is a newer version of the same posting', async () => {
    const db = await freshDb('posting');
    const clock = testClock();
    const ctx = deviceCtx(clock);
    const first = await savePosting(db, ctx, postingDraft({ status: 'draft', publishedBy: null, publishedAt: null }));
    clock.advance(1000);
    const second = await savePosting(db, ctx, { ...postingDraft(), id: first.id });

    expect(second.id).toBe(first.id);
    expect(second.hlc > first.hlc).toBe(true);
    expect(await recordTable(db, 'postings').get(first.id)).toEqual(second);
    expect((await db.outbox.toArray()).map((m) => m.args.record.status)).toEqual(['draft', 'published']);
  });

  it('a posting that breaks a record rule (published without a publisher) is refused', async () => {
    const db = await freshDb('posting-rule');
    await expect(savePosting(db, deviceCtx(), postingDraft({ publishedBy: null }))).rejects.toThrow(
      /发布须有审核人和发布人 \/ a published posting names its reviewer and publisher/,
    );
    expect(await recordTable(db, 'postings').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('issueTicket gives the ticket a new id and uses the write stamp as its issue time', async () => {
    const db = await freshDb('ticket');
    const ticket = await issueTicket(db, deviceCtx(), ticketDraft());
    expect(ticket.issuedAt).toBe(ticket.hlc);
    expect(await recordTable(db, 'tickets').get(ticket.id)).toEqual(ticket);
    expect((await db.outbox.toArray()).map((m) => m.args.table)).toEqual(['tickets']);
  });

  it('tickets and ticket events cannot be overwritten or deleted once written', async () => {
    const db = await freshDb('immutable');
    const ctx = deviceCtx();
    const ticket = await issueTicket(db, ctx, ticketDraft());
    const { hlc: _hlc, ...draft } = ticket;

    await expect(putRecord(db, ctx, 'tickets', { ...draft, number: 2, display: 'A002' })).rejects.toBeInstanceOf(
      ImmutableRecordError,
    );
    await expect(deleteRecord(db, ctx, 'tickets', ticket.id)).rejects.toThrow(/排队票和票事件写入后不能修改或删除/);
    expect(await recordTable(db, 'tickets').get(ticket.id)).toEqual(ticket);
    expect(await db.outbox.count()).toBe(1);
  });

  it('appendTicketEvent stamps the event time with the write stamp, after the ticket', async () => {
    const db = await freshDb('event');
    const ctx = deviceCtx();
    const ticket = await issueTicket(db, ctx, ticketDraft());
    const event = await appendTicketEvent(db, ctx, {
      marketId: MARKET_ID,
      ticketId: ticket.id,
      type: 'called',
      terminalId: TERMINAL_ID,
      staffId: STAFF_ID,
      windowNumber: 2,
      toLane: null,
      outcome: null,
    });
    expect(event.at).toBe(event.hlc);
    expect(event.at > ticket.issuedAt).toBe(true);
    expect((await db.outbox.toArray()).map((m) => [m.mutationId, m.args.table])).toEqual([
      [1, 'tickets'],
      [2, 'ticketEvents'],
    ]);
  });

  it('an event for an unknown ticket, or for a ticket of another market, is refused and queues nothing', async () => {
    const db = await freshDb('event-bad');
    const ctx = deviceCtx();
    const ticket = await issueTicket(db, ctx, ticketDraft());
    const event = {
      marketId: MARKET_ID,
      ticketId: makeId(),
      type: 'called' as const,
      terminalId: TERMINAL_ID,
      staffId: null,
      windowNumber: 2,
      toLane: null,
      outcome: null,
    };
    await expect(appendTicketEvent(db, ctx, event)).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(
      appendTicketEvent(db, ctx, { ...event, ticketId: ticket.id, marketId: OTHER_MARKET_ID }),
    ).rejects.toThrow(/与票所属市场不符 \/ does not match the market of the ticket/);
    expect(await recordTable(db, 'ticketEvents').count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it('a database bound to one device refuses writes under another device id', async () => {
    const db = await freshDb('device');
    const ours = deviceCtx(testClock(), 1);
    const theirs = deviceCtx(testClock(), 2);
    await putRecord(db, ours, 'feedback', feedbackDraft());
    const error = await putRecord(db, theirs, 'feedback', feedbackDraft()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeviceMismatchError);
    expect((error as Error).message).toMatch(/^本机数据库属于另一台设备/);
    expect(await db.outbox.count()).toBe(1);
    await expect(putRecord(db, { ...ours, deviceId: 'kiosk-1' }, 'feedback', feedbackDraft())).rejects.toBeInstanceOf(
      InvalidDeviceIdError,
    );
  });

  it('a corrupt clock in meta stops writes instead of minting stamps from it', async () => {
    const db = await freshDb('corrupt');
    const ctx = deviceCtx();
    await putRecord(db, ctx, 'feedback', feedbackDraft());
    await db.meta.put({ key: 'hlc', value: { millis: -1, counter: 0, node: 'zz' } });
    const error = await putRecord(db, ctx, 'feedback', feedbackDraft()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetaCorruptError);
    expect((error as Error).message).toMatch(/^本机设置项 hlc 已损坏 \/ local meta entry hlc is corrupt/);
    expect(await db.outbox.count()).toBe(1);
  });

  it('setMarketId stores the market and refuses an id that is not a UUIDv7', async () => {
    const db = await freshDb('market');
    await setMarketId(db, MARKET_ID);
    expect(await readMeta(db, 'marketId')).toBe(MARKET_ID);
    await expect(setMarketId(db, 'market-1')).rejects.toThrow();
    expect(await readMeta(db, 'marketId')).toBe(MARKET_ID);
  });

  it('ticket writes ask IndexedDB for strict durability', async () => {
    // Before opening: Dexie binds the connection's transaction method at open.
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const db = await freshDb('durability');
    await issueTicket(db, deviceCtx(), ticketDraft());
    const writes = spy.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes.length).toBeGreaterThan(0);
    for (const [stores, , options] of writes) {
      expect(typeof stores === 'string' ? [stores] : stores).toEqual(
        expect.arrayContaining(['tickets', 'outbox', 'meta']),
      );
      expect(options).toEqual({ durability: 'strict' });
    }
  });
});
