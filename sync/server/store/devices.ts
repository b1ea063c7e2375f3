// Devices and their enrolment: codes are one-time, expiring and hashed at
// rest; redeeming one and creating the device happen in one transaction, so a
// code cannot be used twice even by two requests at once.
import { sql, type Kysely } from 'kysely';
import { deviceRoleSchema, type DeviceRole } from '../../protocol/roles';
import { uuidv7, uuidV7Schema } from '../../../domain/ids/uuidv7';
import { formatEnrolmentCode, hashSecret, newDeviceToken, newEnrolmentCode } from '../secrets';
import type { Store } from './open';
import type { Database } from './schema';

export interface Device {
  readonly id: string;
  readonly marketId: string;
  readonly role: DeviceRole;
  readonly revoked: boolean;
  readonly lastMutationId: number;
  /** Set on a terminal a hub registered here (relay mode). */
  readonly hubId: string | null;
  readonly bandIndex: number | null;
  /** The store was restored since this device last pushed: its next push may start past a gap. */
  readonly rebasePending: boolean;
}

export interface EnrolmentCodeOptions {
  readonly marketId: string;
  readonly role: DeviceRole;
  /** Lifetime in milliseconds; a day unless told otherwise. */
  readonly ttl?: number;
  readonly now?: number;
}

export const DEFAULT_ENROLMENT_TTL_MS = 24 * 60 * 60 * 1000;

/** Makes a one-time code for `npm run cli -- enrol-code`; only its hash is stored. */
export async function createEnrolmentCode(
  store: Store,
  options: EnrolmentCodeOptions,
): Promise<{ code: string; expiresAt: number }> {
  const marketId = uuidV7Schema.parse(options.marketId);
  const role = deviceRoleSchema.parse(options.role);
  const ttl = options.ttl ?? DEFAULT_ENROLMENT_TTL_MS;
  if (!Number.isSafeInteger(ttl) || ttl <= 0) throw new RangeError(`有效期无效 / invalid ttl: ${ttl}`);
  const now = options.now ?? Date.now();
  const code = newEnrolmentCode();
  const expiresAt = now + ttl;
  await store.db
    .insertInto('enrolment_codes')
    .values({
      code_hash: hashSecret(code),
      market_id: marketId,
      role,
      expires_at: expiresAt,
      created_at: now,
      used_at: null,
      device_id: null,
    })
    .execute();
  return { code: formatEnrolmentCode(code), expiresAt };
}

export interface Enrolled {
  readonly deviceId: string;
  readonly token: string;
  readonly marketId: string;
  readonly role: DeviceRole;
}

/** Trades a normalised code for a new device; undefined when the code is unknown, used or expired. */
export async function redeemEnrolmentCode(
  db: Kysely<Database>,
  code: string,
  label: string,
  now: number,
): Promise<Enrolled | undefined> {
  return db.transaction().execute(async (trx) => {
    const deviceId = uuidv7(now);
    // The conditional UPDATE is the claim: only one transaction can flip
    // used_at from null, whatever the isolation level.
    const claimed = await trx
      .updateTable('enrolment_codes')
      .set({ used_at: now, device_id: deviceId })
      .where('code_hash', '=', hashSecret(code))
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning(['market_id', 'role'])
      .executeTakeFirst();
    if (claimed === undefined) return undefined;
    const role = deviceRoleSchema.parse(claimed.role);
    const token = newDeviceToken();
    await trx
      .insertInto('devices')
      .values({
        id: deviceId,
        market_id: claimed.market_id,
        role,
        label,
        token_hash: hashSecret(token),
        revoked: 0,
        last_mutation_id: 0,
        created_at: now,
        last_seen_at: null,
        hub_id: null,
        band_index: null,
      })
      .execute();
    return { deviceId, token, marketId: claimed.market_id, role };
  });
}

function toDevice(row: {
  id: string;
  market_id: string;
  role: string;
  revoked: number;
  last_mutation_id: number;
  hub_id: string | null;
  band_index: number | null;
  rebase_pending: number;
}): Device {
  return {
    id: row.id,
    marketId: row.market_id,
    role: deviceRoleSchema.parse(row.role),
    revoked: row.revoked !== 0,
    lastMutationId: row.last_mutation_id,
    hubId: row.hub_id,
    bandIndex: row.band_index,
    rebasePending: row.rebase_pending !== 0,
  };
}

/** The columns `toDevice` reads. */
export const DEVICE_COLUMNS = [
  'id',
  'market_id',
  'role',
  'revoked',
  'last_mutation_id',
  'hub_id',
  'band_index',
  'rebase_pending',
] as const;

/** The device a bearer token belongs to, revoked or not (the caller decides what a revoked one gets). */
export async function findDeviceByToken(db: Kysely<Database>, token: string): Promise<Device | undefined> {
  // Run on every request: one plain statement, the same on both dialects.
  const { rows } = await sql<Parameters<typeof toDevice>[0]>`
    select id, market_id, role, revoked, last_mutation_id, hub_id, band_index, rebase_pending
    from devices where token_hash = ${hashSecret(token)}`.execute(db);
  const row = rows[0];
  return row === undefined ? undefined : toDevice(row);
}

/**
 * Lock the device row for the rest of the transaction and read it. The
 * UPDATE (not a SELECT … FOR UPDATE, which SQLite lacks) takes the row lock on
 * PostgreSQL, so two pushes of one device cannot both apply the same id.
 */
export async function lockDevice(trx: Kysely<Database>, deviceId: string, now: number): Promise<Device | undefined> {
  const row = await trx
    .updateTable('devices')
    .set({ last_seen_at: now })
    .where('id', '=', deviceId)
    .returning(DEVICE_COLUMNS)
    .executeTakeFirst();
  return row === undefined ? undefined : toDevice(row);
}

export async function revokeDevice(store: Store, deviceId: string): Promise<boolean> {
  const result = await store.db
    .updateTable('devices')
    .set({ revoked: 1 })
    .where('id', '=', deviceId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
