// 002: queue arbitration (number-block leases, call claims) and relay (hub)
// mode. Append-only like 001.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One counter row per (market, day, lane): a lease raises it inside its
  // transaction, so two leases can never get overlapping numbers. On a hub
  // `limit_number` is the end of the block it holds from the central server.
  await db.schema
    .createTable('queue_counters')
    .addColumn('market_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('lane', 'text', (c) => c.notNull())
    .addColumn('next_number', 'integer', (c) => c.notNull())
    .addColumn('limit_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('queue_counters_pk', ['market_id', 'day', 'lane'])
    .execute();
  // Every block handed out, for the operator and as a second guard: the key
  // refuses the same first number twice.
  await db.schema
    .createTable('queue_leases')
    .addColumn('market_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('lane', 'text', (c) => c.notNull())
    .addColumn('from_number', 'integer', (c) => c.notNull())
    .addColumn('to_number', 'integer', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('leased_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('queue_leases_pk', ['market_id', 'day', 'lane', 'from_number'])
    .execute();
  // One claim per ticket: the window that called it, and whether a transfer
  // has released it for the next round.
  await db.schema
    .createTable('queue_claims')
    .addColumn('market_id', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('window_number', 'integer', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'bigint', (c) => c.notNull())
    .addColumn('released', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('queue_claims_pk', ['market_id', 'ticket_id'])
    .execute();

  // A terminal registered by a hub (relay) names it; band_index is the
  // terminal's fallback number band, unique within its market.
  await db.schema.alterTable('devices').addColumn('hub_id', 'text').execute();
  await db.schema.alterTable('devices').addColumn('band_index', 'integer').execute();
  await db.schema
    .createIndex('devices_market_band')
    .on('devices')
    .columns(['market_id', 'band_index'])
    .unique()
    .execute();

  // Hub side: every mutation its terminals pushed, kept until the central
  // server has acknowledged it, in the same transaction as its local apply.
  await db.schema
    .createTable('relay_outbox')
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('mutation_id', 'bigint', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('relay_outbox_pk', ['device_id', 'mutation_id'])
    .execute();
  // Hub side: what the central server last saw of each terminal (role, token
  // hash, revocation), so a change is registered upstream again.
  await db.schema
    .createTable('relay_devices')
    .addColumn('device_id', 'text', (c) => c.primaryKey())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .execute();
  // Hub side: its own enrolment at the central server and its pull cursor.
  await db.schema
    .createTable('relay_state')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'relay_state',
    'relay_devices',
    'relay_outbox',
    'queue_claims',
    'queue_leases',
    'queue_counters',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex('devices_market_band').execute();
  await db.schema.alterTable('devices').dropColumn('band_index').execute();
  await db.schema.alterTable('devices').dropColumn('hub_id').execute();
}
