// The one way a console route is registered: it names the roles that may
// call it and the zod schemas of what it reads, and the handler gets the
// signed-in account. No console route reads a body without a schema or runs
// without this check, and the list of routes is kept so the test suite can
// try every one of them without a session and with the wrong role.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodType, z } from 'zod';
import type { AdminRole } from '../../protocol/admin';
import { SESSION_COOKIE } from '../../protocol/admin';
import type { Account } from './accounts';
import { findAccount } from './accounts';
import type { AdminContext, Method } from './context';
import { AdminError } from './errors';
import { readSession } from './sessions';

export interface Signed {
  readonly account: Account;
  readonly tokenHash: string;
}

export interface GuardedRoute<
  B extends ZodType | undefined,
  P extends ZodType | undefined,
  Q extends ZodType | undefined,
> {
  readonly method: Method;
  readonly url: string;
  readonly roles: readonly AdminRole[];
  readonly body?: B;
  readonly params?: P;
  readonly query?: Q;
}

type Parsed<S> = S extends ZodType ? z.infer<S> : undefined;

export interface Call<B, P, Q> {
  readonly who: Signed;
  readonly body: B;
  readonly params: P;
  readonly query: Q;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

const signedOf = new WeakMap<FastifyRequest, Signed>();

/** The session on this request, or undefined: for routes that work both ways (sign-in, /me). */
export async function sessionOf(ctx: AdminContext, request: FastifyRequest): Promise<Signed | undefined> {
  const known = signedOf.get(request);
  if (known !== undefined) return known;
  const session = await readSession(ctx.db, request.cookies[SESSION_COOKIE], ctx.now());
  if (session === undefined) return undefined;
  const account = await findAccount(ctx.db, session.accountId);
  if (account?.active !== true) return undefined;
  const signed = { account, tokenHash: session.tokenHash };
  signedOf.set(request, signed);
  return signed;
}

export function guarded<B extends ZodType | undefined, P extends ZodType | undefined, Q extends ZodType | undefined>(
  app: FastifyInstance,
  ctx: AdminContext,
  route: GuardedRoute<B, P, Q>,
  handler: (call: Call<Parsed<B>, Parsed<P>, Parsed<Q>>) => Promise<unknown>,
): void {
  ctx.routes.push({ method: route.method, url: route.url, roles: route.roles });
  app.route({
    method: route.method,
    url: route.url,
    schema: {
      ...(route.body === undefined ? {} : { body: route.body }),
      ...(route.params === undefined ? {} : { params: route.params }),
      ...(route.query === undefined ? {} : { querystring: route.query }),
    },
    // Before validation: a caller without a session learns nothing about the body's shape.
    onRequest: async (request) => {
      const who = await sessionOf(ctx, request);
      if (who === undefined) throw new AdminError(401, 'unauthenticated');
      if (!route.roles.includes(who.account.scope.role)) throw new AdminError(403, 'forbidden');
    },
    handler: async (request, reply) => {
      const who = signedOf.get(request);
      if (who === undefined) throw new AdminError(401, 'unauthenticated');
      return handler({
        who,
        body: request.body as Parsed<B>,
        params: request.params as Parsed<P>,
        query: request.query as Parsed<Q>,
        request,
        reply,
      });
    },
  });
}
