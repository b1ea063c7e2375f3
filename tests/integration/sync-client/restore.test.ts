// The server's store is restored from a backup older than what a terminal
// already had acknowledged, and the operator runs `restored` (markRestored).
// The terminal's next push starts past the lost ids instead of stopping at a
// gap for ever, its pull meets the new epoch and it queues again what it
// wrote, so the records the backup lacked come back and every terminal ends
// with all of them.
//
// The restore is stood in for by rolling the store back to the backup's state
// with the query layer (the rows written after it deleted, the device's
// last_mutation_id as it was), which works the same on SQLite and PostgreSQL.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { pendingCount, putRecord } from '../../../renderer/db';
import { runSyncCycle } from '../../../sync/client/sync-cycle';
import { markRestored } from '../../../sync/server/store/restore';
import { feedbackDraft, serverPerTest, snapshot } from './support/harness';

const perTest = serverPerTest();
const { terminal } = perTest;

async function storedFeedbackIds(): Promise<string[]> {
  const rows = await perTest
    .server()
    .temp.store.db.selectFrom('records')
    .select('id')
    .where('table_name', '=', 'feedback')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

describe('a store restored from a backup', () => {
  it('takes the next push past the lost ids once, and gets the lost records back from the terminal that wrote them', async () => {
    const a = await terminal('a');
    const b = await terminal('b');
    const kept = await putRecord(a.db, a.ctx, 'feedback', feedbackDraft(a, '备份前'));
    await runSyncCycle(a.replica, a.transport);
    // The backup is taken here. Two more are acknowledged after it.
    const lost = [
      await putRecord(a.db, a.ctx, 'feedback', feedbackDraft(a, '备份后一')),
      await putRecord(a.db, a.ctx, 'feedback', feedbackDraft(a, '备份后二')),
    ];
    await runSyncCycle(a.replica, a.transport);
    expect(await pendingCount(a.db)).toBe(0);

    await perTest.server().pause();
    const db = perTest.server().temp.store.db;
    await db
      .deleteFrom('records')
      .where(
        'id',
        'in',
        lost.map((r) => r.id),
      )
      .execute();
    await db.updateTable('devices').set({ last_mutation_id: 1 }).where('id', '=', a.enrolment.deviceId).execute();
    const marked = await markRestored(db);
    expect(marked.devices).toBe(2);
    await perTest.server().resume();

    // Written while the server was being restored: mutation 4, past the store's 1.
    const after = await putRecord(a.db, a.ctx, 'feedback', feedbackDraft(a, '恢复后'));
    const first = await runSyncCycle(a.replica, a.transport);
    expect(first.push.rejected).toEqual([]);
    expect(first.pull.resets).toBe(1);
    // Its own four records, the one just pushed included: the store may lack any of them.
    expect(first.pull.requeued).toBe(4);
    await runSyncCycle(a.replica, a.transport);
    expect(await pendingCount(a.db)).toBe(0);
    expect(await storedFeedbackIds()).toEqual([kept.id, ...lost.map((r) => r.id), after.id].sort());

    // The rebase was once: a later gap stops the push as it always did.
    const device = await db
      .selectFrom('devices')
      .select(['rebase_pending', 'last_mutation_id'])
      .where('id', '=', a.enrolment.deviceId)
      .executeTakeFirstOrThrow();
    expect(device).toEqual({ rebase_pending: 0, last_mutation_id: 8 });

    await runSyncCycle(b.replica, b.transport);
    await runSyncCycle(b.replica, b.transport);
    expect(await snapshot(b.db)).toEqual(await snapshot(a.db));
  });
});
