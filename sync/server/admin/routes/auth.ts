// Sign-in, sign-out, who am I, and the CSRF token the console sends with every change.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ADMIN_API, SESSION_COOKIE, signInBodySchema, type SessionView } from '../../../protocol/admin';
import { checkSignIn, viewOf, type Account } from '../accounts';
import { writeAudit } from '../audit';
import type { AdminContext } from '../context';
import { AdminError } from '../errors';
import { guarded, sessionOf } from '../guard';
import { ABSOLUTE_MS, closeSession, openSession } from '../sessions';

/** Per address and minute; the account lockout stops slow guessing from many addresses. */
export const SIGN_IN_PER_MINUTE = 10;

function sessionView(reply: FastifyReply, account: Account): SessionView {
  return { account: viewOf(account), csrfToken: reply.generateCsrf() };
}

export function authRoutes(app: FastifyInstance, ctx: AdminContext): void {
  app.get(`${ADMIN_API}/csrf`, async (_request, reply) => ({ csrfToken: reply.generateCsrf() }));

  app.post(
    `${ADMIN_API}/sign-in`,
    {
      schema: { body: signInBodySchema },
      config: { rateLimit: { max: SIGN_IN_PER_MINUTE, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const body = signInBodySchema.parse(request.body);
      const now = ctx.now();
      const result = await checkSignIn(ctx.db, body.username, body.password, now);
      if (result.kind !== 'ok') {
        await writeAudit(
          ctx.db,
          { id: null, username: body.username },
          {
            action: result.kind === 'locked_out' ? 'sign_in_locked' : 'sign_in_failed',
            target: `accounts/${body.username}`,
          },
          now,
        );
        if (result.kind === 'locked_out') throw new AdminError(423, 'locked_out', new Date(result.until).toISOString());
        throw new AdminError(401, 'bad_credentials');
      }
      const token = await openSession(ctx.db, result.account.id, now);
      await writeAudit(ctx.db, result.account, { action: 'sign_in', target: `accounts/${body.username}` }, now);
      void reply.setCookie(SESSION_COOKIE, token, {
        path: '/admin',
        httpOnly: true,
        sameSite: 'strict',
        secure: 'auto',
        maxAge: ABSOLUTE_MS / 1000,
      });
      return sessionView(reply, result.account);
    },
  );

  app.get(`${ADMIN_API}/me`, async (request, reply) => {
    const who = await sessionOf(ctx, request);
    if (who === undefined) throw new AdminError(401, 'unauthenticated');
    return sessionView(reply, who.account);
  });

  guarded(
    app,
    ctx,
    { method: 'POST', url: `${ADMIN_API}/sign-out`, roles: ['city', 'district', 'market'] },
    async ({ who, reply }) => {
      await closeSession(ctx.db, who.tokenHash);
      await writeAudit(
        ctx.db,
        who.account,
        { action: 'sign_out', target: `accounts/${who.account.username}` },
        ctx.now(),
      );
      void reply.clearCookie(SESSION_COOKIE, { path: '/admin' });
      return { ok: true };
    },
  );
}
