// Deciding one mutation, without I/O: the checks that need only the mutation
// and the device (version, shape, role, market), then the ones that need the
// stored row (market conflict, append-only tables, last writer wins).
import { MAX_DRIFT_MS, parseStamp } from '../../../domain/clock/hlc';
import type { Mutation } from '../../../domain/records/mutation';
import { RecordValidationError, parseRecord, type RecordTable } from '../../../domain/records/registry';
import { supersedes } from '../../../domain/records/reconcile';
import type { HlcStamp } from '../../../domain/clock/hlc';
import type { RejectionCode } from '../../protocol/errors';
import { checkWrite } from '../../protocol/permissions';
import { isTerminalRole } from '../../protocol/roles';
import { checkVersion, MIN_SCHEMA_VERSION, SCHEMA_VERSION } from '../../protocol/version';
import type { Device } from '../store/devices';

/** Tickets are issued once and their life is a list of events (DESIGN §4); a posting's history is a record of what happened. */
const APPEND_ONLY: ReadonlySet<RecordTable> = new Set(['tickets', 'ticketEvents', 'postingHistory']);

export interface Rejected {
  readonly kind: 'rejected';
  readonly code: RejectionCode;
  readonly detail?: string;
}

export interface Accepted {
  readonly kind: 'accepted';
  readonly table: RecordTable;
  readonly id: string;
  readonly hlc: HlcStamp;
  readonly deleted: boolean;
  /** Market column of the stored row: null for rows every market reads. */
  readonly marketId: string | null;
  readonly record: Readonly<Record<string, unknown>>;
}

/**
 * True when the stamp is more than MAX_DRIFT_MS ahead of `now`: the domain's
 * drift rule (domain/clock/hlc `receive`), applied without merging the stamp
 * into a clock, so a valid stamp with a full counter cannot overflow one.
 */
export function isTooFarAhead(stamp: HlcStamp, now: number): boolean {
  return parseStamp(stamp).millis - now > MAX_DRIFT_MS;
}

/** The market a record belongs to for write scope: a market record is its own market. */
function scopeMarketOf(table: RecordTable, record: Readonly<Record<string, unknown>>): unknown {
  return table === 'markets' ? record.id : record.marketId;
}

/**
 * The market column it is stored under. Markets are the public directory
 * (第十二条 信息公开) and content with marketId null is city-wide: both are
 * stored without a market so every terminal pulls them.
 */
export function storedMarketOf(table: RecordTable, record: Readonly<Record<string, unknown>>): string | null {
  if (table === 'markets') return null;
  const m = record.marketId;
  return typeof m === 'string' ? m : null;
}

const nonEmptyString = (v: unknown): boolean => typeof v === 'string' && v !== '';

/**
 * 信息审核 on the server (defence in depth behind the window's review): a
 * posting arrives published only with a reviewer and a publisher. Checked
 * before the schema, so the refusal says what it is rather than "invalid".
 */
export function unreviewedPublish(table: RecordTable, record: Readonly<Record<string, unknown>>): Rejected | null {
  if (table !== 'postings' || record.status !== 'published' || record.deleted === true) return null;
  if (nonEmptyString(record.reviewedBy) && nonEmptyString(record.publishedBy)) return null;
  return { kind: 'rejected', code: 'unreviewed_publish', detail: 'reviewedBy/publishedBy' };
}

/** What the four-eyes check needs to know about a market. */
export interface ReviewScope {
  readonly fourEyes: boolean;
  readonly activeStaff: number;
}

/** Four-eyes: where it binds, a published posting's reviewer is not its collector. */
export function selfReviewedPublish(record: Readonly<Record<string, unknown>>, scope: ReviewScope): Rejected | null {
  if (record.status !== 'published' || record.deleted === true) return null;
  if (!scope.fourEyes || scope.activeStaff < 2) return null;
  if (record.collectedBy === null || record.collectedBy !== record.reviewedBy) return null;
  return { kind: 'rejected', code: 'unreviewed_publish', detail: 'reviewer = collector' };
}

export function judgeMutation(device: Device, mutation: Mutation): Rejected | Accepted {
  if (checkVersion(mutation.schemaVersion, SCHEMA_VERSION, MIN_SCHEMA_VERSION) !== 'ok') {
    return { kind: 'rejected', code: 'unsupported_schema_version', detail: String(mutation.schemaVersion) };
  }
  const { table } = mutation.args;
  const unreviewed = unreviewedPublish(table, mutation.args.record);
  if (unreviewed !== null) return unreviewed;
  let record: Readonly<Record<string, unknown>>;
  try {
    record = parseRecord(table, mutation.args.record);
  } catch (err) {
    if (err instanceof RecordValidationError) {
      return {
        kind: 'rejected',
        code: 'invalid_record',
        detail: err.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; '),
      };
    }
    throw err;
  }
  const id = record.id as string;
  const hlc = record.hlc as HlcStamp;
  if (hlc !== mutation.hlc) return { kind: 'rejected', code: 'hlc_mismatch' };
  // A hub relays its terminals' mutations under their ids; it writes nothing itself.
  const verdict = isTerminalRole(device.role) ? checkWrite(device.role, table, record) : 'role_forbidden';
  if (verdict !== 'ok') return { kind: 'rejected', code: verdict, detail: `${device.role} → ${table}` };
  if (scopeMarketOf(table, record) !== device.marketId) return { kind: 'rejected', code: 'market_scope' };
  return {
    kind: 'accepted',
    table,
    id,
    hlc,
    deleted: record.deleted === true,
    marketId: storedMarketOf(table, record),
    record,
  };
}

export interface StoredRow {
  readonly marketId: string | null;
  readonly hlc: HlcStamp;
}

/** The checks against what is stored; `won` is false when a newer version is already there. */
export function judgeAgainstStored(
  accepted: Accepted,
  stored: StoredRow | undefined,
): Rejected | { kind: 'ok'; won: boolean } {
  if (stored === undefined) return { kind: 'ok', won: true };
  if (accepted.table !== 'markets' && stored.marketId !== accepted.marketId) {
    return { kind: 'rejected', code: 'market_conflict' };
  }
  if (APPEND_ONLY.has(accepted.table) && stored.hlc !== accepted.hlc) {
    return { kind: 'rejected', code: 'immutable_record' };
  }
  return { kind: 'ok', won: supersedes({ id: accepted.id, hlc: stored.hlc }, { id: accepted.id, hlc: accepted.hlc }) };
}
