// The sync server: `buildServer({ db, clock })` returns a Fastify instance
// ready for `inject` in tests or `listen` in production. Stateless apart from
// the database (and the poke sockets and rate buckets it holds in memory).
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { MAX_BODY_BYTES } from '../protocol/limits';
import { POKE_SUBPROTOCOL } from '../protocol/poke';
import { DeviceAuth } from './http/auth';
import type { HubPort, ServerContext } from './http/context';
import { handleError, handleNotFound } from './http/error-handler';
import { RateLimiter, type RateLimitOptions } from './http/rate-limit';
import { zodValidatorCompiler } from './http/validation';
import { Metrics } from './metrics';
import type { PokeFanout } from './poke-fanout';
import { PokeHub } from './poke-hub';
import { DEFAULT_SWEEP_MS, sweepRevoked } from './poke-sweeper';
import { POKE_HEARTBEAT_MS } from '../protocol/poke';
import { PageCache } from './pull/page-cache';
import { enrolRoute } from './routes/enrol';
import { heartbeatRoute } from './routes/heartbeat';
import { opsRoutes } from './routes/ops';
import { pokeRoute } from './routes/poke';
import { pullRoute } from './routes/pull';
import { pushRoute } from './routes/push';
import { queueRoutes } from './routes/queue';
import { relayRoutes } from './routes/relay';
import { postingPageRoute } from './routes/posting-page';
import { seekerStatusRoute } from './routes/seeker-status-page';
import { ticketPageRoute } from './routes/ticket-page';
import type { Store } from './store/open';
import { allowCrossOrigin, SHELL_ORIGIN } from './http/cors';
import { adminPlugin } from './admin/plugin';
import type { RouteInfo } from './admin/context';
import type { ScryptCost } from './admin/password';

export const SERVER_VERSION = '0.1.0';

export interface ServerOptions {
  /** An open, migrated store (see openStore and migrateToLatest). */
  readonly db: Store;
  /** Milliseconds since the epoch; tests pass a controllable clock. */
  readonly clock?: () => number;
  readonly limits?: {
    readonly maxBodyBytes?: number;
    readonly perDevice?: RateLimitOptions;
    readonly enrolPerAddress?: RateLimitOptions;
    /** Refused bearer tokens (401s) per client address, before the address is answered 429 unread. */
    readonly refusedPerAddress?: RateLimitOptions;
    /** Hits on the public ticket page /t/:id per client address. */
    readonly ticketPagePerAddress?: RateLimitOptions;
  };
  /**
   * Who may read /metrics: `{ token }` requires `Authorization: Bearer <token>`. Default (and
   * `false`): not served, since queue and device counts are not public.
   */
  readonly metrics?: { readonly token: string } | false;
  /** How often open poke sockets of revoked devices are closed; 0 turns the sweep off. */
  readonly revocationSweepMs?: number;
  /** How often poke sockets get a ping and a heartbeat message (dead ones are dropped); 0 turns it off. */
  readonly heartbeatMs?: number;
  readonly logger?: FastifyServerOptions['logger'];
  /** The sockets to poke; pass one in to poke them from outside (a hub's relay after a pull). */
  readonly pokeHub?: PokeHub;
  /** Several processes on one PostgreSQL store: pokes also go through LISTEN/NOTIFY. */
  readonly pokeFanout?: PokeFanout;
  /** Relay (market hub) mode. */
  readonly relay?: HubPort;
  /** Origins whose cross-origin requests are answered (default: the Electron shell's app://renderer). */
  readonly allowedOrigins?: readonly string[];
  /** The central console (/admin). */
  readonly admin?: {
    /** The renderer build holding admin.html (dist/renderer); without it only the API is served. */
    readonly staticDir?: string;
    /** Password hashing cost; tests pass the floor. */
    readonly cost?: ScryptCost;
    /** Filled with every guarded console route as it is registered (for the access tests). */
    readonly routeLog?: RouteInfo[];
  };
}

/** Generous for a terminal (a sync loop makes a few requests a second at most), tight for a runaway. */
export const DEFAULT_DEVICE_RATE: RateLimitOptions = { perSecond: 20, burst: 100 };
export const DEFAULT_ENROL_RATE: RateLimitOptions = { perSecond: 0.2, burst: 10 };
/** A wrong token now and then is a misconfigured terminal; dozens a minute from one address is a guesser. */
export const DEFAULT_REFUSED_RATE: RateLimitOptions = { perSecond: 0.2, burst: 20 };
/** A phone refreshes the ticket page every 15 s; a market's phones may share one carrier address. */
export const DEFAULT_TICKET_PAGE_RATE: RateLimitOptions = { perSecond: 5, burst: 60 };

