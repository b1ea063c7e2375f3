// 信息审核 on the server, behind the window's own review: a push that publishes
// a posting without a reviewer (or, under four-eyes, reviewed by its own
// collector) is refused and kept in the rejections table, and kiosks and
// displays pull postings only as published — a withdrawn one as a tombstone,
// a draft or rejected one not at all.
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { enrolWriter, pullAll, push } from './support/client';
import { newId } from './support/records';
import { T0, serverPerTest } from './support/store';

const MARKET = uuidv7(T0 - 10_000);
const ALICE = uuidv7(T0 - 9_000);
const BOB = uuidv7(T0 - 8_000);

const server = serverPerTest();

function device(role: 'kiosk' | 'caller' | 'display') {
  return enrolWriter(server().app, server().store, MARKET, role);
}

function posting(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: newId(),
    deleted: false,
    marketId: MARKET,
    title: '小区绿化养护',
    occupation: '绿化工',
    occupationCode: null,
    skills: '会使用修枝剪',
    location: { district: '500103', address: '解放碑步行街 1 号' },
    duration: '每天 8 小时，共 3 天',
    content: '修剪绿篱、浇水、清理落叶',
    pay: { amount: 200, unit: 'day', method: 'daily' },
    headcount: 3,
    validUntil: '2026-12-30',
    contact: { name: '王经理', phone: '13800138000' },
    employerId: newId(),
    status: 'pending_review',
    screening: { verdict: 'ok', findings: [], rulesVersion: '1' },
    source: 'window',
    collectedBy: ALICE,
    reviewedBy: null,
    reviewNote: '',
    publishedBy: null,
    publishedAt: null,
    createdAt: '2026-11-26T08:00:00.000Z',
    ...overrides,
  };
}

function staff(id: string): Record<string, unknown> {
  return {
    id,
    deleted: false,
    marketId: MARKET,
    name: id === ALICE ? '王芳' : '李明',
    staffNo: id === ALICE ? 'YZ001' : 'YZ002',
    duties: ['window', 'reviewer'],
    pinHash: null,
    active: true,
  };
}

const published = { status: 'published', reviewedBy: BOB, publishedBy: BOB, publishedAt: '2026-11-26T08:10:00.000Z' };

describe('publishing on the server', () => {
  it('refuses a posting pushed as published with no reviewer, and records the refusal', async () => {
    const caller = await device('caller');
    const p = posting({ status: 'published', publishedBy: ALICE, publishedAt: '2026-11-26T08:10:00.000Z' });
    const res = await push(server().app, caller, [caller.writer.put('postings', p)]);
    expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'unreviewed_publish' });
    const rows = await server().store.db.selectFrom('rejections').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ table_name: 'postings', record_id: p.id, code: 'unreviewed_publish' });
    expect(rows[0]?.message_zh).toContain('未经审核');
    expect((await pullAll(server().app, caller.token)).records.has(`postings/${String(p.id)}`)).toBe(false);
  });

  it('refuses a collector publishing their own posting where the market has two staff, and allows a second reviewer', async () => {
    const caller = await device('caller');
    await push(server().app, caller, [
      caller.writer.put('staff', staff(ALICE)),
      caller.writer.put('staff', staff(BOB)),
    ]);
    const p = posting();
    const own = { ...p, ...published, reviewedBy: ALICE, publishedBy: ALICE };
    const res = await push(server().app, caller, [caller.writer.put('postings', own)]);
    expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'unreviewed_publish' });
    const ok = await push(server().app, caller, [caller.writer.put('postings', { ...p, ...published })]);
    expect(ok.results[0]).toMatchObject({ status: 'applied' });
  });

  it('lets a one-person station publish what its only staff member collected', async () => {
    const caller = await device('caller');
    await push(server().app, caller, [caller.writer.put('staff', staff(ALICE))]);
    const own = { ...posting(), ...published, reviewedBy: ALICE, publishedBy: ALICE };
    const res = await push(server().app, caller, [caller.writer.put('postings', own)]);
    expect(res.results[0]).toMatchObject({ status: 'applied' });
  });
});

describe('what kiosks and displays pull', () => {
  it('never carries a posting that is waiting for review or rejected', async () => {
    const caller = await device('caller');
    const kiosk = await device('kiosk');
    const display = await device('display');
    const waiting = posting();
    const rejected = posting({ status: 'rejected', reviewedBy: BOB, reviewNote: '含歧视性内容' });
    const live = posting(published);
    await push(server().app, caller, [
      caller.writer.put('postings', waiting),
      caller.writer.put('postings', rejected),
      caller.writer.put('postings', live),
    ]);
    for (const t of [kiosk, display]) {
      const { records } = await pullAll(server().app, t.token);
      const postings = [...records.keys()].filter((k) => k.startsWith('postings/'));
      expect(postings).toEqual([`postings/${String(live.id)}`]);
    }
    const staffView = (await pullAll(server().app, caller.token)).records;
    expect(staffView.has(`postings/${String(waiting.id)}`)).toBe(true);
    expect(staffView.has(`postings/${String(rejected.id)}`)).toBe(true);
  });

  it('takes a withdrawn posting off the kiosk as a tombstone', async () => {
    const caller = await device('caller');
    const kiosk = await device('kiosk');
    const live = posting(published);
    await push(server().app, caller, [caller.writer.put('postings', live)]);
    expect((await pullAll(server().app, kiosk.token)).records.get(`postings/${String(live.id)}`)).toMatchObject({
      deleted: false,
    });
    await push(server().app, caller, [caller.writer.put('postings', { ...live, status: 'withdrawn' }, T0 + 60_000)]);
    expect((await pullAll(server().app, kiosk.token)).records.get(`postings/${String(live.id)}`)).toMatchObject({
      deleted: true,
    });
  });
});
