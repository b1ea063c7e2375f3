import { afterEach, describe, expect, it } from 'vitest';
import { openTerminalDb, type TerminalDb } from '../../../../renderer/db/database';
import { readMeta } from '../../../../renderer/db/meta';
import { applyRemoteChanges, deleteAcknowledged, readCursor, readOutboxBatch } from '../../../../renderer/db/outbox';
import { putRecord } from '../../../../renderer/db/repository';
import {
  deleteStore,
  parkStoreExport,
  parkedStoreExport,
  ParkedExportCorruptError,
  readStoreExport,
  restoreParkedExport,
  storeExportFile,
  storeExportSchema,
} from '../../../../renderer/db/store-export';
import { T0, dbName, deviceCtx, makeId, remoteStamp, sampleRecords } from './fixtures';

const opened: TerminalDb[] = [];
async function open(name: string): Promise<TerminalDb> {
  const db = await openTerminalDb(name);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  localStorage.clear();
});

/** A store as a terminal leaves it: synced records, a cursor, and `pending` writes not yet pushed. */
async function usedStore(name: string, pending: number): Promise<TerminalDb> {
  const db = await open(name);
  const ctx = deviceCtx();
  const synced = { ...sampleRecords(remoteStamp(T0)).feedback, id: makeId() };
  await applyRemoteChanges(db, ctx, [{ table: 'feedback', record: synced }], { value: 'v9', epoch: 'e1' });
  for (let i = 0; i < pending + 2; i++) {
    const { hlc: _hlc, ...draft } = { ...sampleRecords(remoteStamp(T0)).feedback, id: makeId() };
    await putRecord(db, ctx, 'feedback', draft);
  }
  await deleteAcknowledged(db, 2);
  return db;
}

describe('store export: what survives clearing a full or damaged store', () => {
  it('takes the outbox and the device state but not the cursor, and passes its own contract', async () => {
    const name = dbName('export');
    const db = await usedStore(name, 3);
    const exp = await readStoreExport(name, T0);
    expect(exp.outbox.map((m) => m.mutationId)).toEqual([3, 4, 5]);
    const keys = exp.meta.map((r) => r.key).sort();
    expect(keys).toEqual(['ackedMutationId', 'deviceId', 'hlc', 'nextMutationId']);
    expect(storeExportSchema.parse(JSON.parse(storeExportFile(exp).text))).toEqual(exp);
    expect(storeExportFile(exp).name).toMatch(/^gig-kiosk-outbox-[0-9a-f-]{36}-2026-11-26T08-00-00-000Z\.json$/);
    expect(await readMeta(db, 'nextMutationId')).toBe(6);
  });

  it('reads an empty export from a store that was never created, without creating it', async () => {
    const exp = await readStoreExport(dbName('absent'), T0);
    expect(exp.outbox).toEqual([]);
    expect(exp.meta).toEqual([]);
  });

  it('after park, delete and reopen, start-up puts back every outbox row and the counter, and pulls from the top', async () => {
    const name = dbName('roundtrip');
    const db = await usedStore(name, 3);
    const before = await readOutboxBatch(db, 100);
    parkStoreExport(await readStoreExport(name, T0));
    db.close();
    await deleteStore(name);

    const fresh = await open(name);
    expect(await restoreParkedExport(fresh)).toBe(3);
    expect(await readOutboxBatch(fresh, 100)).toEqual(before);
    expect(await readMeta(fresh, 'nextMutationId')).toBe(6);
    expect(await readMeta(fresh, 'ackedMutationId')).toBe(2);
    expect(await readCursor(fresh)).toBeNull();
    expect(await fresh.table('feedback').count()).toBe(0);
    expect(parkedStoreExport(name)).toBeNull();
    // The next start finds nothing parked and changes nothing.
    expect(await restoreParkedExport(fresh)).toBe(0);
  });

  it('does not write a parked copy into a store that still has its counter (clearing failed after parking)', async () => {
    const name = dbName('not-cleared');
    const db = await usedStore(name, 2);
    parkStoreExport(await readStoreExport(name, T0));
    await deleteAcknowledged(db, 4);
    expect(await restoreParkedExport(db)).toBe(0);
    expect((await readOutboxBatch(db, 100)).map((m) => m.mutationId)).toEqual([]);
    expect(parkedStoreExport(name)).toBeNull();
  });

  it('keeps a corrupt parked copy and refuses to start from it, rather than dropping it', async () => {
    const name = dbName('corrupt');
    localStorage.setItem(`gig-kiosk:parked-store:${name}`, '{"format":"gig-kiosk-store-export","version":1');
    const db = await open(name);
    await expect(restoreParkedExport(db)).rejects.toBeInstanceOf(ParkedExportCorruptError);
    expect(localStorage.getItem(`gig-kiosk:parked-store:${name}`)).not.toBeNull();
  });

  it('refuses an export whose outbox has a gap, since pushing it would skip a mutation id', async () => {
    const name = dbName('gap');
    await usedStore(name, 3);
    const exp = await readStoreExport(name, T0);
    const gapped = { ...exp, outbox: [exp.outbox[0], exp.outbox[2]] };
    expect(storeExportSchema.safeParse(gapped).success).toBe(false);
    expect(() => {
      parkStoreExport(gapped as typeof exp);
    }).toThrow(/consecutive/);
  });
});
