// GET /healthz and GET /metrics, for the operator's probes and Prometheus.
import type { FastifyInstance } from 'fastify';
import { HEALTH_PATH, METRICS_PATH } from '../../protocol/paths';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../protocol/version';
import { readMeta } from '../store/meta';
import type { ServerContext } from '../http/context';

export function opsRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(HEALTH_PATH, async (request, reply) => {
    const base = {
      version: ctx.version,
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: SCHEMA_VERSION,
      database: ctx.store.dialect,
      uptimeSeconds: Math.round((ctx.now() - ctx.startedAt) / 1000),
    };
    // Reading the meta row is the database check; a probe wants 503, not 500.
    let meta;
    try {
      meta = await readMeta(ctx.store.db);
    } catch (err) {
      request.log.warn({ err }, 'health check: database unreachable');
      return reply.code(503).send({ ok: false, ...base, epoch: null });
    }
    return {
      ok: true,
      ...base,
      epoch: meta.epoch,
    };
  });

  app.get(METRICS_PATH, async (_request, reply) => {
    await reply.type('text/plain; version=0.0.4').send(ctx.metrics.render());
  });
}
