// POST /v1/pull: a page of the device's market (and global rows) after its
// cursor, limited to the tables its role may read. POST because every request
// carries its versions in a checked body. Answers are shared through the
// page cache (pull/page-cache) by terminals asking the same question.
import type { FastifyInstance } from 'fastify';
import { DEFAULT_PULL_LIMIT } from '../../protocol/limits';
import { PULL_PATH } from '../../protocol/paths';
import { pullRequestSchema, type PullRequest } from '../../protocol/pull';
import { readableTablesFor } from '../../protocol/roles';
import { pageKey } from '../pull/page-cache';
import { readPageAt, type PageRequest } from '../pull/read-page';
import { readMeta } from '../store/meta';
import type { ServerContext } from '../http/context';

const JSON_TYPE = 'application/json; charset=utf-8';

export function pullRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: PullRequest }>(
    PULL_PATH,
    { schema: { body: pullRequestSchema }, onRequest: ctx.auth.onRequest },
    async (request, reply) => {
      const device = ctx.auth.deviceOf(request);
      const { cursor, epoch, limit } = request.body;
      const req: PageRequest = {
        role: device.role,
        marketId: device.marketId,
        tables: readableTablesFor(device.role),
        cursor,
        epoch,
        limit: limit ?? DEFAULT_PULL_LIMIT,
        // 信息审核: what a seeker or the lobby sees has been reviewed and published.
        publishedPostingsOnly: device.role === 'kiosk' || device.role === 'display',
      };
      const hit = ctx.pages.get(pageKey(await readMeta(ctx.store.db), req));
      if (hit !== undefined) {
        ctx.metrics.pull(hit.changes);
        return reply.type(JSON_TYPE).send(hit.text);
      }
      const { page, meta } = await readPageAt(ctx.store.db, req);
      const changes = page.type === 'page' ? page.changes.length : 0;
      const text = JSON.stringify(page);
      ctx.pages.set(pageKey(meta, req), { text, changes });
      if (page.type === 'page') ctx.metrics.pull(changes);
      return reply.type(JSON_TYPE).send(text);
    },
  );
}
