// Help requests (呼叫工作人员) in the terminal's store: the kiosk opens and
// withdraws its own, a window takes one; both read what sync has brought.
// Whether the server has the kiosk's request is read from the outbox: a
// mutation leaves it only when the server acknowledged it (outbox.ts), and a
// refusal is kept in `rejections` with the record's id.
import type { HelpRequest, HelpResponder, HelpScreen } from '../../domain/records/help';
import { recordTable, type TerminalDb } from './database';
import type { DeviceContext } from './device';
import { putRecord } from './repository';
import { RecordNotFoundError } from './errors';

export interface HelpOrigin {
  /** Made once per press (repository.newRecordId), so writing it again changes nothing. */
  readonly id: string;
  readonly marketId: string;
  readonly kioskLabel: string;
  readonly screen: HelpScreen;
}

/**
 * Write a new open request from this kiosk; it syncs (and pokes the market)
 * like any record. Idempotent by id, in one transaction with the write: React
 * may start the flow twice (StrictMode), and a second request must not appear.
 */
export function openHelpRequest(db: TerminalDb, ctx: DeviceContext, origin: HelpOrigin): Promise<HelpRequest> {
  return db.transaction('rw', ['helpRequests', 'outbox', 'meta'], async () => {
    const existing = await recordTable(db, 'helpRequests').get(origin.id);
    if (existing !== undefined) return existing;
    return putRecord(db, ctx, 'helpRequests', {
      id: origin.id,
      deleted: false,
      marketId: origin.marketId,
      kioskId: ctx.deviceId,
      kioskLabel: origin.kioskLabel,
      screen: origin.screen,
      requestedAt: new Date(ctx.now()).toISOString(),
      status: 'open',
      takenBy: null,
      takenAt: null,
    });
  });
}

async function current(db: TerminalDb, id: string): Promise<HelpRequest> {
  const r = await recordTable(db, 'helpRequests').get(id);
  if (r === undefined) throw new RecordNotFoundError('helpRequests', id);
  return r;
}

/** The seeker no longer needs help, or the kiosk could not send it: nobody should come. */
export async function withdrawHelpRequest(db: TerminalDb, ctx: DeviceContext, id: string): Promise<HelpRequest> {
  const r = await current(db, id);
  // Someone is already on the way: leave their answer standing, they will find the kiosk.
  if (r.status !== 'open') return r;
  const { hlc: _hlc, ...rest } = r;
  return putRecord(db, ctx, 'helpRequests', { ...rest, status: 'cancelled' });
}

/** "我去处理 / I'll go": mark the request taken by this window, for the other windows and the kiosk. */
export async function takeHelpRequest(
  db: TerminalDb,
  ctx: DeviceContext,
  id: string,
  responder: HelpResponder,
): Promise<HelpRequest> {
  const r = await current(db, id);
  const { hlc: _hlc, ...rest } = r;
  return putRecord(db, ctx, 'helpRequests', {
    ...rest,
    status: 'taken',
    takenBy: responder,
    takenAt: new Date(ctx.now()).toISOString(),
  });
}

/** A market's requests made since `sinceIso`, newest first. */
export async function helpRequestsSince(db: TerminalDb, marketId: string, sinceIso: string): Promise<HelpRequest[]> {
  const rows = await recordTable(db, 'helpRequests')
    .where('[marketId+requestedAt]')
    .between([marketId, sinceIso], [marketId, '\uffff'])
    .toArray();
  return rows.filter((r) => !r.deleted).sort((a, b) => (a.requestedAt < b.requestedAt ? 1 : -1));
}

export type Delivery = 'queued' | 'delivered' | 'refused';

/** Where the latest write of help request `id` stands with the server; `queued` until it is even stored here. */
export async function deliveryOf(db: TerminalDb, id: string): Promise<Delivery> {
  const [stored, queued, refused] = await Promise.all([
    recordTable(db, 'helpRequests').get(id),
    db.outbox.filter((m) => m.args.record.id === id).count(),
    db.rejections.filter((r) => r.recordId === id).count(),
  ]);
  if (refused > 0) return 'refused';
  return stored === undefined || queued > 0 ? 'queued' : 'delivered';
}
