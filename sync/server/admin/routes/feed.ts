// The feed's page in the console: what is waiting, delivered and dead per
// adapter, the dead letters, and "retry" (one, or all in reach). City and
// district officers only: a market manager does not run the platform link.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { ADMIN_API, feedStatusSchema, retryDeadLetterBodySchema, type FeedStatus } from '../../../protocol/admin';
import { deadLetters, retryDeadLetter, type DeadLetter } from '../../feed/queue';
import { writeAudit } from '../audit';
import type { AdminContext } from '../context';
import { AdminError } from '../errors';
import { guarded, type Signed } from '../guard';
import { findMarket, marketsInScope } from '../markets-store';

const OFFICERS = ['city', 'district'] as const;

async function reachable(ctx: AdminContext, who: Signed): Promise<(marketId: string | null) => boolean> {
  if (who.account.scope.role === 'city') return () => true;
  const ids = new Set((await marketsInScope(ctx.db, who.account.scope)).map((m) => m.id));
  return (marketId) => marketId !== null && ids.has(marketId);
}

async function lettersInReach(ctx: AdminContext, who: Signed): Promise<DeadLetter[]> {
  const reaches = await reachable(ctx, who);
  return (await deadLetters(ctx.db)).filter((d) => reaches(d.marketId));
}

export function feedRoutes(app: FastifyInstance, ctx: AdminContext): void {
  guarded(app, ctx, { method: 'GET', url: `${ADMIN_API}/feed`, roles: OFFICERS }, async ({ who }) => {
    const reaches = await reachable(ctx, who);
    const rows = await ctx.db
      .selectFrom('feed_deliveries')
      .innerJoin('feed_items', 'feed_items.key', 'feed_deliveries.item_key')
      .select([
        'feed_deliveries.adapter',
        'feed_deliveries.status',
        'feed_items.market_id',
        sql<number | string>`count(*)`.as('n'),
      ])
      .groupBy(['feed_deliveries.adapter', 'feed_deliveries.status', 'feed_items.market_id'])
      .execute();
    const totals = new Map<string, FeedStatus['counts'][number]>();
    for (const r of rows) {
      if (!reaches(r.market_id)) continue;
      const parsed = feedStatusSchema.shape.counts.element
        .pick({ adapter: true, status: true })
        .safeParse({ adapter: r.adapter, status: r.status });
      if (!parsed.success) continue;
      const k = `${parsed.data.adapter}/${parsed.data.status}`;
      const before = totals.get(k)?.count ?? 0;
      totals.set(k, { ...parsed.data, count: before + Number(r.n) });
    }
    return feedStatusSchema.parse({
      counts: [...totals.values()].sort((a, b) => `${a.adapter}${a.status}`.localeCompare(`${b.adapter}${b.status}`)),
      deadLetters: await lettersInReach(ctx, who),
    });
  });

  guarded(
    app,
    ctx,
    { method: 'POST', url: `${ADMIN_API}/feed/retry`, roles: OFFICERS, body: retryDeadLetterBodySchema },
    async ({ who, body }) => {
      const letter = (await lettersInReach(ctx, who)).find((d) => d.key === body.key && d.adapter === body.adapter);
      if (letter === undefined) throw new AdminError(404, 'not_found');
      const now = ctx.now();
      const market = letter.marketId === null ? undefined : await findMarket(ctx.db, letter.marketId);
      await ctx.db.transaction().execute(async (trx) => {
        await retryDeadLetter(trx, letter.key, letter.adapter, now);
        await writeAudit(
          trx,
          who.account,
          {
            action: 'feed_retry',
            target: `feed/${letter.adapter}/${letter.key}`,
            marketId: letter.marketId,
            district: market?.district ?? null,
            before: { status: 'dead', attempts: letter.attempts, lastError: letter.lastError },
            after: { status: 'pending', attempts: 0 },
          },
          now,
        );
      });
      return { retried: 1 };
    },
  );

  guarded(app, ctx, { method: 'POST', url: `${ADMIN_API}/feed/retry-all`, roles: OFFICERS }, async ({ who }) => {
    const letters = await lettersInReach(ctx, who);
    const now = ctx.now();
    await ctx.db.transaction().execute(async (trx) => {
      for (const letter of letters) await retryDeadLetter(trx, letter.key, letter.adapter, now);
      if (letters.length > 0)
        await writeAudit(
          trx,
          who.account,
          {
            action: 'feed_retry_all',
            target: 'feed',
            district: who.account.scope.role === 'city' ? null : who.account.scope.district,
            after: { retried: letters.length, keys: letters.map((l) => l.key) },
          },
          now,
        );
    });
    return { retried: letters.length };
  });
}
