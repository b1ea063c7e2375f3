// The evaluation of one market over a month, quarter or year (第十八条): the
// figures and their chart as JSON, and the same as an XLSX download.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parsePeriod, type Period } from '../../../../domain/evaluation/period';
import { uuidV7Schema } from '../../../../domain/ids/uuidv7';
import { ADMIN_API, evaluationQuerySchema } from '../../../protocol/admin';
import type { AdminContext } from '../context';
import { AdminError } from '../errors';
import { guarded } from '../guard';
import { evaluateMarket, evaluationChartSvg, evaluationWorkbook } from '../evaluation';
import { marketFor } from './markets';

const idParams = z.object({ id: uuidV7Schema });
const ALL = ['city', 'district', 'market'] as const;

function periodOf(id: string): Period {
  const period = parsePeriod(id);
  if (period === null) throw new AdminError(400, 'malformed_request', `invalid period: ${id}`);
  return period;
}

export function evaluationRoutes(app: FastifyInstance, ctx: AdminContext): void {
  guarded(
    app,
    ctx,
    {
      method: 'GET',
      url: `${ADMIN_API}/markets/:id/evaluation`,
      roles: ALL,
      params: idParams,
      query: evaluationQuerySchema,
    },
    async ({ who, params, query }) => {
      const market = await marketFor(ctx, who, params.id);
      const ev = await evaluateMarket(ctx.db, market, periodOf(query.period));
      return { ...ev, chartSvg: evaluationChartSvg(ev, `${market.name} ${ev.period.id}`) };
    },
  );

  guarded(
    app,
    ctx,
    {
      method: 'GET',
      url: `${ADMIN_API}/markets/:id/evaluation.xlsx`,
      roles: ALL,
      params: idParams,
      query: evaluationQuerySchema,
    },
    async ({ who, params, query, reply }) => {
      const market = await marketFor(ctx, who, params.id);
      const ev = await evaluateMarket(ctx.db, market, periodOf(query.period));
      const body = await evaluationWorkbook(ev, market, ctx.now());
      void reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="evaluation-${ev.period.id}.xlsx"`);
      return body;
    },
  );
}
