// Markets and 驿站 (第四条(三), 第十二条(二)) and their staff. A city officer
// creates markets anywhere, a district officer in its district; a market
// manager edits its own market's facts but cannot move it to another district.
// Every change is a synced record (terminals see it after their next pull)
// with its audit row in the same transaction.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { localDay } from '../../../../domain/clock/local-day';
import { uuidv7, uuidV7Schema } from '../../../../domain/ids/uuidv7';
import type { Market, Staff } from '../../../../domain/records/market';
import { parseRecord, RecordValidationError } from '../../../../domain/records/registry';
import { hashPin } from '../../../../domain/staff/pin';
import {
  ADMIN_API,
  marketInputSchema,
  marketListSchema,
  pinResetBodySchema,
  staffInputSchema,
  staffListSchema,
  type StaffView,
} from '../../../protocol/admin';
import { writeAudit } from '../audit';
import type { AdminContext } from '../context';
import { AdminError } from '../errors';
import { guarded, type Signed } from '../guard';
import { findMarket, marketsInScope } from '../markets-store';
import { readRecord, readTable, stampAfter, writeRecords } from '../records-write';
import { reachesDistrict, reachesMarket } from '../scope';

const idParams = z.object({ id: uuidV7Schema });

function checked<T extends 'markets' | 'staff'>(table: T, value: unknown) {
  try {
    return parseRecord(table, value);
  } catch (e) {
    if (e instanceof RecordValidationError) throw new AdminError(400, 'invalid_record', undefined, [...e.issues]);
    throw e;
  }
}

/** The market, if the account reaches it; 404 and 403 otherwise. */
export async function marketFor(ctx: AdminContext, who: Signed, id: string): Promise<Market> {
  const market = await findMarket(ctx.db, id);
  if (market === undefined) throw new AdminError(404, 'not_found');
  if (!reachesMarket(who.account.scope, market)) throw new AdminError(403, 'forbidden');
  return market;
}

function staffView(s: Staff): StaffView {
  const { pinHash, ...rest } = s;
  return { ...rest, pinSet: pinHash !== null };
}

/** `YYYY-MM` of the market's local calendar. */
function monthOf(millis: number): string {
  return localDay(millis).slice(0, 7);
}

