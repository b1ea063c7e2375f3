// The hub's own small state in its store: its enrolment at the central server
// (device id, token, market) and its pull cursor there.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { uuidV7Schema } from '../../../domain/ids/uuidv7';
import type { Database } from '../store/schema';

export const hubIdentitySchema = z.object({
  upstreamUrl: z.url(),
  deviceId: uuidV7Schema,
  token: z.string().min(32),
  marketId: uuidV7Schema,
});
export type HubIdentity = z.infer<typeof hubIdentitySchema>;

export const upstreamCursorSchema = z.object({ cursor: z.string().nullable(), epoch: z.string().nullable() });
export type UpstreamCursor = z.infer<typeof upstreamCursorSchema>;

const IDENTITY = 'identity';
const CURSOR = 'cursor';

async function read<T>(db: Kysely<Database>, key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const row = await db.selectFrom('relay_state').select('value').where('key', '=', key).executeTakeFirst();
  return row === undefined ? undefined : schema.parse(JSON.parse(row.value));
}

async function write(db: Kysely<Database>, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  await db
    .insertInto('relay_state')
    .values({ key, value: text })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: text }))
    .execute();
}

export const readIdentity = (db: Kysely<Database>) => read(db, IDENTITY, hubIdentitySchema);
export const writeIdentity = (db: Kysely<Database>, identity: HubIdentity) => write(db, IDENTITY, identity);
export const readCursor = async (db: Kysely<Database>): Promise<UpstreamCursor> =>
  (await read(db, CURSOR, upstreamCursorSchema)) ?? { cursor: null, epoch: null };
export const writeCursor = (db: Kysely<Database>, cursor: UpstreamCursor) => write(db, CURSOR, cursor);
