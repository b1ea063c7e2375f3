import { afterEach, describe, expect, it } from 'vitest';
import { MAX_DRIFT_MS, parseStamp } from '../../../../domain/clock/hlc';
import type { RecordOf } from '../../../../domain/records/registry';
import { openTerminalDb, recordTable, type TerminalDb } from '../../../../renderer/db/database';
import { AckOutOfRangeError, EpochMismatchError, RemoteChangeError } from '../../../../renderer/db/errors';
import {
  applyRemoteChanges,
  deleteAcknowledged,
  dismissRejections,
  pendingCount,
  readAckedMutationId,
  readCursor,
  readOutboxBatch,
  readRejections,
  resetCursor,
} from '../../../../renderer/db/outbox';
import { putRecord } from '../../../../renderer/db/repository';
import { T0, dbName, deviceCtx, makeId, remoteStamp, sampleRecords, testClock } from './fixtures';

const opened: TerminalDb[] = [];
async function freshDb(label: string): Promise<TerminalDb> {
  const db = await openTerminalDb(dbName(label));
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

type Feedback = RecordOf<'feedback'>;
const feedback = (hlc: ReturnType<typeof remoteStamp>, overrides: Partial<Feedback> = {}): Feedback => ({
  ...sampleRecords(hlc).feedback,
  id: makeId(),
  ...overrides,
});
const draftOf = ({ hlc: _hlc, ...rest }: Feedback): Omit<Feedback, 'hlc'> => rest;
const CURSOR = { value: 'v100', epoch: 'e1' };

async function queueWrites(db: TerminalDb, n: number): Promise<void> {
  const ctx = deviceCtx();
  for (let i = 0; i < n; i++) await putRecord(db, ctx, 'feedback', draftOf(feedback(remoteStamp(T0))));
}

describe('outbox port: push side', () => {
  it('reads queued mutations oldest first, in batches of the requested size', async () => {
    const db = await freshDb('batch');
    await queueWrites(db, 5);
    expect((await readOutboxBatch(db, 3)).map((m) => m.mutationId)).toEqual([1, 2, 3]);
    expect((await readOutboxBatch(db, 10)).map((m) => m.mutationId)).toEqual([1, 2, 3, 4, 5]);
    await expect(readOutboxBatch(db, 0)).rejects.toThrow(/批量大小须为正整数/);
  });

  it('deleteAcknowledged drops exactly the acknowledged rows and remembers the acknowledgement', async () => {
    const db = await freshDb('ack');
    await queueWrites(db, 5);
    expect(await deleteAcknowledged(db, 3)).toBe(3);
    expect(await pendingCount(db)).toBe(2);
    expect((await readOutboxBatch(db, 10)).map((m) => m.mutationId)).toEqual([4, 5]);
    expect(await readAckedMutationId(db)).toBe(3);

    // A late duplicate of an older acknowledgement changes nothing.
    expect(await deleteAcknowledged(db, 2)).toBe(0);
    expect(await readAckedMutationId(db)).toBe(3);
    expect(await pendingCount(db)).toBe(2);
  });

  it('keeps the refusals of an acknowledged batch, once each, until they are dismissed', async () => {
    const db = await freshDb('ack-rejections');
    await queueWrites(db, 4);
    const refusal = (mutationId: number) => ({
      mutationId,
      table: 'feedback',
      recordId: `r${String(mutationId)}`,
      code: 'role_forbidden' as const,
      message: { zh: '该类终端不能修改此类记录', en: 'this kind of terminal cannot change these records' },
    });
    expect(await deleteAcknowledged(db, 3, [refusal(1), refusal(3)])).toBe(3);
    // The same answer again (a lost reply, a resent batch) lists nothing twice.
    await deleteAcknowledged(db, 3, [refusal(3)]);
    expect((await readRejections(db)).map((r) => r.mutationId)).toEqual([1, 3]);
    expect((await readRejections(db))[0]).toEqual(refusal(1));

    // Closing and reopening the database (a restart) keeps them.
    db.close();
    const reopened = await openTerminalDb(db.name);
    opened.push(reopened);
    expect((await readRejections(reopened)).map((r) => r.mutationId)).toEqual([1, 3]);
    await dismissRejections(reopened, [1]);
    expect((await readRejections(reopened)).map((r) => r.mutationId)).toEqual([3]);
  });

  it('an acknowledgement refused as out of range keeps none of its refusals', async () => {
    const db = await freshDb('ack-rejections-beyond');
    await queueWrites(db, 1);
    const refusal = {
      mutationId: 2,
      table: 'feedback',
      recordId: null,
      code: 'invalid_record' as const,
      message: { zh: '记录无效', en: 'invalid record' },
    };
    await expect(deleteAcknowledged(db, 2, [refusal])).rejects.toBeInstanceOf(AckOutOfRangeError);
    expect(await readRejections(db)).toEqual([]);
    expect(await pendingCount(db)).toBe(1);
  });

  it('an acknowledgement beyond what this device issued is refused and deletes nothing', async () => {
    const db = await freshDb('ack-beyond');
    await queueWrites(db, 2);
    const error = await deleteAcknowledged(db, 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AckOutOfRangeError);
    expect((error as Error).message).toMatch(/^服务器确认了本机未发出的变更 #3 \(本机最后一条为 #2\)/);
    expect(await pendingCount(db)).toBe(2);
    expect(await readAckedMutationId(db)).toBe(0);
  });

  it('new writes after the outbox is emptied continue the mutation ids', async () => {
    const db = await freshDb('ack-continue');
    await queueWrites(db, 2);
    await deleteAcknowledged(db, 2);
    await queueWrites(db, 1);
    expect((await readOutboxBatch(db, 10)).map((m) => m.mutationId)).toEqual([3]);
  });
});

describe('outbox port: applying pulled pages', () => {
  it('stores remote records and the cursor, and reports how many were applied', async () => {
    const db = await freshDb('apply');
    const a = feedback(remoteStamp(T0 - 1000));
    const b = feedback(remoteStamp(T0 - 500));
    const result = await applyRemoteChanges(
      db,
      deviceCtx(),
      [
        { table: 'feedback', record: a },
        { table: 'feedback', record: b },
      ],
      CURSOR,
    );
    expect(result).toEqual({ applied: 2, ignored: 0 });
    expect(await recordTable(db, 'feedback').bulkGet([a.id, b.id])).toEqual([a, b]);
    expect(await readCursor(db)).toEqual(CURSOR);
    expect(await pendingCount(db)).toBe(0);
  });

  it('a remote version older than the local write does not overwrite it; a newer one does', async () => {
    const db = await freshDb('lww');
    const clock = testClock();
    const ctx = deviceCtx(clock);
    const local = await putRecord(db, ctx, 'feedback', draftOf(feedback(remoteStamp(T0))));

    const older = { ...local, message: '旧版本', hlc: remoteStamp(T0 - 1) };
    expect(await applyRemoteChanges(db, ctx, [{ table: 'feedback', record: older }], CURSOR)).toEqual({
      applied: 0,
      ignored: 1,
    });
    expect(await recordTable(db, 'feedback').get(local.id)).toEqual(local);

    const newer = { ...local, message: '新版本', hlc: remoteStamp(T0 + 1) };
    await applyRemoteChanges(db, ctx, [{ table: 'feedback', record: newer }], { ...CURSOR, value: 'v101' });
    expect(await recordTable(db, 'feedback').get(local.id)).toEqual(newer);
    // The local mutation stays queued: the server decides between them by the same rule.
    expect(await pendingCount(db)).toBe(1);
  });

  it('within one page the newest version of a record wins whatever the order', async () => {
    const db = await freshDb('page-order');
    const base = feedback(remoteStamp(T0 - 3000));
    const v2 = { ...base, message: '第二版', hlc: remoteStamp(T0 - 2000) };
    const v1 = { ...base, message: '第一版', hlc: remoteStamp(T0 - 2500) };
    const result = await applyRemoteChanges(
      db,
      deviceCtx(),
      [base, v2, v1].map((record) => ({ table: 'feedback', record })),
      CURSOR,
    );
    expect(result).toEqual({ applied: 2, ignored: 1 });
    expect(await recordTable(db, 'feedback').get(base.id)).toEqual(v2);
  });

  it('moves the local clock past the newest remote stamp, so the next local write wins over it', async () => {
    const db = await freshDb('merge');
    const clock = testClock();
    const ctx = deviceCtx(clock);
    const ahead = remoteStamp(T0 + MAX_DRIFT_MS - 1000, 7);
    const remote = feedback(ahead);
    await applyRemoteChanges(db, ctx, [{ table: 'feedback', record: remote }], CURSOR);
    const local = await putRecord(db, ctx, 'feedback', { ...draftOf(remote), message: '本机修改' });
    expect(local.hlc > ahead).toBe(true);
    expect(parseStamp(local.hlc).millis).toBe(T0 + MAX_DRIFT_MS - 1000);
    expect(await recordTable(db, 'feedback').get(remote.id)).toEqual(local);
  });

  it('applies a page stamped more than 5 minutes ahead of this device, and moves the clock past it (the server vouched for it)', async () => {
    const db = await freshDb('drift');
    const ctx = deviceCtx();
    const ahead = feedback(remoteStamp(T0 + MAX_DRIFT_MS + 60_000));
    await applyRemoteChanges(db, ctx, [{ table: 'feedback', record: ahead }], { ...CURSOR, value: 'v200' });
    expect(await recordTable(db, 'feedback').get(ahead.id)).toEqual(ahead);
    expect(await readCursor(db)).toEqual({ ...CURSOR, value: 'v200' });
    const local = await putRecord(db, ctx, 'feedback', draftOf(feedback(remoteStamp(T0))));
    expect(local.hlc > ahead.hlc).toBe(true);
  });

  it('an invalid remote record rejects the page with the change number, and nothing is applied', async () => {
    const db = await freshDb('invalid-remote');
    const good = feedback(remoteStamp(T0 - 1000));
    const bad = { ...feedback(remoteStamp(T0 - 900)), message: '' };
    const error = await applyRemoteChanges(
      db,
      deviceCtx(),
      [
        { table: 'feedback', record: good },
        { table: 'feedback', record: bad },
      ],
      CURSOR,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteChangeError);
    expect((error as Error).message).toMatch(
      /^服务器发来的第 2 条变更无效，本页未应用 \/ remote change #2 is invalid.*message/,
    );
    expect(await recordTable(db, 'feedback').get(good.id)).toBeUndefined();
    expect(await readCursor(db)).toBeNull();

    await expect(applyRemoteChanges(db, deviceCtx(), [{ table: 'wages', record: good }], CURSOR)).rejects.toThrow(
      /未知的表 \/ unknown table "wages"/,
    );
  });

  it('a failure part-way through a page leaves every table and the cursor as they were', async () => {
    const db = await freshDb('apply-abort');
    const ctx = deviceCtx();
    await applyRemoteChanges(db, ctx, [], CURSOR);
    const records = sampleRecords(remoteStamp(T0 - 1000));
    const failTickets = (): void => {
      throw new Error('quota exceeded (simulated)');
    };
    recordTable(db, 'tickets').hook('creating', failTickets);
    await expect(
      applyRemoteChanges(
        db,
        ctx,
        [
          { table: 'feedback', record: records.feedback },
          { table: 'tickets', record: records.tickets },
        ],
        { ...CURSOR, value: 'v300' },
      ),
    ).rejects.toThrow('quota exceeded (simulated)');
    recordTable(db, 'tickets').hook('creating').unsubscribe(failTickets);

    expect(await recordTable(db, 'feedback').get(records.feedback.id)).toBeUndefined();
    expect(await readCursor(db)).toEqual(CURSOR);
  });

  it('a page from another epoch is refused until the cursor is reset; the reset keeps the outbox', async () => {
    const db = await freshDb('epoch');
    const ctx = deviceCtx();
    await putRecord(db, ctx, 'feedback', draftOf(feedback(remoteStamp(T0))));
    await applyRemoteChanges(db, ctx, [], CURSOR);

    const record = feedback(remoteStamp(T0 - 1000));
    const page = [{ table: 'feedback', record }];
    const nextEpoch = { value: 'v1', epoch: 'e2' };
    await expect(applyRemoteChanges(db, ctx, page, nextEpoch)).rejects.toBeInstanceOf(EpochMismatchError);
    expect(await recordTable(db, 'feedback').get(record.id)).toBeUndefined();

    await resetCursor(db);
    expect(await readCursor(db)).toBeNull();
    expect(await pendingCount(db)).toBe(1);
    await applyRemoteChanges(db, ctx, page, nextEpoch);
    expect(await readCursor(db)).toEqual(nextEpoch);
    expect(await recordTable(db, 'feedback').get(record.id)).toEqual(record);
  });

  it('applies every kind of synced record', async () => {
    const db = await freshDb('all-tables');
    const records = sampleRecords(remoteStamp(T0 - 1000));
    const page = Object.entries(records).map(([table, record]) => ({ table, record }));
    expect(await applyRemoteChanges(db, deviceCtx(), page, CURSOR)).toEqual({ applied: page.length, ignored: 0 });
    for (const { table, record } of page) {
      expect(await db.table(table).get((record as { id: string }).id)).toEqual(record);
    }
  });
});
