// 004: the central console (issue 13): admin accounts, their sessions and the
// audit log; the terminals' last heartbeat; the outbound 渝职聘 feed queue with
// one delivery row per adapter. Append-only like 001.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('admin_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('district', 'text')
    .addColumn('market_id', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(sql`1`))
    .addColumn('failed_signins', 'integer', (c) => c.notNull().defaultTo(sql`0`))
    .addColumn('locked_until', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  // Only the hash of a session token is kept: a copy of the store signs nobody in.
  await db.schema
    .createTable('admin_sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('admin_sessions_account').on('admin_sessions').column('account_id').execute();
  await db.schema
    .createTable('admin_audit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('account_id', 'text')
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('market_id', 'text')
    .addColumn('district', 'text')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema.createIndex('admin_audit_at').on('admin_audit').column('at').execute();

  // One row per device, replaced by each heartbeat; the previous outbox depth
  // tells a terminal still serving offline (outbox growing) from an idle one.
  await db.schema
    .createTable('device_heartbeats')
    .addColumn('device_id', 'text', (c) => c.primaryKey())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('online_since', 'bigint', (c) => c.notNull())
    .addColumn('app_version', 'text', (c) => c.notNull())
    .addColumn('last_sync_at', 'bigint')
    .addColumn('outbox_depth', 'integer', (c) => c.notNull())
    .addColumn('previous_outbox_depth', 'integer', (c) => c.notNull())
    .addColumn('unread_refusals', 'integer', (c) => c.notNull())
    .addColumn('printer_state', 'text', (c) => c.notNull())
    .addColumn('free_disk_bytes', 'bigint')
    .execute();

  await db.schema
    .createTable('feed_items')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('market_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('feed_deliveries')
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('adapter', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', 'bigint')
    .addPrimaryKeyConstraint('feed_deliveries_pk', ['item_key', 'adapter'])
    .execute();
  await db.schema
    .createIndex('feed_deliveries_due')
    .on('feed_deliveries')
    .columns(['adapter', 'status', 'next_attempt_at'])
    .execute();
  // The feed's high-water mark per source table: records above it are queued next.
  await db.schema
    .createTable('feed_cursor')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'feed_cursor',
    'feed_deliveries',
    'feed_items',
    'device_heartbeats',
    'admin_audit',
    'admin_sessions',
    'admin_accounts',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
