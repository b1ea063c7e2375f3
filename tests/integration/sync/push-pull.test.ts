import { describe, expect, it } from 'vitest';
import { MAX_DRIFT_MS } from '../../../domain/clock/hlc';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { createEnrolmentCode, revokeDevice } from '../../../sync/server/store/devices';
import { rotateEpoch } from '../../../sync/server/store/meta';
import { markRestored } from '../../../sync/server/store/restore';
import { enrol, enrolWriter, pull, pullAll, push, pushRaw, VERSIONS } from './support/client';
import { contentItem, employer, feedback, seeker, TestDevice, ticketEvent } from './support/records';
import { T0, serverPerTest } from './support/store';

const MARKET_A = uuidv7(T0 - 10_000);
const MARKET_B = uuidv7(T0 - 9_000);

const server = serverPerTest();

function kiosk(marketId = MARKET_A) {
  return enrolWriter(server().app, server().store, marketId, 'kiosk');
}
function caller(marketId = MARKET_A) {
  return enrolWriter(server().app, server().store, marketId, 'caller');
}

describe('push and pull', () => {
  it('a record pushed by one device is pulled by another device of the same market', async () => {
    const k = await kiosk();
    const c = await caller();
    const record = feedback(MARKET_A);
    const res = await push(server().app, k, [k.writer.put('feedback', record)]);
    expect(res).toEqual({ lastMutationId: 1, results: [{ status: 'applied', mutationId: 1, won: true }], stop: null });
    const { records } = await pullAll(server().app, c.token);
    expect(records.get(`feedback/${String(record.id)}`)).toMatchObject({ message: record.message, marketId: MARKET_A });
  });

  it('a batch sent twice changes nothing the second time', async () => {
    const k = await kiosk();
    const c = await caller();
    const batch = [k.writer.put('feedback', feedback(MARKET_A)), k.writer.put('feedback', feedback(MARKET_A))];
    await push(server().app, k, batch);
    const before = await pullAll(server().app, c.token);
    const again = await push(server().app, k, batch);
    expect(again.lastMutationId).toBe(2);
    expect(again.results.map((r) => r.status)).toEqual(['skipped', 'skipped']);
    const after = await pullAll(server().app, c.token);
    expect(after.cursor).toBe(before.cursor);
    expect([...after.records]).toEqual([...before.records]);
  });

  it('a gap stops the push at the missing id and applies nothing after it', async () => {
    const k = await kiosk();
    const m1 = k.writer.put('feedback', feedback(MARKET_A));
    const m2 = k.writer.put('feedback', feedback(MARKET_A));
    const m3 = k.writer.put('feedback', feedback(MARKET_A));
    const res = await push(server().app, k, [m1, m3]);
    expect(res.lastMutationId).toBe(1);
    expect(res.stop).toMatchObject({ reason: 'gap', mutationId: 3 });
    expect(res.stop?.message.zh).toMatch(/不连续/);
    const resumed = await push(server().app, k, [m2, m3]);
    expect(resumed.lastMutationId).toBe(3);
    expect(resumed.stop).toBeNull();
  });

  it('after a restore, the first push of a device starts past its gap once; a later gap stops as before', async () => {
    const k = await kiosk();
    const other = await kiosk();
    const ms = Array.from({ length: 9 }, () => k.writer.put('feedback', feedback(MARKET_A)));
    await push(server().app, k, ms.slice(0, 2));
    expect(await markRestored(server().store.db)).toMatchObject({ devices: 2 });
    // The store lost 3 and 4 with the backup; 5 is the terminal's next.
    const rebased = await push(
      server().app,
      k,
      [ms[4], ms[5]].flatMap((m) => (m === undefined ? [] : [m])),
    );
    expect(rebased.stop).toBeNull();
    expect(rebased.lastMutationId).toBe(6);
    expect(rebased.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const gap = await push(server().app, k, ms.slice(8));
    expect(gap.stop).toMatchObject({ reason: 'gap', mutationId: 9 });
    expect(gap.lastMutationId).toBe(6);
    // A device that has not pushed since the restore still has its one rebase.
    const flags = await server().store.db.selectFrom('devices').select(['id', 'rebase_pending']).execute();
    expect(flags.find((d) => d.id === other.deviceId)?.rebase_pending).toBe(1);
    expect(flags.find((d) => d.id === k.deviceId)?.rebase_pending).toBe(0);
  });

  it('an invalid mutation is rejected with its reason, recorded, and its id still advances', async () => {
    const k = await kiosk();
    const bad = k.writer.put('feedback', feedback(MARKET_A, { message: '' }));
    const good = k.writer.put('feedback', feedback(MARKET_A));
    const res = await push(server().app, k, [bad, good]);
    expect(res.lastMutationId).toBe(2);
    expect(res.results[0]).toMatchObject({ status: 'rejected', mutationId: 1, code: 'invalid_record' });
    expect(res.results[0]?.status === 'rejected' && res.results[0].message.en).toMatch(/message/);
    expect(res.results[1]).toMatchObject({ status: 'applied', mutationId: 2 });
    const stored = await server().store.db.selectFrom('rejections').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ device_id: k.deviceId, mutation_id: 1, code: 'invalid_record' });
  });

  it('a mutation whose stamp differs from its record is rejected', async () => {
    const k = await kiosk();
    const m = k.writer.put('feedback', feedback(MARKET_A));
    const tampered = { ...m, args: { ...m.args, record: { ...m.args.record, hlc: k.writer.stamp() } } };
    const res = await push(server().app, k, [tampered]);
    expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'hlc_mismatch' });
  });

  it('last writer wins by HLC whatever order the writes arrive in', async () => {
    const k = await kiosk();
    const c = await caller();
    const record = feedback(MARKET_A);
    const newer = c.writer.put('feedback', { ...record, status: 'answered', reply: '已增加' }, T0 + 5000);
    const older = k.writer.put('feedback', record, T0 + 1000);
    expect((await push(server().app, c, [newer])).results[0]).toMatchObject({ status: 'applied', won: true });
    expect((await push(server().app, k, [older])).results[0]).toMatchObject({ status: 'applied', won: false });
    const { records } = await pullAll(server().app, c.token);
    expect(records.get(`feedback/${String(record.id)}`)).toMatchObject({ status: 'answered' });
  });

  it('a deletion travels as a tombstone and is pulled like any change', async () => {
    const c = await caller();
    const record = feedback(MARKET_A);
    await push(server().app, c, [
      c.writer.put('feedback', record),
      c.writer.put('feedback', { ...record, deleted: true }),
    ]);
    const { records } = await pullAll(server().app, c.token);
    expect(records.get(`feedback/${String(record.id)}`)).toMatchObject({ deleted: true });
  });

  it('tickets and ticket events cannot be overwritten once stored', async () => {
    const c = await caller();
    const event = ticketEvent(MARKET_A);
    const first = c.writer.put('ticketEvents', event);
    const second = c.writer.put('ticketEvents', { ...event, type: 'called' });
    const res = await push(server().app, c, [first, second]);
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
    expect(res.results[1]).toMatchObject({ code: 'immutable_record' });
  });
});