export function buildServer(options: ServerOptions): FastifyInstance {
  const now = options.clock ?? Date.now;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.limits?.maxBodyBytes ?? MAX_BODY_BYTES,
    // Behind a proxy the operator sets trustProxy in front; not by default.
    trustProxy: false,
  });
  const hub = options.pokeHub ?? new PokeHub();
  const fanout = options.pokeFanout;
  const ctx: ServerContext = {
    store: options.db,
    now,
    auth: new DeviceAuth(
      options.db,
      new RateLimiter(options.limits?.perDevice ?? DEFAULT_DEVICE_RATE, now),
      new RateLimiter(options.limits?.refusedPerAddress ?? DEFAULT_REFUSED_RATE, now),
    ),
    enrolLimiter: new RateLimiter(options.limits?.enrolPerAddress ?? DEFAULT_ENROL_RATE, now),
    hub,
    poke: (markets) => {
      hub.poke(markets);
      fanout?.publish(markets).catch((err: unknown) => {
        // The other processes' terminals miss this poke and catch up on their next pull.
        app.log.warn({ err }, 'poke fan-out failed');
      });
    },
    ...(options.relay === undefined ? {} : { relay: options.relay }),
    metrics: new Metrics(() => hub.size),
    pages: new PageCache(),
    version: SERVER_VERSION,
    startedAt: now(),
  };

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  app.addHook('onResponse', async (request, reply) => {
    ctx.metrics.request(
      request.routeOptions.url ?? 'unmatched',
      request.method,
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    return Promise.resolve();
  });

  allowCrossOrigin(app, options.allowedOrigins ?? [SHELL_ORIGIN]);
  void app.register(websocket, {
    options: {
      maxPayload: 1024,
      // Answer with our subprotocol when the browser offered it (with its token).
      handleProtocols: (protocols) => (protocols.has(POKE_SUBPROTOCOL) ? POKE_SUBPROTOCOL : false),
    },
  });
  void app.register((instance, _opts, done) => {
    enrolRoute(instance, ctx);
    pushRoute(instance, ctx);
    pullRoute(instance, ctx);
    heartbeatRoute(instance, ctx);
    pokeRoute(instance, ctx);
    opsRoutes(instance, ctx, options.metrics ?? false);
    queueRoutes(instance, ctx);
    relayRoutes(instance, ctx);
    ticketPageRoute(instance, {
      db: ctx.store.db,
      now: ctx.now,
      limiter: new RateLimiter(options.limits?.ticketPagePerAddress ?? DEFAULT_TICKET_PAGE_RATE, now),
    });
    postingPageRoute(instance, { db: ctx.store.db, now: ctx.now });
    seekerStatusRoute(instance, { db: ctx.store.db });
    done();
  });
  void app.register(adminPlugin, {
    ctx: {
      store: options.db,
      db: options.db.db,
      now,
      poke: ctx.poke,
      dropDevice: (deviceId) => {
        hub.disconnect(deviceId);
      },
      routes: options.admin?.routeLog ?? [],
      ...(options.admin?.cost === undefined ? {} : { cost: options.admin.cost }),
    },
    ...(options.admin?.staticDir === undefined ? {} : { staticDir: options.admin.staticDir }),
  });
  every(app, options.revocationSweepMs ?? DEFAULT_SWEEP_MS, () => {
    sweepRevoked(options.db.db, hub).catch((err: unknown) => {
      // The next sweep tries again; the failure is logged, not dropped.
      app.log.warn({ err }, 'revocation sweep failed');
    });
  });
  every(app, options.heartbeatMs ?? POKE_HEARTBEAT_MS, () => {
    const dead = hub.heartbeat();
    if (dead > 0) app.log.info({ dead }, 'dropped poke sockets that stopped answering pings');
  });
  return app;
}

/** Run `task` every `ms` (0: never) while the server is open; the timer never keeps the process alive. */
function every(app: FastifyInstance, ms: number, task: () => void): void {
  if (ms <= 0) return;
  const timer = setInterval(task, ms);
  timer.unref();
  app.addHook('onClose', (_instance, done) => {
    clearInterval(timer);
    done();
  });
}
