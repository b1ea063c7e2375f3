// Admin accounts in the store: create, find, and the sign-in check with its
// lockout. A failed sign-in is counted on the account; after
// LOCKOUT_THRESHOLD failures in a row the account refuses every password
// until LOCKOUT_MS has passed, so guessing is slow even across addresses.
import type { Kysely } from 'kysely';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { adminScopeSchema, type AccountView, type AdminScope } from '../../protocol/admin';
import type { Database } from '../store/schema';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword, type ScryptCost } from './password';

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export interface Account extends AccountView {
  readonly passwordHash: string;
  readonly failedSignins: number;
}

type Row = Database['admin_accounts'];

function scopeOf(row: Row): AdminScope {
  return adminScopeSchema.parse(
    row.role === 'city'
      ? { role: 'city' }
      : row.role === 'district'
        ? { role: 'district', district: row.district }
        : { role: 'market', district: row.district, marketId: row.market_id },
  );
}

function toAccount(row: Row): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    scope: scopeOf(row),
    active: row.active !== 0,
    lockedUntil: row.locked_until,
    passwordHash: row.password_hash,
    failedSignins: row.failed_signins,
  };
}

export function viewOf(account: Account): AccountView {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    scope: account.scope,
    active: account.active,
    lockedUntil: account.lockedUntil,
  };
}

export class DuplicateUsernameError extends Error {
  readonly code = 'duplicate_username';
}

export interface NewAccount {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  readonly scope: AdminScope;
}

export async function createAccount(
  db: Kysely<Database>,
  input: NewAccount,
  now: number,
  cost?: ScryptCost,
): Promise<Account> {
  const scope = adminScopeSchema.parse(input.scope);
  const existing = await db
    .selectFrom('admin_accounts')
    .select('id')
    .where('username', '=', input.username)
    .executeTakeFirst();
  if (existing !== undefined) throw new DuplicateUsernameError(`用户名已存在 / username taken: ${input.username}`);
  const row: Row = {
    id: uuidv7(now),
    username: input.username,
    display_name: input.displayName,
    password_hash: await hashPassword(input.password, cost),
    role: scope.role,
    district: scope.role === 'city' ? null : scope.district,
    market_id: scope.role === 'market' ? scope.marketId : null,
    active: 1,
    failed_signins: 0,
    locked_until: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('admin_accounts').values(row).execute();
  return toAccount(row);
}

export async function findAccount(db: Kysely<Database>, id: string): Promise<Account | undefined> {
  const row = await db.selectFrom('admin_accounts').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toAccount(row);
}

export async function listAccounts(db: Kysely<Database>): Promise<Account[]> {
  const rows = await db.selectFrom('admin_accounts').selectAll().orderBy('username').execute();
  return rows.map(toAccount);
}

export async function countAccounts(db: Kysely<Database>): Promise<number> {
  const rows = await db.selectFrom('admin_accounts').select('id').limit(1).execute();
  return rows.length;
}

export type SignInResult =
  | { readonly kind: 'ok'; readonly account: Account }
  | { readonly kind: 'bad_credentials' }
  | { readonly kind: 'locked_out'; readonly until: number };

export async function checkSignIn(
  db: Kysely<Database>,
  username: string,
  password: string,
  now: number,
): Promise<SignInResult> {
  const row = await db.selectFrom('admin_accounts').selectAll().where('username', '=', username).executeTakeFirst();
  if (row === undefined || row.active === 0) {
    // Spend the same time as a real check, so a guesser cannot tell names that exist.
    await verifyPassword(password, await DUMMY_HASH_PROMISE);
    return { kind: 'bad_credentials' };
  }
  if (row.locked_until !== null && row.locked_until > now) return { kind: 'locked_out', until: row.locked_until };
  if (await verifyPassword(password, row.password_hash)) {
    await db
      .updateTable('admin_accounts')
      .set({ failed_signins: 0, locked_until: null })
      .where('id', '=', row.id)
      .execute();
    return { kind: 'ok', account: toAccount({ ...row, failed_signins: 0, locked_until: null }) };
  }
  // Counted in SQL, so two wrong guesses at once both count.
  const updated = await db
    .updateTable('admin_accounts')
    .set((eb) => ({ failed_signins: eb('failed_signins', '+', 1) }))
    .where('id', '=', row.id)
    .returning('failed_signins')
    .executeTakeFirstOrThrow();
  if (updated.failed_signins >= LOCKOUT_THRESHOLD) {
    const until = now + LOCKOUT_MS;
    await db
      .updateTable('admin_accounts')
      .set({ locked_until: until, failed_signins: 0 })
      .where('id', '=', row.id)
      .execute();
    return { kind: 'locked_out', until };
  }
  return { kind: 'bad_credentials' };
}