export function marketRoutes(app: FastifyInstance, ctx: AdminContext): void {
  guarded(
    app,
    ctx,
    { method: 'GET', url: `${ADMIN_API}/markets`, roles: ['city', 'district', 'market'] },
    async ({ who }) => {
      const markets = await marketsInScope(ctx.db, who.account.scope);
      const fairs = await readTable(
        ctx.db,
        'recruitmentEvents',
        markets.map((m) => m.id),
      );
      const month = monthOf(ctx.now());
      const withFair = new Set(fairs.filter((f) => monthOf(Date.parse(f.startsAt)) === month).map((f) => f.marketId));
      return marketListSchema.parse({
        markets: markets.map((market) => ({ market, jobFairThisMonth: withFair.has(market.id) })),
      });
    },
  );

  guarded(
    app,
    ctx,
    { method: 'POST', url: `${ADMIN_API}/markets`, roles: ['city', 'district'], body: marketInputSchema },
    async ({ who, body }) => {
      if (!reachesDistrict(who.account.scope, body.district)) throw new AdminError(403, 'forbidden');
      const now = ctx.now();
      const market = checked('markets', {
        ...body,
        id: uuidv7(now),
        hlc: stampAfter(null, now),
        deleted: false,
        timeZone: 'Asia/Shanghai',
      });
      const markets = await ctx.db.transaction().execute(async (trx) => {
        const poked = await writeRecords(trx, 'markets', [market]);
        await writeAudit(
          trx,
          who.account,
          {
            action: 'market_create',
            target: `markets/${market.id}`,
            marketId: market.id,
            district: market.district,
            after: market,
          },
          now,
        );
        return poked;
      });
      ctx.poke(markets);
      return market;
    },
  );

  guarded(
    app,
    ctx,
    {
      method: 'PUT',
      url: `${ADMIN_API}/markets/:id`,
      roles: ['city', 'district', 'market'],
      params: idParams,
      body: marketInputSchema,
    },
    async ({ who, params, body }) => {
      const before = await marketFor(ctx, who, params.id);
      if (body.district !== before.district && !reachesDistrict(who.account.scope, body.district))
        throw new AdminError(403, 'forbidden');
      const now = ctx.now();
      const after = checked('markets', {
        ...before,
        ...body,
        hlc: stampAfter(before.hlc, now),
      });
      const markets = await ctx.db.transaction().execute(async (trx) => {
        const poked = await writeRecords(trx, 'markets', [after]);
        await writeAudit(
          trx,
          who.account,
          {
            action: 'market_update',
            target: `markets/${after.id}`,
            marketId: after.id,
            district: after.district,
            before,
            after,
          },
          now,
        );
        return poked;
      });
      ctx.poke(markets);
      return after;
    },
  );

  guarded(
    app,
    ctx,
    { method: 'GET', url: `${ADMIN_API}/markets/:id/staff`, roles: ['city', 'district', 'market'], params: idParams },
    async ({ who, params }) => {
      const market = await marketFor(ctx, who, params.id);
      const staff = await readTable(ctx.db, 'staff', [market.id]);
      return staffListSchema.parse({ staff: staff.map(staffView) });
    },
  );

  guarded(
    app,
    ctx,
    {
      method: 'POST',
      url: `${ADMIN_API}/markets/:id/staff`,
      roles: ['city', 'district', 'market'],
      params: idParams,
      body: staffInputSchema,
    },
    async ({ who, params, body }) => {
      const market = await marketFor(ctx, who, params.id);
      const existing = await readTable(ctx.db, 'staff', [market.id]);
      if (existing.some((s) => s.staffNo === body.staffNo)) throw new AdminError(409, 'conflict', body.staffNo);
      const now = ctx.now();
      const staff = checked('staff', {
        ...body,
        id: uuidv7(now),
        hlc: stampAfter(null, now),
        deleted: false,
        marketId: market.id,
        pinHash: null,
        active: true,
      });
      await saveStaff(ctx, who, 'staff_add', undefined, staff, market, now);
      return staffView(staff);
    },
  );

  guarded(
    app,
    ctx,
    {
      method: 'POST',
      url: `${ADMIN_API}/staff/:id/deactivate`,
      roles: ['city', 'district', 'market'],
      params: idParams,
    },
    async ({ who, params }) => {
      const { staff, market } = await staffFor(ctx, who, params.id);
      const now = ctx.now();
      // The PIN goes too: a deactivated person cannot sign in at a window even on an offline caller.
      const after = checked('staff', { ...staff, active: false, pinHash: null, hlc: stampAfter(staff.hlc, now) });
      await saveStaff(ctx, who, 'staff_deactivate', staff, after, market, now);
      return staffView(after);
    },
  );

  guarded(
    app,
    ctx,
    {
      method: 'POST',
      url: `${ADMIN_API}/staff/:id/pin`,
      roles: ['city', 'district', 'market'],
      params: idParams,
      body: pinResetBodySchema,
    },
    async ({ who, params, body }) => {
      const { staff, market } = await staffFor(ctx, who, params.id);
      if (!staff.active)
        throw new AdminError(400, 'malformed_request', '该工作人员已停用 / this staff member is deactivated');
      const now = ctx.now();
      const after = checked('staff', { ...staff, pinHash: await hashPin(body.pin), hlc: stampAfter(staff.hlc, now) });
      await saveStaff(ctx, who, 'staff_pin_reset', staff, after, market, now);
      return staffView(after);
    },
  );
}

async function staffFor(ctx: AdminContext, who: Signed, id: string): Promise<{ staff: Staff; market: Market }> {
  const staff = await readRecord(ctx.db, 'staff', id);
  if (staff === undefined || staff.deleted) throw new AdminError(404, 'not_found');
  return { staff, market: await marketFor(ctx, who, staff.marketId) };
}

async function saveStaff(
  ctx: AdminContext,
  who: Signed,
  action: string,
  before: Staff | undefined,
  after: Staff,
  market: Market,
  now: number,
): Promise<void> {
  const markets = await ctx.db.transaction().execute(async (trx) => {
    const poked = await writeRecords(trx, 'staff', [after]);
    await writeAudit(
      trx,
      who.account,
      {
        action,
        target: `staff/${after.id}`,
        marketId: market.id,
        district: market.district,
        ...(before === undefined ? {} : { before }),
        after,
      },
      now,
    );
    return poked;
  });
  ctx.poke(markets);
}
