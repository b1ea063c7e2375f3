// Devices: enrolment codes (text and QR), the fleet list, and revocation. A
// revoked device's token is refused on its next request (DeviceAuth reads the
// row every time) and its poke sockets are closed at once here, in this
// process; other processes' sweeps close theirs within DEFAULT_SWEEP_MS.
import type { FastifyInstance } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import { uuidV7Schema } from '../../../../domain/ids/uuidv7';
import { ADMIN_API, enrolmentCodeBodySchema, fleetSchema, type EnrolmentCodeView } from '../../../protocol/admin';
import { createEnrolmentCode } from '../../store/devices';
import { writeAudit } from '../audit';
import type { AdminContext } from '../context';
import { AdminError } from '../errors';
import { guarded } from '../guard';
import { marketsInScope } from '../markets-store';
import { readFleet } from '../fleet';
import { marketFor } from './markets';

const idParams = z.object({ id: uuidV7Schema });
const ALL = ['city', 'district', 'market'] as const;

export function deviceRoutes(app: FastifyInstance, ctx: AdminContext): void {
  guarded(
    app,
    ctx,
    {
      method: 'POST',
      url: `${ADMIN_API}/markets/:id/enrolment-codes`,
      roles: ALL,
      params: idParams,
      body: enrolmentCodeBodySchema,
    },
    async ({ who, params, body }): Promise<EnrolmentCodeView> => {
      const market = await marketFor(ctx, who, params.id);
      const now = ctx.now();
      const made = await createEnrolmentCode(ctx.store, {
        marketId: market.id,
        role: body.role,
        ttl: body.ttlHours * 3_600_000,
        now,
      });
      await writeAudit(
        ctx.db,
        who.account,
        {
          action: 'enrolment_code_create',
          target: `markets/${market.id}`,
          marketId: market.id,
          district: market.district,
          // The code itself is a secret until used: only its role and expiry are logged.
          after: { role: body.role, expiresAt: made.expiresAt },
        },
        now,
      );
      const qrSvg = await QRCode.toString(made.code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return { code: made.code, marketId: market.id, role: body.role, expiresAt: made.expiresAt, qrSvg };
    },
  );

  guarded(app, ctx, { method: 'GET', url: `${ADMIN_API}/fleet`, roles: ALL }, async ({ who }) => {
    const markets = await marketsInScope(ctx.db, who.account.scope);
    return fleetSchema.parse({ devices: await readFleet(ctx.db, markets, ctx.now()) });
  });

  guarded(
    app,
    ctx,
    { method: 'POST', url: `${ADMIN_API}/devices/:id/revoke`, roles: ALL, params: idParams },
    async ({ who, params }) => {
      const device = await ctx.db
        .selectFrom('devices')
        .select(['id', 'market_id', 'label', 'role', 'revoked'])
        .where('id', '=', params.id)
        .executeTakeFirst();
      if (device === undefined) throw new AdminError(404, 'not_found');
      const market = await marketFor(ctx, who, device.market_id);
      const now = ctx.now();
      await ctx.db.transaction().execute(async (trx) => {
        await trx.updateTable('devices').set({ revoked: 1 }).where('id', '=', device.id).execute();
        await writeAudit(
          trx,
          who.account,
          {
            action: 'device_revoke',
            target: `devices/${device.id}`,
            marketId: market.id,
            district: market.district,
            before: { label: device.label, role: device.role, revoked: device.revoked !== 0 },
            after: { label: device.label, role: device.role, revoked: true },
          },
          now,
        );
      });
      ctx.dropDevice(device.id);
      return { ok: true };
    },
  );
}
