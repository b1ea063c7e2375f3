// Console sessions: a random token in an HttpOnly cookie, only its hash in
// the store. A session ends after IDLE_MS without a request or ABSOLUTE_MS
// after sign-in, whichever comes first.
import type { Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import { hashSecret } from '../secrets';
import type { Database } from '../store/schema';

export const IDLE_MS = 2 * 60 * 60 * 1000;
export const ABSOLUTE_MS = 12 * 60 * 60 * 1000;
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

export async function openSession(db: Kysely<Database>, accountId: string, now: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('admin_sessions')
    .values({
      token_hash: hashSecret(token),
      account_id: accountId,
      created_at: now,
      last_seen_at: now,
      expires_at: now + ABSOLUTE_MS,
    })
    .execute();
  return token;
}

/** The account id of a live session (and it is touched), or undefined. */
export async function readSession(
  db: Kysely<Database>,
  token: string | undefined,
  now: number,
): Promise<{ accountId: string; tokenHash: string } | undefined> {
  if (token === undefined || !TOKEN_RE.test(token)) return undefined;
  const tokenHash = hashSecret(token);
  const row = await db
    .selectFrom('admin_sessions')
    .select(['account_id', 'last_seen_at', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  if (row.expires_at <= now || row.last_seen_at + IDLE_MS <= now) {
    await db.deleteFrom('admin_sessions').where('token_hash', '=', tokenHash).execute();
    return undefined;
  }
  await db.updateTable('admin_sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
  return { accountId: row.account_id, tokenHash };
}

export async function closeSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('admin_sessions').where('token_hash', '=', tokenHash).execute();
}

/** Every session of an account ends, e.g. when it is deactivated. */
export async function closeSessionsOf(db: Kysely<Database>, accountId: string): Promise<void> {
  await db.deleteFrom('admin_sessions').where('account_id', '=', accountId).execute();
}
