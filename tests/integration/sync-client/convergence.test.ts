// Several terminals and one real server on loopback: whatever each writes,
// after syncing every replica holds the same records.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteRecord, newRecordId, pendingCount, putRecord, recordTable } from '../../../renderer/db';
import { runSyncCycle } from '../../../sync/client/sync-cycle';
import { SyncRunner } from '../../../sync/client/sync-runner';
import { editOf, feedbackDraft, serverPerTest, snapshot, type Terminal } from './support/harness';

const perTest = serverPerTest();
const { terminal } = perTest;

async function sync(t: Terminal): Promise<void> {
  await runSyncCycle(t.replica, t.transport, { pullLimit: 3 });
}

describe('several terminals converge through a real server', () => {
  it('create, edit and delete on different terminals leave every replica equal', async () => {
    const a = await terminal('a');
    const b = await terminal('b');
    const c = await terminal('c');

    const f1 = await putRecord(a.db, a.ctx, 'feedback', feedbackDraft(a, '希望增加座椅'));
    const f2 = await putRecord(a.db, a.ctx, 'feedback', feedbackDraft(a, '饮水机坏了'));
    await sync(a);
    await sync(b);
    const b1 = await recordTable(b.db, 'feedback').get(f1.id);
    expect(b1?.message).toBe('希望增加座椅');
    if (b1 === undefined) throw new Error('b did not pull f1');
    await putRecord(b.db, b.ctx, 'feedback', editOf(b1, { status: 'answered', reply: '已加两排座椅' }));
    await sync(c);
    await deleteRecord(c.db, c.ctx, 'feedback', f2.id);
    const f3 = await putRecord(c.db, c.ctx, 'feedback', feedbackDraft(c, '窗口太少'));
    for (const t of [b, c, a, b, c]) await sync(t);

    const expected = await snapshot(a.db);
    expect(await snapshot(b.db)).toEqual(expected);
    expect(await snapshot(c.db)).toEqual(expected);
    const rows = await recordTable(a.db, 'feedback').toArray();
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.id === f1.id)).toMatchObject({ status: 'answered', reply: '已加两排座椅' });
    expect(rows.find((r) => r.id === f2.id)?.deleted).toBe(true);
    expect(rows.find((r) => r.id === f3.id)?.message).toBe('窗口太少');
    for (const t of [a, b, c]) expect(await pendingCount(t.db)).toBe(0);
  });

  it('concurrent edits of one record end with the newest stamp on every replica', async () => {
    const a = await terminal('a');
    const b = await terminal('b');
    const f = await putRecord(a.db, a.ctx, 'feedback', feedbackDraft(a, '原文'));
    await sync(a);
    await sync(b);
    const onB = await recordTable(b.db, 'feedback').get(f.id);
    if (onB === undefined) throw new Error('b did not pull');
    // Both edit offline; b edits last, so b's stamp is newer.
    const editA = await putRecord(a.db, a.ctx, 'feedback', editOf(f, { reply: 'A 的回复' }));
    await new Promise((r) => setTimeout(r, 5));
    const editB = await putRecord(b.db, b.ctx, 'feedback', editOf(onB, { reply: 'B 的回复' }));
    expect(editB.hlc > editA.hlc).toBe(true);
    // a pushes after b: the server still keeps b's newer version.
    await sync(b);
    await sync(a);
    await sync(b);
    for (const t of [a, b]) expect((await recordTable(t.db, 'feedback').get(f.id))?.reply).toBe('B 的回复');
    expect(await snapshot(a.db)).toEqual(await snapshot(b.db));
  });

  it('surfaces a mutation the server rejects, drops its row and does not wedge the queue', async () => {
    const kiosk = await terminal('kiosk', 'kiosk');
    // A kiosk may not publish content (role_forbidden); its feedback after that still goes through.
    await putRecord(kiosk.db, kiosk.ctx, 'contentItems', {
      id: newRecordId(kiosk.ctx),
      deleted: false,
      marketId: kiosk.enrolment.marketId,
      kind: 'notice',
      title: '春节休市通知',
      body: '除夕至初六休市。',
      source: '',
      validFrom: '2026-11-26',
      validUntil: null,
      priority: 1,
    });
    await putRecord(kiosk.db, kiosk.ctx, 'feedback', feedbackDraft(kiosk, '好'));
    const runner = new SyncRunner({ replica: kiosk.replica, transport: kiosk.transport, intervalMs: 0 });
    const outcome = await runner.syncNow();
    expect(outcome.ok).toBe(true);
    expect(runner.rejections.all).toEqual([
      expect.objectContaining({ mutationId: 1, table: 'contentItems', code: 'role_forbidden' }),
    ]);
    expect(runner.rejections.all[0]?.message.zh).toContain('该类终端不能修改此类记录');
    expect(await pendingCount(kiosk.db)).toBe(0);
  });

  it('a first sync of a new terminal pulls everything in pages', async () => {
    const a = await terminal('a');
    for (let i = 0; i < 10; i++) await putRecord(a.db, a.ctx, 'feedback', feedbackDraft(a, `第 ${i} 条`));
    await sync(a);
    const late = await terminal('late');
    const summary = await runSyncCycle(late.replica, late.transport, { pullLimit: 4 });
    expect(summary.pull.pages).toBe(3);
    expect(await snapshot(late.db)).toEqual(await snapshot(a.db));
  });
});