describe('role and market scope', () => {
  it('a display writes nothing', async () => {
    const d = await enrol(server().app, server().store, MARKET_A, 'display');
    const w = new TestDevice(d.deviceId);
    const res = await push(server().app, d, [w.put('feedback', feedback(MARKET_A))]);
    expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'role_forbidden' });
    expect(res.lastMutationId).toBe(1);
  });

  it('a kiosk cannot write postings and may record only print events on tickets', async () => {
    const k = await kiosk();
    const res = await push(server().app, k, [
      k.writer.put('ticketEvents', ticketEvent(MARKET_A, { type: 'printed' })),
      k.writer.put('ticketEvents', ticketEvent(MARKET_A, { type: 'called' })),
      k.writer.put('contentItems', contentItem(MARKET_A)),
    ]);
    expect(res.results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual([
      'applied',
      'value_forbidden',
      'role_forbidden',
    ]);
  });

  it("a device cannot write another market's records", async () => {
    const k = await kiosk();
    const res = await push(server().app, k, [k.writer.put('feedback', feedback(MARKET_B))]);
    expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'market_scope' });
  });

  it("a device pulls only its market's rows, global rows, and the tables its role may read", async () => {
    const ca = await caller(MARKET_A);
    const cb = await caller(MARKET_B);
    const ka = await kiosk(MARKET_A);
    const fa = feedback(MARKET_A);
    const fb = feedback(MARKET_B);
    const sa = seeker(MARKET_A);
    await push(server().app, ca, [ca.writer.put('feedback', fa), ca.writer.put('seekers', sa)]);
    await push(server().app, cb, [cb.writer.put('feedback', fb)]);
    // City-wide content is written centrally (no terminal role may); seed it directly.
    const global = contentItem(null, { hlc: ca.writer.stamp() });
    await server()
      .store.db.insertInto('records')
      .values({
        table_name: 'contentItems',
        id: String(global.id),
        market_id: null,
        hlc: String(global.hlc),
        deleted: 0,
        body: JSON.stringify(global),
        version: 100,
      })
      .execute();
    await server().store.db.updateTable('store_meta').set({ version: 100 }).execute();

    const a = await pullAll(server().app, ca.token);
    expect([...a.records.keys()].sort()).toEqual(
      [`feedback/${String(fa.id)}`, `seekers/${String(sa.id)}`, `contentItems/${String(global.id)}`].sort(),
    );
    const b = await pullAll(server().app, cb.token);
    expect([...b.records.keys()].sort()).toEqual(
      [`feedback/${String(fb.id)}`, `contentItems/${String(global.id)}`].sort(),
    );
    // PIPL: a kiosk never receives seekers, nor feedback it cannot read.
    const k = await pullAll(server().app, ka.token);
    expect([...k.records.keys()]).toEqual([`contentItems/${String(global.id)}`]);
  });

  it("a kiosk pulls employers without their contact or address, and a person's name masked; a caller gets them whole", async () => {
    const c = await caller();
    const k = await kiosk();
    const company = employer(MARKET_A);
    const household = employer(MARKET_A, { name: '王建国', kind: 'person', creditCode: null });
    await push(server().app, c, [c.writer.put('employers', company), c.writer.put('employers', household)]);

    const full = await pullAll(server().app, c.token);
    expect(full.records.get(`employers/${String(company.id)}`)).toMatchObject({
      contact: company.contact,
      address: company.address,
    });
    const seen = await pullAll(server().app, k.token);
    expect(seen.records.get(`employers/${String(company.id)}`)).toMatchObject({
      name: company.name,
      creditCode: company.creditCode,
      contact: null,
      address: '',
      registeredBy: null,
    });
    expect(seen.records.get(`employers/${String(household.id)}`)).toMatchObject({ name: '王**', contact: null });
    expect(JSON.stringify([...seen.records.values()])).not.toMatch(/李红梅|13800004321|南津街88号|王建国/);
  });

  it('a revoked device is refused at once', async () => {
    const k = await kiosk();
    await push(server().app, k, [k.writer.put('feedback', feedback(MARKET_A))]);
    await revokeDevice(server().store, k.deviceId);
    const res = await pushRaw(server().app, k.token, {
      ...VERSIONS,
      deviceId: k.deviceId,
      mutations: [k.writer.put('feedback', feedback(MARKET_A))],
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'device_revoked' });
    await expect(pull(server().app, k.token, null, null)).rejects.toThrow(/401/);
  });

  it('a push naming another device is refused without touching data', async () => {
    const k = await kiosk();
    const other = new TestDevice(uuidv7(T0 + 77));
    const res = await pushRaw(server().app, k.token, {
      ...VERSIONS,
      deviceId: k.deviceId,
      mutations: [other.put('feedback', feedback(MARKET_A))],
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'device_mismatch' });
    expect(await server().store.db.selectFrom('records').selectAll().execute()).toEqual([]);
  });
});

