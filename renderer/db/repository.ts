// Local writes. Each function is one Dexie transaction that stamps the record
// with the device's next HLC, validates it, stores it and queues its outbox
// entry under the next gap-free mutation id. If any step fails the transaction
// aborts: no record, no outbox row, and the clock and counter stay where they were.
import { tick, type HlcStamp } from '../../domain/clock/hlc';
import { uuidv7, uuidV7Schema } from '../../domain/ids/uuidv7';
import { SCHEMA_VERSION, type Mutation } from '../../domain/records/mutation';
import type { Posting } from '../../domain/records/posting';
import type { Ticket, TicketEvent } from '../../domain/records/queue';
import { parseRecord, RecordValidationError, type RecordOf, type RecordTable } from '../../domain/records/registry';
import { recordTable, type TerminalDb } from './database';
import { claimDeviceState, saveDeviceState, type DeviceContext } from './device';
import { ImmutableRecordError, RecordNotFoundError } from './errors';

/** A record as a caller hands it in: the repository stamps the HLC. */
export type RecordDraft<T extends RecordTable> = Omit<RecordOf<T>, 'hlc'>;

/** Tickets are issued once and their life is a list of events (DESIGN §4). */
const APPEND_ONLY: ReadonlySet<RecordTable> = new Set(['tickets', 'ticketEvents', 'postingHistory']);

export function newRecordId(ctx: DeviceContext): string {
  return uuidv7(ctx.now(), ctx.random);
}

interface CommitPlan<T extends RecordTable> {
  readonly table: T;
  readonly id: unknown;
  /** Further tables `build` reads. */
  readonly reads?: readonly RecordTable[];
  /** The record to store (or a promise of it), given the new stamp and the stored version if any. */
  readonly build: (stamp: HlcStamp, current: RecordOf<T> | undefined) => unknown;
}

async function commit<T extends RecordTable>(
  db: TerminalDb,
  ctx: DeviceContext,
  plan: CommitPlan<T>,
): Promise<RecordOf<T>> {
  const { table } = plan;
  const scope = [...new Set<string>([table, ...(plan.reads ?? []), 'outbox', 'meta'])];
  return db.transaction('rw', scope, async () => {
    const device = await claimDeviceState(db, ctx);
    const records = recordTable(db, table);
    // A malformed id is reported by parseRecord below, with every other problem.
    const current = uuidV7Schema.safeParse(plan.id).success ? await records.get(plan.id as string) : undefined;
    if (current !== undefined && APPEND_ONLY.has(table)) throw new ImmutableRecordError(table, current.id);
    const { state: hlc, stamp } = tick(device.hlc, ctx.now());
    const record = parseRecord(table, await plan.build(stamp, current));
    await records.put(record);
    const mutation: Mutation = {
      deviceId: ctx.deviceId,
      mutationId: device.nextMutationId,
      name: 'put',
      args: { table, record },
      hlc: stamp,
      schemaVersion: SCHEMA_VERSION,
    };
    // `add`, not `put`: an existing row under this id means the counter went
    // wrong, and overwriting it would lose a change that was never pushed.
    await db.outbox.add(mutation);
    await saveDeviceState(db, { hlc, nextMutationId: device.nextMutationId + 1 });
    return record;
  });
}

/** Create or replace a record (whole-record write; last writer wins by HLC). */
export function putRecord<T extends RecordTable>(
  db: TerminalDb,
  ctx: DeviceContext,
  table: T,
  draft: RecordDraft<T>,
): Promise<RecordOf<T>> {
  return commit(db, ctx, { table, id: draft.id, build: (stamp) => ({ ...draft, hlc: stamp }) });
}

/** Delete by tombstone, so the deletion syncs like any other change. */
export function deleteRecord<T extends RecordTable>(
  db: TerminalDb,
  ctx: DeviceContext,
  table: T,
  id: string,
): Promise<RecordOf<T>> {
  return commit(db, ctx, {
    table,
    id,
    build: (stamp, current) => {
      if (current === undefined) throw new RecordNotFoundError(table, id);
      return { ...current, deleted: true, hlc: stamp };
    },
  });
}

export type PostingDraft = Omit<Posting, 'id' | 'hlc' | 'deleted'> & { readonly id?: string };

/** Save a posting: a new one when `id` is absent, else a new version of it. */
export function savePosting(db: TerminalDb, ctx: DeviceContext, draft: PostingDraft): Promise<Posting> {
  const id = draft.id ?? newRecordId(ctx);
  return commit(db, ctx, { table: 'postings', id, build: (stamp) => ({ ...draft, id, deleted: false, hlc: stamp }) });
}

export type TicketDraft = Omit<Ticket, 'id' | 'hlc' | 'deleted' | 'issuedAt'>;

/** Issue a ticket; its issue time is the HLC of this write, which orders ties in the queue. */
export function issueTicket(db: TerminalDb, ctx: DeviceContext, draft: TicketDraft): Promise<Ticket> {
  const id = newRecordId(ctx);
  return commit(db, ctx, {
    table: 'tickets',
    id,
    build: (stamp) => ({ ...draft, id, deleted: false, issuedAt: stamp, hlc: stamp }),
  });
}

export type TicketEventDraft = Omit<TicketEvent, 'id' | 'hlc' | 'deleted' | 'at'>;

/** Append an event to a ticket held locally; the event's time is the HLC of this write. */
export function appendTicketEvent(db: TerminalDb, ctx: DeviceContext, draft: TicketEventDraft): Promise<TicketEvent> {
  const id = newRecordId(ctx);
  return commit(db, ctx, {
    table: 'ticketEvents',
    id,
    reads: ['tickets'],
    build: async (stamp) => {
      const ticket = await recordTable(db, 'tickets').get(draft.ticketId);
      if (ticket === undefined || ticket.deleted) throw new RecordNotFoundError('tickets', draft.ticketId);
      if (ticket.marketId !== draft.marketId) {
        throw new RecordValidationError('ticketEvents', [
          { path: 'marketId', message: '与票所属市场不符 / does not match the market of the ticket' },
        ]);
      }
      return { ...draft, id, deleted: false, at: stamp, hlc: stamp };
    },
  });
}
