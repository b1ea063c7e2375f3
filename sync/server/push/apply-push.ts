// Applying a push. One transaction per batch holds the device's row lock from
// the first read of last_mutation_id to the commit that advances it, so every
// mutation commits together with the id that says it was applied (DESIGN §3):
// a batch sent twice, or through two paths, finds its ids already passed and
// changes nothing.
//
// The batch is decided in memory first (the rows it touches are read with one
// query) and then written with one multi-row upsert: a push of 200 costs a
// handful of statements, not a thousand.
import type { Kysely } from 'kysely';
import type { HlcStamp } from '../../../domain/clock/hlc';
import type { Mutation } from '../../../domain/records/mutation';
import type { RecordTable } from '../../../domain/records/registry';
import { REJECTION_MESSAGES, STOP_MESSAGES, withDetail } from '../../protocol/errors';
import type { MutationOutcome, PushResponse } from '../../protocol/push';
import { releaseOnTransfer } from '../queue/claims';
import { runCached } from '../store/cached-statement';
import { lockDevice, type Device } from '../store/devices';
import { reserveVersions } from '../store/meta';
import { writeRecordRows } from '../store/records';
import type { Database } from '../store/schema';
import { RatedTickets } from './one-rating';
import {
  isTooFarAhead,
  judgeAgainstStored,
  judgeMutation,
  selfReviewedPublish,
  type Accepted,
  type ReviewScope,
  type StoredRow,
} from './judge';

export class DeviceGoneError extends Error {
  readonly code = 'device_revoked';
  constructor() {
    super('设备已停用或不存在 / the device is revoked or unknown');
  }
}

/**
 * A relayed push names a device that its hub may not push for: one the hub
 * did not register itself (enrolled at the central server, or by another
 * hub), one of another market, or a hub.
 */
export class RelayScopeError extends Error {
  readonly code = 'relay_scope';
  constructor() {
    super('中继站不能转发该设备的变更 / the hub may not relay this device');
  }
}

export interface ApplyPushOptions {
  /** On a hub: keep every mutation that advanced the device's id in relay_outbox, for the central server. */
  readonly relayOutbox?: boolean;
  /** On the central server: the hub relaying this push; the device must be a terminal this hub registered. */
  readonly viaHub?: Device;
}

export interface PushOutcome {
  readonly response: PushResponse;
  /** Markets whose rows changed (null: rows every market reads), for pokes. */
  readonly changedMarkets: ReadonlySet<string | null>;
  readonly rejected: number;
  /** After a restore: the mutation ids the store had lost, skipped once (see store/restore.ts). */
  readonly rebased: { readonly from: number; readonly to: number } | null;
}

const key = (table: string, id: string) => `${table}\u0000${id}`;

interface Rejection {
  readonly mutationId: number;
  readonly table: RecordTable;
  readonly recordId: string | null;
  readonly code: keyof typeof REJECTION_MESSAGES;
  readonly message: { zh: string; en: string };
}

async function readStored(trx: Kysely<Database>, accepted: readonly Accepted[]): Promise<Map<string, StoredRow>> {
  const stored = new Map<string, StoredRow>();
  if (accepted.length === 0) return stored;
  const idsByTable = new Map<RecordTable, string[]>();
  for (const a of accepted) {
    const ids = idsByTable.get(a.table);
    if (ids === undefined) idsByTable.set(a.table, [a.id]);
    else ids.push(a.id);
  }
  const groups = [...idsByTable];
  const shape = `records.stored/${groups.map(([, ids]) => ids.length).join(',')}`;
  const params = groups.flatMap(([table, ids]) => [table, ...ids]);
  const rows = await runCached(trx, shape, params, () =>
    trx
      .selectFrom('records')
      .select(['table_name', 'id', 'market_id', 'hlc'])
      .where((eb) => eb.or(groups.map(([table, ids]) => eb.and([eb('table_name', '=', table), eb('id', 'in', ids)])))),
  );
  for (const r of rows) stored.set(key(r.table_name, r.id), { marketId: r.market_id, hlc: r.hlc as HlcStamp });
  return stored;
}

/**
 * The market's four-eyes setting and how many active staff it has, read only
 * when a batch publishes a posting its collector reviewed (rare), so ordinary
 * pushes pay nothing for it.
 */
