// The audit log: who did what, when, with the record before and after. Written
// in the same transaction as the change it describes, so the log never misses
// a change and never names one that was rolled back.
import type { Kysely } from 'kysely';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import type { AuditEntry } from '../../protocol/admin';
import type { Database } from '../store/schema';
import type { Account } from './accounts';

export interface AuditEvent {
  readonly action: string;
  /** What was acted on, e.g. `markets/<id>` or `accounts/<username>`. */
  readonly target: string;
  readonly marketId?: string | null;
  readonly district?: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Secrets never enter the log, whatever record they sit on. */
const SECRET_KEYS = new Set(['pinHash', 'password', 'passwordHash', 'password_hash', 'token']);

function redact(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (key, v: unknown) => (SECRET_KEYS.has(key) && v !== null ? '(redacted)' : v));
}

export async function writeAudit(
  db: Kysely<Database>,
  who: Pick<Account, 'id' | 'username'> | { readonly id: null; readonly username: string },
  event: AuditEvent,
  now: number,
): Promise<void> {
  await db
    .insertInto('admin_audit')
    .values({
      id: uuidv7(now),
      at: now,
      account_id: who.id,
      username: who.username,
      action: event.action,
      target: event.target,
      market_id: event.marketId ?? null,
      district: event.district ?? null,
      before_json: redact(event.before),
      after_json: redact(event.after),
    })
    .execute();
}

export async function readAudit(
  db: Kysely<Database>,
  filter: { readonly district?: string; readonly marketId?: string; readonly limit: number },
): Promise<AuditEntry[]> {
  let q = db.selectFrom('admin_audit').selectAll();
  if (filter.marketId !== undefined) q = q.where('market_id', '=', filter.marketId);
  else if (filter.district !== undefined) q = q.where('district', '=', filter.district);
  const rows = await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    username: r.username,
    action: r.action,
    target: r.target,
    marketId: r.market_id,
    district: r.district,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
  }));
}