describe('clocks', () => {
  it('a stamp more than 5 minutes ahead stops the push with clock_drift and advances nothing', async () => {
    const k = await kiosk();
    const ok = k.writer.put('feedback', feedback(MARKET_A), T0 + MAX_DRIFT_MS - 1000);
    const ahead = k.writer.put('feedback', feedback(MARKET_A), T0 + MAX_DRIFT_MS + 60_000);
    const res = await push(server().app, k, [ok, ahead]);
    expect(res.lastMutationId).toBe(1);
    expect(res.stop).toMatchObject({ reason: 'clock_drift', mutationId: 2 });
    expect(res.stop?.message.zh).toMatch(/5 分钟/);
    // Once the server's clock has caught up, the same mutation goes through.
    server().clock.now = T0 + MAX_DRIFT_MS + 60_000;
    expect((await push(server().app, k, [ahead])).lastMutationId).toBe(2);
  });
});

describe('pull paging and resets', () => {
  it('pages through every change in commit order and resumes from a cursor', async () => {
    const c = await caller();
    const batch = Array.from({ length: 25 }, () => c.writer.put('feedback', feedback(MARKET_A)));
    await push(server().app, c, batch);
    const all = await pullAll(server().app, c.token, 10);
    expect(all.pages).toBe(3);
    expect(all.records.size).toBe(25);
    const first = await pull(server().app, c.token, null, null, 10);
    if (first.type !== 'page') throw new Error('expected a page');
    expect(first.hasMore).toBe(true);
    expect(first.changes).toHaveLength(10);
    const rest = await pull(server().app, c.token, first.nextCursor, first.epoch, 100);
    if (rest.type !== 'page') throw new Error('expected a page');
    expect(rest.hasMore).toBe(false);
    expect(rest.changes.map((ch) => ch.record.id)).toEqual(batch.slice(10).map((m) => m.args.record.id));
    const idle = await pull(server().app, c.token, rest.nextCursor, rest.epoch);
    expect(idle).toMatchObject({ type: 'page', changes: [], hasMore: false, nextCursor: rest.nextCursor });
  });

  it('a cursor from an unknown epoch gets a reset carrying the current epoch', async () => {
    const c = await caller();
    await push(server().app, c, [c.writer.put('feedback', feedback(MARKET_A))]);
    const { cursor, epoch } = await pullAll(server().app, c.token);
    const unknown = await pull(server().app, c.token, cursor, 'some-other-epoch');
    expect(unknown).toMatchObject({ type: 'reset', reason: 'unknown_epoch', epoch });
    const restored = await rotateEpoch(server().store.db);
    const afterRestore = await pull(server().app, c.token, cursor, epoch);
    expect(afterRestore).toMatchObject({ type: 'reset', reason: 'unknown_epoch', epoch: restored });
  });

  it('a cursor ahead of the store or older than the retained tombstones gets a reset', async () => {
    const c = await caller();
    await push(server().app, c, [
      c.writer.put('feedback', feedback(MARKET_A)),
      c.writer.put('feedback', feedback(MARKET_A)),
    ]);
    const { epoch } = await pullAll(server().app, c.token);
    expect(await pull(server().app, c.token, '999', epoch)).toMatchObject({ type: 'reset', reason: 'cursor_ahead' });
    await server().store.db.updateTable('store_meta').set({ min_cursor: 2 }).execute();
    expect(await pull(server().app, c.token, '1', epoch)).toMatchObject({ type: 'reset', reason: 'cursor_too_old' });
  });
});

