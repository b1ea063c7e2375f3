// The central console, served by the sync server at /admin: its JSON API
// under /admin/api and its built React pages. Registered as one encapsulated
// plugin, so its cookies, CSRF check, security headers, sign-in rate limit and
// error shape apply to the console alone and never to the terminals' routes.
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AdminContext } from './context';
import { AdminError } from './errors';
import { accountRoutes } from './routes/accounts';
import { authRoutes } from './routes/auth';
import { contentRoutes } from './routes/content';
import { deviceRoutes } from './routes/devices';
import { directoryRoutes } from './routes/directory';
import { evaluationRoutes } from './routes/evaluation';
import { feedRoutes } from './routes/feed';
import { marketRoutes } from './routes/markets';

export interface AdminPluginOptions {
  readonly ctx: AdminContext;
  /** The renderer build (dist/renderer) holding admin.html; absent in API-only tests. */
  readonly staticDir?: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function toAdminError(error: FastifyError | AdminError): AdminError {
  if (error instanceof AdminError) return error;
  if (error.code === 'FST_CSRF_MISSING_SECRET' || error.code === 'FST_CSRF_INVALID_TOKEN')
    return new AdminError(403, 'csrf_invalid');
  if (error.statusCode === 429) return new AdminError(429, 'rate_limited');
  const validation = (error as { validation?: unknown }).validation;
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new AdminError(error.statusCode === 413 ? 413 : 400, 'malformed_request', error.message.slice(0, 200));
  }
  if (validation !== undefined) return new AdminError(400, 'malformed_request', error.message.slice(0, 200));
  return new AdminError(500, 'internal');
}

/** The protocol's validator answers with its own error type: keep its issues, in the console's shape. */
function fromProtocolError(error: unknown): AdminError | undefined {
  if (typeof error !== 'object' || error === null || !('toBody' in error) || !('statusCode' in error)) return undefined;
  const body = (
    error as { toBody(): { message: { en: string }; issues?: { path: string; message: string }[] } }
  ).toBody();
  const status = (error as { statusCode: number }).statusCode;
  return new AdminError(
    status,
    status === 413 ? 'malformed_request' : 'malformed_request',
    body.message.en,
    body.issues,
  );
}

export async function adminPlugin(app: FastifyInstance, options: AdminPluginOptions): Promise<void> {
  const { ctx } = options;
  await app.register(cookie);
  await app.register(csrf, {
    cookieKey: 'gig_admin_csrf',
    cookieOpts: { path: '/admin', httpOnly: true, sameSite: 'strict', secure: 'auto' },
    getToken: (request: FastifyRequest) => {
      const v = request.headers['x-csrf-token'];
      return typeof v === 'string' ? v : undefined;
    },
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // ECharts and React set inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(rateLimit, { global: false });
  app.setErrorHandler((error: FastifyError | AdminError, request, reply: FastifyReply) => {
    const known = fromProtocolError(error) ?? toAdminError(error);
    if (known.statusCode >= 500) request.log.error({ err: error }, 'console route failed');
    void reply.code(known.statusCode).send(known.toBody());
  });
  // Every change carries the CSRF token (sign-in too: it opens a session).
  app.addHook('onRequest', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method)) {
      done();
      return;
    }
    app.csrfProtection(request, reply, done);
  });
  authRoutes(app, ctx);
  accountRoutes(app, ctx);
  marketRoutes(app, ctx);
  deviceRoutes(app, ctx);
  contentRoutes(app, ctx);
  directoryRoutes(app, ctx);
  feedRoutes(app, ctx);
  evaluationRoutes(app, ctx);
  const staticDir = options.staticDir;
  if (staticDir !== undefined && existsSync(join(staticDir, 'admin.html'))) {
    await app.register(fastifyStatic, { root: staticDir, prefix: '/admin/', index: ['admin.html'], wildcard: false });
    app.get('/admin', (_request, reply) => reply.redirect('/admin/'));
  }
}
