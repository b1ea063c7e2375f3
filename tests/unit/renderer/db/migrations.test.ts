import { afterEach, describe, expect, it } from 'vitest';
import { formatStamp, nodeIdFromDeviceId } from '../../../../domain/clock/hlc';
import { SCHEMA_VERSION, type Mutation } from '../../../../domain/records/mutation';
import { RECORD_TABLES } from '../../../../domain/records/registry';
import { openTerminalDb, TerminalDb } from '../../../../renderer/db/database';
import { MIGRATIONS } from '../../../../renderer/db/migrations';
import { readAckedMutationId, readOutboxBatch } from '../../../../renderer/db/outbox';
import { publishedPostings } from '../../../../renderer/db/queries';
import { putRecord } from '../../../../renderer/db/repository';
import { MARKET_ID, T0, TODAY, dbName, deviceCtx, remoteStamp, sampleRecords } from './fixtures';

const opened: TerminalDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

// Branches are given version numbers ahead of merging, so the list may have gaps (Dexie accepts them).
const LATEST = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
/** The migrations a release at version `k` shipped. */
const upTo = (k: number) => MIGRATIONS.filter((m) => m.version <= k);
const primaryKey = (spec: string): string => (spec.split(',')[0] ?? '').trim();

describe('the migration list', () => {
  it('numbers its versions in rising order, starting at 1', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  });

  it('keeps released versions exactly as they shipped', () => {
    // A terminal upgrades by replaying only the versions after its own, so an
    // edit to a released version never reaches it: add a version instead.
    expect(MIGRATIONS[0]?.stores).toEqual({
      markets: 'id, district',
      terminals: 'id, marketId',
      staff: 'id, marketId',
      employers: 'id, marketId, creditCode',
      postings: 'id, marketId, employerId, [status+validUntil], occupationCode, location.district',
      seekers: 'id, marketId, phone',
      applications: 'id, postingId, seekerId, ticketId',
      tickets: 'id, [marketId+day+lane]',
      ticketEvents: 'id, ticketId',
      serviceRecords: 'id, [marketId+day], staffId',
      recruitmentEvents: 'id, [marketId+endsAt]',
      contentItems: 'id, kind',
      surveyResponses: 'id, marketId',
      feedback: 'id, [marketId+status]',
      outbox: 'mutationId',
      meta: 'key',
    });
    expect(MIGRATIONS[1]?.stores).toEqual({
      postings:
        'id, marketId, employerId, [status+validUntil], occupationCode, location.district, [status+occupationCode+validUntil]',
    });
    expect(MIGRATIONS[2]?.stores).toEqual({ rejections: 'mutationId' });
  });

  it('stores every synced table of the record registry, the outbox, meta and the refusals', () => {
    const declared = new Set(MIGRATIONS.flatMap((m) => Object.keys(m.stores)));
    for (const table of [...RECORD_TABLES, 'outbox', 'meta', 'rejections']) expect(declared).toContain(table);
  });

  it('never changes the primary key of a table (IndexedDB cannot)', () => {
    const keys = new Map<string, string>();
    for (const m of MIGRATIONS) {
      for (const [table, spec] of Object.entries(m.stores)) {
        if (spec === null) continue;
        const key = primaryKey(spec);
        expect(keys.get(table) ?? key, `${table} in v${m.version}`).toBe(key);
        keys.set(table, key);
      }
    }
  });
});

const DEVICE = deviceCtx();
const mutation = (mutationId: number): Mutation => ({
  deviceId: DEVICE.deviceId,
  mutationId,
  name: 'put',
  args: { table: 'feedback', record: sampleRecords(remoteStamp(T0)).feedback },
  hlc: formatStamp({ millis: T0, counter: mutationId, node: nodeIdFromDeviceId(DEVICE.deviceId) }),
  schemaVersion: SCHEMA_VERSION,
});

