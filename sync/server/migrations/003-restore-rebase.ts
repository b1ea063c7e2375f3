// 003: after a store is restored from a backup, each device's
// last_mutation_id is older than what the device has already had
// acknowledged, and its next push would stop at a gap for ever. The operator's
// `restored` command sets rebase_pending on every device: that device's next
// push may start past the gap once (the lost range is logged, and the
// terminal queues again what it wrote, see docs/sync.md). Append-only like 001.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('devices')
    .addColumn('rebase_pending', 'integer', (c) => c.notNull().defaultTo(sql`0`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('devices').dropColumn('rebase_pending').execute();
}
