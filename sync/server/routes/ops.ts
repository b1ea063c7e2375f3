// GET /healthz and GET /metrics, for the operator's probes and Prometheus.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { tokenOf } from '../http/auth';
import { ProtocolError } from '../http/protocol-error';
import { HEALTH_PATH, METRICS_PATH } from '../../protocol/paths';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../protocol/version';
import { readMeta } from '../store/meta';
import type { ServerContext } from '../http/context';

/** Compared as digests, so neither the length nor a prefix of the operator's token leaks through timing. */
function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export type MetricsAccess = { readonly token: string } | false;

export function opsRoutes(app: FastifyInstance, ctx: ServerContext, metrics: MetricsAccess): void {
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

  // Not public: queue lengths and connected devices tell an outsider when a market is busy or down.
  if (metrics === false) return;
  const expected = metrics.token;
  app.get(METRICS_PATH, {
    onRequest: async (request: FastifyRequest) => {
      const given = tokenOf(request);
      if (given === undefined || !sameToken(given, expected)) throw new ProtocolError(401, 'unauthorized');
      return Promise.resolve();
    },
    handler: async (_request, reply) => {
      await reply.type('text/plain; version=0.0.4').send(ctx.metrics.render());
    },
  });
}
