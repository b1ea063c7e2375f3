// 005: one rating per ticket (第十七条 好差评). The ticket a rating names is
// kept in its own table with the ticket as the key, so the refusal of a second
// rating is the same index lookup on SQLite and PostgreSQL, with no JSON
// path into the records' bodies.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rating_tickets')
    .addColumn('ticket_id', 'text', (c) => c.primaryKey())
    .addColumn('rating_id', 'text', (c) => c.notNull())
    .execute();
}
