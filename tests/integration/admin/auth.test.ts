// Sign-in, sessions, CSRF, lockout and the route-by-route access rules of the console.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_API, SESSION_COOKIE } from '../../../sync/protocol/admin';
import { LOCKOUT_THRESHOLD, LOCKOUT_MS } from '../../../sync/server/admin/accounts';
import { IDLE_MS } from '../../../sync/server/admin/sessions';
import { SIGN_IN_PER_MINUTE } from '../../../sync/server/admin/routes/auth';
import { ConsoleClient, consoleWorld, PASSWORD, type ConsoleWorld } from './support/console';

let world: ConsoleWorld;
beforeEach(async () => {
  world = await consoleWorld();
});
afterEach(async () => {
  await world.close();
});

/** A concrete URL for a route pattern (ids of things that exist, so 404 cannot hide a missing check). */
function concrete(url: string): string {
  return url.replace(':id', world.markets.spbA.id).replace(':deviceId', world.markets.spbA.id);
}

describe('console sign-in', () => {
  it('sets an HttpOnly SameSite=Strict session cookie scoped to /admin and answers the account', async () => {
    const client = new ConsoleClient(world.app);
    const res = await client.signIn('spb-officer');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    expect(cookie?.path).toBe('/admin');
    expect(res.json<{ account: { username: string } }>().account.username).toBe('spb-officer');
    const me = await client.request('GET', `${ADMIN_API}/me`);
    expect(me.statusCode).toBe(200);
  });

  it('sends the console security headers (CSP, no framing, no sniffing) and none of it to terminal routes', async () => {
    const res = await new ConsoleClient(world.app).request('GET', `${ADMIN_API}/csrf`);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const health = await world.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.headers['content-security-policy']).toBeUndefined();
  });

  it('refuses a wrong password with one message whether or not the name exists', async () => {
    const a = await new ConsoleClient(world.app).signIn('spb-officer', 'wrong password!');
    const b = await new ConsoleClient(world.app).signIn('nobody-here', 'wrong password!');
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json()).toEqual(b.json());
  });

  it(`locks the account after ${LOCKOUT_THRESHOLD} failures, even for the right password, until the lockout passes`, async () => {
    for (let i = 0; i < LOCKOUT_THRESHOLD - 1; i++) {
      expect((await new ConsoleClient(world.app).signIn('city-officer', 'not it at all')).statusCode).toBe(401);
    }
    expect((await new ConsoleClient(world.app).signIn('city-officer', 'not it at all')).statusCode).toBe(423);
    expect((await new ConsoleClient(world.app).signIn('city-officer', PASSWORD)).statusCode).toBe(423);
    world.server.clock.now += LOCKOUT_MS + 1;
    expect((await new ConsoleClient(world.app).signIn('city-officer', PASSWORD)).statusCode).toBe(200);
  });

  it(`rate-limits sign-in per address after ${SIGN_IN_PER_MINUTE} attempts a minute`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_PER_MINUTE + 1; i++) {
      statuses.push((await new ConsoleClient(world.app).signIn(`user-${i}`, 'whatever pass')).statusCode);
    }
    expect(statuses.slice(0, SIGN_IN_PER_MINUTE).every((s) => s === 401)).toBe(true);
    expect(statuses[SIGN_IN_PER_MINUTE]).toBe(429);
  });

  it('ends a session after it sat idle too long, and on sign-out', async () => {
    const client = await world.as('spb');
    world.server.clock.now += IDLE_MS + 1;
    expect((await client.request('GET', `${ADMIN_API}/me`)).statusCode).toBe(401);
    const again = await world.as('spb');
    expect((await again.request('POST', `${ADMIN_API}/sign-out`, {})).statusCode).toBe(200);
    expect((await again.request('GET', `${ADMIN_API}/me`)).statusCode).toBe(401);
  });

  it('writes sign-ins and failures to the audit log', async () => {
    await new ConsoleClient(world.app).signIn('spb-officer', 'not the password');
    const city = await world.as('city');
    const res = await city.request('GET', `${ADMIN_API}/audit`);
    const actions = res
      .json<{ entries: { action: string; username: string }[] }>()
      .entries.map((e) => `${e.action}:${e.username}`);
    expect(actions).toContain('sign_in_failed:spb-officer');
    expect(actions).toContain('sign_in:city-officer');
  });
});

