// Content (policies, trainings, notices, start-up services) and job fairs
// (专场招聘), published to one market, a district or the city (第七条(三),
// 第八–十条). City-wide content is one record every terminal pulls; a
// district's is one record per market in it; job fairs are always per market,
// so each market's display and the monthly 专场招聘 count see their own.
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from '../../../../domain/ids/uuidv7';
import type { Market } from '../../../../domain/records/market';
import { parseRecord, RecordValidationError, type RecordOf } from '../../../../domain/records/registry';
import {
  ADMIN_API,
  contentInputSchema,
  jobFairInputSchema,
  publishedSchema,
  type PublishTarget,
} from '../../../protocol/admin';
import { writeAudit } from '../audit';
import type { AdminContext } from '../context';
import { AdminError } from '../errors';
import { guarded, type Signed } from '../guard';
import { marketsInScope } from '../markets-store';
import { readTable, stampAfter, writeRecords } from '../records-write';
import { reachesDistrict } from '../scope';
import { marketFor } from './markets';

const ALL = ['city', 'district', 'market'] as const;

/** The markets a target covers, if the account may publish there. */
async function targetMarkets(ctx: AdminContext, who: Signed, target: PublishTarget): Promise<Market[]> {
  const scope = who.account.scope;
  switch (target.scope) {
    case 'city':
      if (scope.role !== 'city') throw new AdminError(403, 'forbidden');
      return marketsInScope(ctx.db, scope);
    case 'district': {
      if (!reachesDistrict(scope, target.district)) throw new AdminError(403, 'forbidden');
      return (await marketsInScope(ctx.db, scope)).filter((m) => m.district === target.district);
    }
    case 'market':
      return [await marketFor(ctx, who, target.marketId)];
  }
}

/** The district an audit row is filed under, so that district's officers see it. */
function districtOf(target: PublishTarget, markets: readonly Market[]): string | null {
  if (target.scope === 'district') return target.district;
  if (target.scope === 'market') return markets[0]?.district ?? null;
  return null;
}

function checked<T extends 'contentItems' | 'recruitmentEvents'>(table: T, value: unknown): RecordOf<T> {
  try {
    return parseRecord(table, value);
  } catch (e) {
    if (e instanceof RecordValidationError) throw new AdminError(400, 'invalid_record', undefined, [...e.issues]);
    throw e;
  }
}

async function publish<T extends 'contentItems' | 'recruitmentEvents'>(
  ctx: AdminContext,
  who: Signed,
  table: T,
  target: PublishTarget,
  records: RecordOf<T>[],
  district: string | null,
  now: number,
): Promise<{ ids: string[]; markets: number }> {
  const poked = await ctx.db.transaction().execute(async (trx) => {
    const markets = await writeRecords(trx, table, records);
    await writeAudit(
      trx,
      who.account,
      {
        action: table === 'contentItems' ? 'content_publish' : 'job_fair_publish',
        target: `${table}/${records.map((r) => r.id).join(',')}`,
        marketId: target.scope === 'market' ? target.marketId : null,
        district,
        after: records,
      },
      now,
    );
    return markets;
  });
  ctx.poke(poked);
  return { ids: records.map((r) => r.id), markets: poked.size };
}

export function contentRoutes(app: FastifyInstance, ctx: AdminContext): void {
  guarded(
    app,
    ctx,
    { method: 'POST', url: `${ADMIN_API}/content`, roles: ALL, body: contentInputSchema },
    async ({ who, body }) => {
      const { target, ...fields } = body;
      const markets = await targetMarkets(ctx, who, target);
      const now = ctx.now();
      const owners: (string | null)[] = target.scope === 'city' ? [null] : markets.map((m) => m.id);
      if (owners.length === 0)
        throw new AdminError(400, 'malformed_request', '该范围内没有市场 / no market in that scope');
      const records = owners.map((marketId) =>
        checked('contentItems', { ...fields, marketId, id: uuidv7(now), hlc: stampAfter(null, now), deleted: false }),
      );
      return publishedSchema.parse(
        await publish(ctx, who, 'contentItems', target, records, districtOf(target, markets), now),
      );
    },
  );

  guarded(
    app,
    ctx,
    { method: 'POST', url: `${ADMIN_API}/job-fairs`, roles: ALL, body: jobFairInputSchema },
    async ({ who, body }) => {
      const { target, ...fields } = body;
      const markets = await targetMarkets(ctx, who, target);
      if (markets.length === 0)
        throw new AdminError(400, 'malformed_request', '该范围内没有市场 / no market in that scope');
      const now = ctx.now();
      const records = markets.map((m) =>
        checked('recruitmentEvents', {
          ...fields,
          employerIds: [],
          marketId: m.id,
          id: uuidv7(now),
          hlc: stampAfter(null, now),
          deleted: false,
        }),
      );
      return publishedSchema.parse(
        await publish(ctx, who, 'recruitmentEvents', target, records, districtOf(target, markets), now),
      );
    },
  );

  guarded(app, ctx, { method: 'GET', url: `${ADMIN_API}/publications`, roles: ALL }, async ({ who }) => {
    const markets = await marketsInScope(ctx.db, who.account.scope);
    const ids = markets.map((m) => m.id);
    const content = (await readTable(ctx.db, 'contentItems')).filter(
      (c) => c.marketId === null || ids.includes(c.marketId),
    );
    const jobFairs = await readTable(ctx.db, 'recruitmentEvents', ids);
    return { content, jobFairs };
  });
}
