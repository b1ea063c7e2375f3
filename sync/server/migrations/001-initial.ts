// 001: the first shape of the store. Append-only: a later change is a new
// file, never an edit here, because stores in the field have already run it.
//
// One `records` table holds every record type (table_name, id) rather than a
// table per type: a pull is then one index range scan in version order across
// all types, the push writes one multi-row upsert, and a new record type needs
// no migration. Bodies are JSON text, validated by domain/records on the way in.
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('store_meta')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('epoch', 'text', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('min_cursor', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('records')
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('market_id', 'text')
    .addColumn('hlc', 'text', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('records_pk', ['table_name', 'id'])
    .execute();
  // Pulls scan one market (and the global rows) in version order.
  await db.schema.createIndex('records_market_version').on('records').columns(['market_id', 'version']).execute();
  await db.schema.createIndex('records_version').on('records').column('version').execute();

  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('market_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('revoked', 'integer', (c) => c.notNull())
    .addColumn('last_mutation_id', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint')
    .execute();

  await db.schema
    .createTable('enrolment_codes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('market_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .addColumn('device_id', 'text')
    .execute();

  await db.schema
    .createTable('rejections')
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('mutation_id', 'bigint', (c) => c.notNull())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message_zh', 'text', (c) => c.notNull())
    .addColumn('message_en', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('rejections_pk', ['device_id', 'mutation_id'])
    .execute();

  // The epoch is born with the store: a recreated store gets a new one, and
  // every terminal's cursor from the old store is answered with a reset.
  const epoch = randomBytes(12).toString('base64url');
  await sql`insert into store_meta (id, epoch, version, min_cursor, created_at)
            values (1, ${epoch}, 0, 0, ${Date.now()})`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['rejections', 'enrolment_codes', 'devices', 'records', 'store_meta']) {
    await db.schema.dropTable(table).execute();
  }
}