describe('console access rules, tried on every registered route', () => {
  it('registers guarded routes (the lists below are not empty)', () => {
    expect(world.routes.length).toBeGreaterThan(3);
  });

  it('answers 401 to every guarded route without a session', async () => {
    const anonymous = new ConsoleClient(world.app);
    await anonymous.fetchCsrf();
    for (const route of world.routes) {
      const res = await anonymous.request(route.method, concrete(route.url), route.method === 'GET' ? undefined : {});
      expect([route.url, res.statusCode]).toEqual([route.url, 401]);
    }
  });

  it('answers 403 to every guarded route for a role it does not list', async () => {
    for (const role of ['city', 'district', 'market'] as const) {
      const client = await world.as(role === 'city' ? 'city' : role === 'district' ? 'spb' : 'spbA');
      for (const route of world.routes.filter((r) => !r.roles.includes(role))) {
        const res = await client.request(route.method, concrete(route.url), route.method === 'GET' ? undefined : {});
        expect([role, route.url, res.statusCode]).toEqual([role, route.url, 403]);
      }
    }
  });

  it('refuses every change without the CSRF token, even with a session', async () => {
    const city = await world.as('city');
    const changes = world.routes.filter((r) => r.method !== 'GET');
    expect(changes.length).toBeGreaterThan(0);
    for (const route of changes) {
      const res = await city.request(route.method, concrete(route.url), {}, { csrf: false });
      expect([route.url, res.statusCode, res.json<{ code: string }>().code]).toEqual([route.url, 403, 'csrf_invalid']);
    }
    const signIn = await new ConsoleClient(world.app).request('POST', `${ADMIN_API}/sign-in`, {
      username: 'city-officer',
      password: PASSWORD,
    });
    expect(signIn.statusCode).toBe(403);
  });

  it('lets a district officer create a market manager in its district only, and a market manager none', async () => {
    const spb = await world.as('spb');
    const ok = await spb.request('POST', `${ADMIN_API}/accounts`, {
      username: 'spb-a-2',
      displayName: '李四',
      password: PASSWORD,
      scope: { role: 'market', district: world.markets.spbA.district, marketId: world.markets.spbA.id },
    });
    expect(ok.statusCode).toBe(200);
    const other = await spb.request('POST', `${ADMIN_API}/accounts`, {
      username: 'jlp-2',
      displayName: '王五',
      password: PASSWORD,
      scope: { role: 'market', district: world.markets.jlp.district, marketId: world.markets.jlp.id },
    });
    expect(other.statusCode).toBe(403);
    const city = await spb.request('POST', `${ADMIN_API}/accounts`, {
      username: 'up-2',
      displayName: '赵六',
      password: PASSWORD,
      scope: { role: 'city' },
    });
    expect(city.statusCode).toBe(403);
    const listed = await spb.request('GET', `${ADMIN_API}/accounts`);
    const names = listed.json<{ accounts: { username: string }[] }>().accounts.map((a) => a.username);
    expect(names).toContain('spb-a-2');
    expect(names).not.toContain('jlp-officer');
    expect(names).not.toContain('city-officer');
  });

  it('keeps passwords out of the audit log and the account answers', async () => {
    const city = await world.as('city');
    const res = await city.request('POST', `${ADMIN_API}/accounts`, {
      username: 'new-one',
      displayName: '新',
      password: PASSWORD,
      scope: { role: 'city' },
    });
    expect(res.body).not.toContain(PASSWORD);
    const audit = await city.request('GET', `${ADMIN_API}/audit`);
    expect(audit.body).toContain('account_create');
    expect(audit.body).not.toContain(PASSWORD);
    expect(audit.body).not.toContain('scrypt$');
  });
});