/** A database as release `k` left it: one record per table, queued mutations 3 and 4, full meta. */
async function databaseAtVersion(k: number, outbox: readonly number[] = [3, 4]): Promise<string> {
  const name = dbName(`v${k}`);
  const old = await openTerminalDb(name, upTo(k));
  const records = sampleRecords(remoteStamp(T0 - 60_000));
  const existing = new Set(old.tables.map((t) => t.name));
  for (const [table, record] of Object.entries(records)) if (existing.has(table)) await old.table(table).put(record);
  await old.outbox.bulkAdd(outbox.map(mutation));
  if (existing.has('rejections')) {
    await old.table('rejections').put({
      mutationId: 2,
      table: 'feedback',
      recordId: null,
      code: 'invalid_record',
      message: { zh: '记录不符合格式', en: 'invalid record' },
    });
  }
  await old.meta.bulkPut([
    { key: 'deviceId', value: DEVICE.deviceId },
    { key: 'marketId', value: MARKET_ID },
    { key: 'hlc', value: { millis: T0, counter: 4, node: nodeIdFromDeviceId(DEVICE.deviceId) } },
    { key: 'nextMutationId', value: 5 },
    { key: 'cursor', value: 'v42' },
    { key: 'epoch', value: 'e1' },
  ]);
  old.close();
  return name;
}

async function dump(db: TerminalDb, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()] as const));
  return Object.fromEntries(entries);
}

describe('upgrading', () => {
  const earlier = MIGRATIONS.slice(0, -1).map((m) => m.version);

  it.each(earlier)('a database created by version %i upgrades to the latest keeping every row', async (k) => {
    const name = await databaseAtVersion(k);
    const old = await openTerminalDb(name, upTo(k));
    const tables = old.tables.map((t) => t.name);
    const before = await dump(old, tables);
    old.close();

    const db = await openTerminalDb(name);
    opened.push(db);
    expect(db.verno).toBe(LATEST);
    const after = await dump(db, tables);
    // Later versions may add meta entries, never drop or change one.
    expect(after.meta).toEqual(expect.arrayContaining(before.meta ?? []));
    expect({ ...after, meta: [] }).toEqual({ ...before, meta: [] });
    expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);
  });

  it.each(earlier)('after upgrading from version %i, local writes continue the mutation ids', async (k) => {
    const db = await openTerminalDb(await databaseAtVersion(k));
    opened.push(db);
    const { hlc: _hlc, ...draft } = sampleRecords(remoteStamp(T0)).feedback;
    await putRecord(db, DEVICE, 'feedback', { ...draft, message: '升级后的第一条' });
    expect((await readOutboxBatch(db, 10)).map((m) => m.mutationId)).toEqual([3, 4, 5]);
  });

  it('version 2 records as acknowledged everything below the oldest queued mutation', async () => {
    const db = await openTerminalDb(await databaseAtVersion(1, [3, 4]));
    opened.push(db);
    expect(await readAckedMutationId(db)).toBe(2);
  });

  it('version 2 records everything issued as acknowledged when the outbox was empty', async () => {
    const db = await openTerminalDb(await databaseAtVersion(1, []));
    opened.push(db);
    expect(await readAckedMutationId(db)).toBe(4);
  });

  it('the trade filter added in version 2 finds postings stored under version 1', async () => {
    const db = await openTerminalDb(await databaseAtVersion(1));
    opened.push(db);
    const found = await publishedPostings(db, { today: TODAY, occupationCode: 'gardener' });
    expect(found).toHaveLength(1);
  });

  it('a build that knows fewer versions still opens a newer database and reads its rows (rollback)', async () => {
    const name = await databaseAtVersion(LATEST);
    const rolledBack = await openTerminalDb(name, MIGRATIONS.slice(0, 1));
    opened.push(rolledBack);
    expect((await readOutboxBatch(rolledBack, 10)).map((m) => m.mutationId)).toEqual([3, 4]);
    expect(await rolledBack.table('feedback').count()).toBe(1);
  });
});
