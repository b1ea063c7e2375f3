// Issuing a queue ticket at this terminal (DESIGN §4): the number comes from
// the terminal's leased block for the lane (refilled from the authority at 20
// left), else from its fallback band; the ticket is written locally with
// issueTicket, so it is issued whether or not the server is reachable. The
// kiosk's ticket machine calls this as its `issue` port.
import { localDay } from '../../domain/clock/local-day';
import { windowsFromTerminals } from '../../domain/queue/config';
import { estimateWait, type WaitEstimate } from '../../domain/queue/estimate';
import { marketCallingRule } from '../../domain/queue/market-queue';
import { predictWait, type WaitPrediction } from '../../domain/queue/wait-prediction';
import { nextNumber } from '../../domain/queue/numbering';
import { deriveQueue, stampMillis } from '../../domain/queue/ticket-state';
import { ticketPageUrl } from '../../domain/printing/ticket-layout';
import type { Market } from '../../domain/records/market';
import type { Priority } from '../../domain/records/queue';
import type { LeaseKeeper, RefillResult } from '../../sync/client/queue-lease';
import type { SyncError } from '../../sync/client/errors';
import { recordTable, type TerminalDb } from '../db/database';
import type { DeviceContext } from '../db/device';
import { heldLeases } from '../db/leases';
import { ticketEventsOfDay, ticketsOfDay } from '../db/queries';
import type { QueueService } from '../../domain/queue/config';
import { issueTicket, newRecordId, putRecord } from '../db/repository';

/** A service as the kiosk offers it: one of the market's queue services. */
export type KioskService = QueueService;

/** 我要报名: the posting a 即时快招 ticket carries, as the slip and the window show it. */
export interface KioskJob {
  readonly postingId: string;
  readonly title: string;
  readonly employerName: string;
}

/** What the seeker asked for: a service and priority, and for 即时快招 the job. */
export interface IssueRequest {
  readonly service: KioskService;
  readonly priority: Priority;
  readonly job?: KioskJob;
}

/** What the ticket screen and the slip show; nothing personal. */
export interface IssuedTicket {
  readonly ticketId: string;
  readonly marketId: string;
  readonly display: string;
  readonly lane: string;
  readonly service: KioskService;
  readonly priority: Priority;
  readonly peopleAhead: number;
  readonly wait: WaitEstimate;
  readonly issuedAtMillis: number;
  /** Where the number came from: a leased block, or the terminal's own band (cut off from the server). */
  readonly source: 'lease' | 'band';
  /** The phone page, `<server>/t/<ticket id>`. */
  readonly ticketUrl: string;
  /** The job applied for (即时快招), else null. */
  readonly job: KioskJob | null;
  /** The Application record written with the ticket, else null. */
  readonly applicationId: string | null;
}

/** The terminal's disk is nearly full (DESIGN §6): it stops issuing before a ticket could be half-written. */
export class IssuingPausedError extends Error {
  readonly code = 'issuing_paused';
  constructor() {
    super('磁盘空间不足，本机已暂停取号 / the disk is almost full: this terminal has stopped issuing numbers');
  }
}

export interface IssueDeps {
  readonly db: TerminalDb;
  readonly ctx: DeviceContext;
  readonly market: Market;
  readonly keeper: LeaseKeeper;
  /** The server the phone page is on. */
  readonly serverUrl: string;
  /** A lease that could not be had: not fatal (the band takes over), but the operator should hear of it. */
  readonly onLeaseProblem?: (error: SyncError | Error) => void;
}

function reportRefill(deps: IssueDeps, result: RefillResult): void {
  if (result.kind === 'failed') deps.onLeaseProblem?.(result.error);
}

/**
 * People ahead and the wait, from today's queue as this replica knows it, by
 * the market's calling rule: the order the windows' "call next" will follow.
 */
export async function queuePosition(
  db: TerminalDb,
  market: Pick<Market, 'id' | 'queue'>,
  day: string,
  ticketId: string,
  now: number,
): Promise<WaitPrediction> {
  const [tickets, events, terminals] = await Promise.all([
    ticketsOfDay(db, market.id, day),
    ticketEventsOfDay(db, market.id, day),
    recordTable(db, 'terminals')
      .filter((t) => t.marketId === market.id)
      .toArray(),
  ]);
  const prediction = predictWait({
    states: deriveQueue(tickets, events),
    ticketId,
    rule: marketCallingRule(market),
    now,
    windows: windowsFromTerminals(terminals),
  });
  // Not in the replica's queue (it was just written, so this is a store fault): say nothing untrue.
  return prediction ?? { peopleAhead: 0, wait: estimateWait({ peopleAhead: 0, durationsMs: [], windowsServing: 0 }) };
}

/** Issue one ticket for `service`; throws NumbersExhaustedError when neither lease nor band has a number. */
export async function issueKioskTicket(deps: IssueDeps, request: IssueRequest): Promise<IssuedTicket> {
  const { db, ctx, market, keeper } = deps;
  const { service, priority, job } = request;
  const day = localDay(ctx.now(), market.timeZone);
  const lane = service.lane;
  // With nothing leased, try the authority first: a leased number is better than spending the band.
  if ((await keeper.remaining(day, lane)) === 0) reportRefill(deps, await keeper.refill(day, lane));
  const [held, used] = await Promise.all([
    heldLeases(db, day, lane),
    ticketsOfDay(db, market.id, day, lane).then((ts) => new Set(ts.map((t) => t.number))),
  ]);
  const next = nextNumber({ lane, leases: held.blocks, used, slot: held.bandIndex });
  // The application is written before the ticket, so a ticket never names an application that is not stored.
  const application =
    job === undefined
      ? null
      : await putRecord(db, ctx, 'applications', {
          id: newRecordId(ctx),
          deleted: false,
          marketId: market.id,
          postingId: job.postingId,
          seekerId: null,
          ticketId: null,
          status: 'requested',
          requestedAt: new Date(ctx.now()).toISOString(),
          confirmedBy: null,
          confirmedAt: null,
        });
  const ticket = await issueTicket(db, ctx, {
    marketId: market.id,
    day,
    lane,
    serviceCode: service.code,
    number: next.number,
    display: next.display,
    priority,
    issuedBy: ctx.deviceId,
    context: { postingId: job?.postingId ?? null, applicationId: application?.id ?? null },
  });
  if (application !== null) await putRecord(db, ctx, 'applications', { ...application, ticketId: ticket.id });
  // Top up in the background at 20 left; the seeker does not wait for it.
  keeper.refill(day, lane).then(
    (result) => {
      reportRefill(deps, result);
    },
    (error: unknown) => {
      deps.onLeaseProblem?.(error instanceof Error ? error : new Error(String(error)));
    },
  );
  const position = await queuePosition(db, market, day, ticket.id, ctx.now());
  return {
    ticketId: ticket.id,
    marketId: market.id,
    display: ticket.display,
    lane,
    service,
    priority,
    peopleAhead: position.peopleAhead,
    wait: position.wait,
    issuedAtMillis: stampMillis(ticket.issuedAt),
    source: next.source,
    ticketUrl: ticketPageUrl(deps.serverUrl, ticket.id),
    job: job ?? null,
    applicationId: application?.id ?? null,
  };
}
