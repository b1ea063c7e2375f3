// POST /v1/pull: a page of the device's market (and global rows) after its
// cursor, limited to the tables its role may read. POST because every request
// carries its versions in a checked body.
import type { FastifyInstance } from 'fastify';
import { DEFAULT_PULL_LIMIT } from '../../protocol/limits';
import { PULL_PATH } from '../../protocol/paths';
import { readableTables } from '../../protocol/permissions';
import { pullRequestSchema, type PullRequest, type PullResponse } from '../../protocol/pull';
import { readPage } from '../pull/read-page';
import type { ServerContext } from '../http/context';

export function pullRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: PullRequest }>(
    PULL_PATH,
    { schema: { body: pullRequestSchema }, onRequest: ctx.auth.onRequest },
    async (request): Promise<PullResponse> => {
      const device = ctx.auth.deviceOf(request);
      const { cursor, epoch, limit } = request.body;
      const page = await readPage(ctx.store.db, {
        marketId: device.marketId,
        tables: readableTables(device.role),
        cursor,
        epoch,
        limit: limit ?? DEFAULT_PULL_LIMIT,
      });
      if (page.type === 'page') ctx.metrics.pull(page.changes.length);
      return page;
    },
  );
}