async function readReviewScope(trx: Kysely<Database>, marketId: string): Promise<ReviewScope> {
  const rows = await trx
    .selectFrom('records')
    .select(['table_name', 'body'])
    .where((eb) =>
      eb.or([
        eb.and([eb('table_name', '=', 'markets'), eb('id', '=', marketId)]),
        eb.and([eb('table_name', '=', 'staff'), eb('market_id', '=', marketId), eb('deleted', '=', 0)]),
      ]),
    )
    .execute();
  let fourEyes = true;
  let activeStaff = 0;
  for (const r of rows) {
    const body = JSON.parse(r.body) as Record<string, unknown>;
    if (r.table_name === 'markets') {
      const settings = body.window;
      if (typeof settings === 'object' && settings !== null && 'fourEyes' in settings) {
        fourEyes = settings.fourEyes !== false;
      }
    } else if (body.active === true) {
      activeStaff++;
    }
  }
  return { fourEyes, activeStaff };
}

export async function applyPush(
  db: Kysely<Database>,
  deviceId: string,
  mutations: readonly Mutation[],
  now: number,
  options: ApplyPushOptions = {},
): Promise<PushOutcome> {
  return db.transaction().execute(async (trx) => {
    const device = await lockDevice(trx, deviceId, now);
    const hub = options.viaHub;
    // Market and role alone are not enough: a terminal enrolled here directly
    // keeps its own gap-free ids, and a hub pushing ids 1..n in its name would
    // have its real mutations 1..n skipped as duplicates and lost.
    if (hub !== undefined && (device === undefined || device.hubId !== hub.id || device.marketId !== hub.marketId)) {
      throw new RelayScopeError();
    }
    if (device === undefined || device.revoked) throw new DeviceGoneError();

    // Pass 1: walk the batch in order; decide what needs no stored row.
    type Step =
      { mutation: Mutation; verdict: ReturnType<typeof judgeMutation> } | { mutation: Mutation; skipped: true };
    const steps: Step[] = [];
    let expected = device.lastMutationId + 1;
    let stop: PushResponse['stop'] = null;
    let rebased: { from: number; to: number } | null = null;
    for (const mutation of mutations) {
      if (mutation.mutationId < expected) {
        steps.push({ mutation, skipped: true });
        continue;
      }
      if (mutation.mutationId > expected && device.rebasePending && rebased === null && steps.length === 0) {
        // Restored from a backup: the ids in between were acknowledged by the
        // store as it was, and their records come back as the terminal queues
        // again what it wrote. Start past the gap, once, and say so.
        rebased = { from: expected, to: mutation.mutationId - 1 };
        expected = mutation.mutationId;
      }
      if (mutation.mutationId > expected) {
        stop = {
          reason: 'gap',
          mutationId: mutation.mutationId,
          message: withDetail(STOP_MESSAGES.gap, `#${expected}`),
        };
        break;
      }
      // A stamp from the future would drag every replica's clock with it;
      // stop here without advancing, so nothing is lost: the terminal
      // resends once its clock is right (or the server's catches up).
      if (isTooFarAhead(mutation.hlc, now)) {
        stop = { reason: 'clock_drift', mutationId: mutation.mutationId, message: STOP_MESSAGES.clock_drift };
        break;
      }
      steps.push({ mutation, verdict: judgeMutation(device, mutation) });
      expected++;
    }

    // Pass 2: the stored rows, then last writer wins in batch order.
    const accepted = steps.flatMap((s) => ('verdict' in s && s.verdict.kind === 'accepted' ? [s.verdict] : []));
    const stored = await readStored(trx, accepted);
    const scopes = new Map<string, ReviewScope>();
    for (const a of accepted) {
      if (a.table !== 'postings' || a.marketId === null || scopes.has(a.marketId)) continue;
      if (a.record.status === 'published' && a.record.collectedBy === a.record.reviewedBy) {
        scopes.set(a.marketId, await readReviewScope(trx, a.marketId));
      }
    }
    const rated = await RatedTickets.read(trx, accepted);
    const writes = new Map<string, Accepted>();
    const rejections: Rejection[] = [];
    const results: MutationOutcome[] = [];
    for (const step of steps) {
      const { mutationId } = step.mutation;
      if ('skipped' in step) {
        results.push({ status: 'skipped', mutationId });
        continue;
      }
      const first = step.verdict;
      const scope = first.kind === 'accepted' && first.marketId !== null ? scopes.get(first.marketId) : undefined;
      const selfReviewed =
        first.kind === 'accepted' && first.table === 'postings' && scope !== undefined
          ? selfReviewedPublish(first.record, scope)
          : null;
      const judged =
        selfReviewed ??
        (first.kind === 'accepted' ? judgeAgainstStored(first, stored.get(key(first.table, first.id))) : first);
      const verdict =
        selfReviewed === null && first.kind === 'accepted' && judged.kind === 'ok' && !rated.claim(first)
          ? { kind: 'rejected' as const, code: 'rating_taken' as const }
          : judged;
      if (verdict.kind === 'rejected') {
        const message = withDetail(REJECTION_MESSAGES[verdict.code], verdict.detail);
        const recordId = step.mutation.args.record.id;
        rejections.push({
          mutationId,
          table: step.mutation.args.table,
          recordId: typeof recordId === 'string' ? recordId.slice(0, 64) : null,
          code: verdict.code,
          message,
        });
        results.push({ status: 'rejected', mutationId, code: verdict.code, message });
        continue;
      }
      if (first.kind === 'accepted' && verdict.won) {
        const k = key(first.table, first.id);
        writes.set(k, first);
        stored.set(k, { marketId: first.marketId, hlc: first.hlc });
      }
      results.push({ status: 'applied', mutationId, won: verdict.won });
    }

    const changedMarkets = new Set<string | null>();
    const transfers: { marketId: string; ticketId: string; windowNumber: number | null }[] = [];
    if (writes.size > 0) {
      let version = await reserveVersions(trx, writes.size);
      const rows = [...writes.values()].map((w) => {
        changedMarkets.add(w.marketId);
        if (w.table === 'ticketEvents' && w.record.type === 'transferred' && w.marketId !== null) {
          const windowNumber = w.record.windowNumber;
          transfers.push({
            marketId: w.marketId,
            ticketId: String(w.record.ticketId),
            windowNumber: typeof windowNumber === 'number' ? windowNumber : null,
          });
        }
        return {
          table_name: w.table,
          id: w.id,
          market_id: w.marketId,
          hlc: w.hlc,
          deleted: w.deleted ? 1 : 0,
          body: JSON.stringify(w.record),
          version: version++,
        };
      });
      await writeRecordRows(trx, rows);
      await rated.write(trx, [...writes.values()]);
      if (transfers.length > 0) await releaseOnTransfer(trx, transfers);
    }
    if (options.relayOutbox === true) {
      // Every mutation that advanced the id, rejected ones too: the central
      // server needs the ids gap-free, and judges each one itself.
      const advanced = steps.flatMap((s) => ('verdict' in s ? [s.mutation] : []));
      if (advanced.length > 0) {
        await trx
          .insertInto('relay_outbox')
          .values(advanced.map((m) => ({ device_id: device.id, mutation_id: m.mutationId, body: JSON.stringify(m) })))
          .onConflict((oc) => oc.columns(['device_id', 'mutation_id']).doNothing())
          .execute();
      }
    }
    if (rejections.length > 0) {
      await trx
        .insertInto('rejections')
        .values(
          rejections.map((r) => ({
            device_id: device.id,
            mutation_id: r.mutationId,
            table_name: r.table,
            record_id: r.recordId,
            code: r.code,
            message_zh: r.message.zh,
            message_en: r.message.en,
            at: now,
          })),
        )
        .execute();
    }
    const lastMutationId = expected - 1;
    // The first push that brings anything new after a restore ends the rebase window.
    const rebaseDone = device.rebasePending && steps.some((s) => 'verdict' in s);
    if (lastMutationId !== device.lastMutationId || rebaseDone) {
      await trx
        .updateTable('devices')
        .set({ last_mutation_id: lastMutationId, ...(rebaseDone ? { rebase_pending: 0 } : {}) })
        .where('id', '=', device.id)
        .execute();
    }
    return { response: { lastMutationId, results, stop }, changedMarkets, rejected: rejections.length, rebased };
  });
}