describe('enrolment', () => {
  it('a code works once', async () => {
    const { code } = await createEnrolmentCode(server().store, { marketId: MARKET_A, role: 'kiosk', now: T0 });
    const body = { ...VERSIONS, code: code.toLowerCase(), label: '大厅自助机' };
    const first = await server().app.inject({ method: 'POST', url: '/v1/enrol', payload: body });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ marketId: MARKET_A, role: 'kiosk' });
    const second = await server().app.inject({ method: 'POST', url: '/v1/enrol', payload: body });
    expect(second.statusCode).toBe(403);
    expect(second.json()).toMatchObject({ code: 'enrolment_code_invalid' });
  });

  it('an expired code is refused', async () => {
    const { code } = await createEnrolmentCode(server().store, {
      marketId: MARKET_A,
      role: 'kiosk',
      ttl: 1000,
      now: T0,
    });
    server().clock.now = T0 + 1000;
    const res = await server().app.inject({
      method: 'POST',
      url: '/v1/enrol',
      payload: { ...VERSIONS, code, label: 'k' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('stores only hashes of codes and tokens', async () => {
    const k = await kiosk();
    const rows = await server().store.db.selectFrom('devices').select(['token_hash']).execute();
    expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.token_hash).not.toContain(k.token);
    const codes = await server().store.db.selectFrom('enrolment_codes').select(['code_hash']).execute();
    expect(codes[0]?.code_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
