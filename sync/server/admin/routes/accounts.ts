// Console accounts: a city account manages every account, a district account
// those of its district; a market manager manages none.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { uuidV7Schema } from '../../../../domain/ids/uuidv7';
import {
  ADMIN_API,
  accountViewSchema,
  auditListSchema,
  createAccountBodySchema,
  type AdminScope,
} from '../../../protocol/admin';
import { createAccount, DuplicateUsernameError, findAccount, listAccounts, viewOf } from '../accounts';
import { readAudit, writeAudit } from '../audit';
import type { AdminContext } from '../context';
import { AdminError } from '../errors';
import { guarded } from '../guard';
import { findMarket } from '../markets-store';
import { mayCreate, reachesDistrict } from '../scope';
import { closeSessionsOf } from '../sessions';

const idParams = z.object({ id: uuidV7Schema });

function districtOfScope(scope: AdminScope): string | null {
  return scope.role === 'city' ? null : scope.district;
}

export function accountRoutes(app: FastifyInstance, ctx: AdminContext): void {
  guarded(app, ctx, { method: 'GET', url: `${ADMIN_API}/accounts`, roles: ['city', 'district'] }, async ({ who }) => {
    const scope = who.account.scope;
    const all = await listAccounts(ctx.db);
    const visible = all.filter((a) => {
      const d = districtOfScope(a.scope);
      return scope.role === 'city' || (d !== null && reachesDistrict(scope, d));
    });
    return { accounts: visible.map((a) => accountViewSchema.parse(viewOf(a))) };
  });

  guarded(
    app,
    ctx,
    { method: 'POST', url: `${ADMIN_API}/accounts`, roles: ['city', 'district'], body: createAccountBodySchema },
    async ({ who, body }) => {
      if (!mayCreate(who.account.scope, body.scope)) throw new AdminError(403, 'forbidden');
      if (body.scope.role === 'market') {
        const market = await findMarket(ctx.db, body.scope.marketId);
        if (market === undefined) throw new AdminError(404, 'not_found', body.scope.marketId);
        if (market.district !== body.scope.district)
          throw new AdminError(400, 'malformed_request', '市场不在该区县 / the market is not in that district');
      }
      const now = ctx.now();
      try {
        const created = await ctx.db.transaction().execute(async (trx) => {
          const account = await createAccount(trx, body, now, ctx.cost);
          await writeAudit(
            trx,
            who.account,
            {
              action: 'account_create',
              target: `accounts/${account.username}`,
              district: districtOfScope(account.scope),
              marketId: account.scope.role === 'market' ? account.scope.marketId : null,
              after: viewOf(account),
            },
            now,
          );
          return account;
        });
        return viewOf(created);
      } catch (e) {
        if (e instanceof DuplicateUsernameError) throw new AdminError(409, 'conflict', body.username);
        throw e;
      }
    },
  );

  guarded(
    app,
    ctx,
    {
      method: 'POST',
      url: `${ADMIN_API}/accounts/:id/deactivate`,
      roles: ['city', 'district'],
      params: idParams,
    },
    async ({ who, params }) => {
      const target = await findAccount(ctx.db, params.id);
      if (target === undefined) throw new AdminError(404, 'not_found');
      if (!mayCreate(who.account.scope, target.scope)) throw new AdminError(403, 'forbidden');
      if (target.id === who.account.id)
        throw new AdminError(400, 'malformed_request', '不能停用自己的账号 / you cannot deactivate your own account');
      const now = ctx.now();
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('admin_accounts')
          .set({ active: 0, updated_at: now })
          .where('id', '=', target.id)
          .execute();
        await closeSessionsOf(trx, target.id);
        await writeAudit(
          trx,
          who.account,
          {
            action: 'account_deactivate',
            target: `accounts/${target.username}`,
            district: districtOfScope(target.scope),
            before: viewOf(target),
            after: { ...viewOf(target), active: false },
          },
          now,
        );
      });
      return { ok: true };
    },
  );

  guarded(
    app,
    ctx,
    {
      method: 'GET',
      url: `${ADMIN_API}/audit`,
      roles: ['city', 'district', 'market'],
      query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
    },
    async ({ who, query }) => {
      const s = who.account.scope;
      const entries = await readAudit(ctx.db, {
        limit: query.limit,
        ...(s.role === 'district' ? { district: s.district } : {}),
        ...(s.role === 'market' ? { marketId: s.marketId } : {}),
      });
      return auditListSchema.parse({ entries });
    },
  );
}
