// Queue arbitration: POST /v1/queue/lease (a block of ticket numbers) and
// POST /v1/queue/claim (one window calls a ticket). The server answering is
// the market authority: the hub when the market has one, else the central
// server. A hub's own lease counter is refilled with blocks it leases from the
// central server, so numbers stay unique across both.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { addDays, localDay } from '../../../domain/clock/local-day';
import { CLAIM_PATH, LEASE_PATH } from '../../protocol/paths';
import {
  claimRequestSchema,
  fallbackBand,
  leaseRequestSchema,
  type ClaimRequest,
  type ClaimResponse,
  type LeaseResponse,
  type NumberRange,
} from '../../protocol/queue';
import { HUB_ROLE, type DeviceRole } from '../../protocol/roles';
import type { ServerContext } from '../http/context';
import { ProtocolError } from '../http/protocol-error';
import { ensureBand } from '../queue/bands';
import { claimTicket } from '../queue/claims';
import { refillCounter, takeNumbers, type LaneDay } from '../queue/leases';

const LEASING_ROLES: ReadonlySet<DeviceRole> = new Set<DeviceRole>(['kiosk', 'caller', HUB_ROLE]);
/** A hub takes this many numbers at a time from the central server, so it can serve its LAN for a while alone. */
export const HUB_BLOCK_SIZE = 500;
/** Refills a hub tries before giving up (another request may use a block it fetched). */
const HUB_REFILLS = 3;

function checkDay(day: string, now: number): void {
  const today = localDay(now);
  if (day !== today && day !== addDays(today, 1) && day !== addDays(today, -1)) {
    throw new ProtocolError(400, 'day_out_of_range', `${day} (${today})`);
  }
}

export function queueRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: z.output<typeof leaseRequestSchema> }>(
    LEASE_PATH,
    { schema: { body: leaseRequestSchema }, onRequest: ctx.auth.onRequest },
    async (request): Promise<LeaseResponse> => {
      const device = ctx.auth.deviceOf(request);
      if (!LEASING_ROLES.has(device.role)) throw new ProtocolError(403, 'forbidden', device.role);
      const { day, lane, size } = request.body;
      const now = ctx.now();
      checkDay(day, now);
      const key: LaneDay = { marketId: device.marketId, day, lane };
      const range =
        ctx.relay === undefined
          ? await leaseHere(ctx, key, size, device.id, now)
          : await leaseOnHub(ctx, key, size, device.id, now);
      // A hub's band is kept at the hub; the central server never hands one to a hub.
      const bandIndex = device.role === HUB_ROLE ? null : await ensureBand(ctx.store.db, device);
      return {
        day,
        lane,
        from: range.from,
        to: range.to,
        band: bandIndex === null ? null : fallbackBand(bandIndex),
        bandIndex,
      };
    },
  );

  app.post<{ Body: ClaimRequest }>(
    CLAIM_PATH,
    { schema: { body: claimRequestSchema }, onRequest: ctx.auth.onRequest },
    async (request): Promise<ClaimResponse> => {
      const device = ctx.auth.deviceOf(request);
      if (device.role !== 'caller') throw new ProtocolError(403, 'forbidden', device.role);
      const { ticketId, windowNumber } = request.body;
      return claimTicket(ctx.store.db, {
        marketId: device.marketId,
        ticketId,
        windowNumber,
        deviceId: device.id,
        now: ctx.now(),
      });
    },
  );
}

async function leaseHere(
  ctx: ServerContext,
  key: LaneDay,
  size: number,
  deviceId: string,
  now: number,
): Promise<NumberRange> {
  const taken = await takeNumbers(ctx.store.db, key, size, deviceId, now);
  if (taken.kind === 'empty') throw new ProtocolError(409, 'lease_exhausted', `${key.day} ${key.lane}`);
  return taken.range;
}

async function leaseOnHub(
  ctx: ServerContext,
  key: LaneDay,
  size: number,
  deviceId: string,
  now: number,
): Promise<NumberRange> {
  const relay = ctx.relay;
  if (relay === undefined) throw new Error('leaseOnHub without relay mode');
  for (let i = 0; i <= HUB_REFILLS; i++) {
    const taken = await takeNumbers(ctx.store.db, key, size, deviceId, now, 0);
    if (taken.kind === 'leased') return taken.range;
    if (i === HUB_REFILLS) break;
    let block: NumberRange;
    try {
      block = await relay.leaseUpstream(key.day, key.lane, Math.max(size, HUB_BLOCK_SIZE));
    } catch (err) {
      if (err instanceof ProtocolError) throw err;
      throw new ProtocolError(
        503,
        'authority_unreachable',
        err instanceof Error ? err.message.slice(0, 120) : undefined,
      );
    }
    await refillCounter(ctx.store.db, key, block);
  }
  throw new ProtocolError(503, 'authority_unreachable', 'refill raced');
}
