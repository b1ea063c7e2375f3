// A real server on a fresh store with two districts' markets and one account
// per role, and a tiny cookie-keeping client over `app.inject` that speaks to
// the console the way the browser does (session cookie, CSRF header).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { uuidv7 } from '../../../../domain/ids/uuidv7';
import type { Market } from '../../../../domain/records/market';
import { ADMIN_API, CSRF_HEADER, sessionViewSchema, type AdminScope } from '../../../../sync/protocol/admin';
import { createAccount } from '../../../../sync/server/admin/accounts';
import type { RouteInfo } from '../../../../sync/server/admin/context';
import { MIN_COST } from '../../../../sync/server/admin/password';
import { stampAfter } from '../../../../sync/server/admin/records-write';
import { importRecords } from '../../../../sync/server/store/import-records';
import { T0, testServer, type TestServer } from '../../sync/support/store';

export const SHAPINGBA = '500106';
export const JIULONGPO = '500107';
export const PASSWORD = 'correct horse battery';

export function marketRecord(district: string, name: string, id = uuidv7(T0)): Market {
  return {
    id,
    hlc: stampAfter(null, T0),
    deleted: false,
    name,
    kind: name.endsWith('驿站') ? 'station' : 'market',
    district,
    address: '重庆市某区某路 1 号',
    hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:30', close: '17:30' }],
    phone: '023-65000000',
    rightsHotline: '12333',
    timeZone: 'Asia/Shanghai',
  };
}

export class ConsoleClient {
  private readonly jar = new Map<string, string>();
  csrfToken: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
    options: { csrf?: boolean } = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (this.jar.size > 0) headers.cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if ((options.csrf ?? true) && this.csrfToken !== undefined && method !== 'GET')
      headers[CSRF_HEADER] = this.csrfToken;
    const res = await this.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
    for (const c of res.cookies) {
      if (c.value === '' || (c.maxAge !== undefined && c.maxAge <= 0)) this.jar.delete(c.name);
      else this.jar.set(c.name, c.value);
    }
    return res;
  }

  async fetchCsrf(): Promise<void> {
    const res = await this.request('GET', `${ADMIN_API}/csrf`);
    this.csrfToken = res.json<{ csrfToken: string }>().csrfToken;
  }

  async signIn(username: string, password = PASSWORD): Promise<LightMyRequestResponse> {
    if (this.csrfToken === undefined) await this.fetchCsrf();
    const res = await this.request('POST', `${ADMIN_API}/sign-in`, { username, password });
    if (res.statusCode === 200) this.csrfToken = sessionViewSchema.parse(res.json()).csrfToken;
    return res;
  }
}

export interface ConsoleWorld {
  readonly server: TestServer;
  readonly app: FastifyInstance;
  readonly routes: RouteInfo[];
  readonly markets: { readonly spbA: Market; readonly spbB: Market; readonly jlp: Market };
  /** A signed-in client per account. */
  as(name: 'city' | 'spb' | 'jlp' | 'spbA' | 'spbB'): Promise<ConsoleClient>;
  close(): Promise<void>;
}

export async function consoleWorld(): Promise<ConsoleWorld> {
  const routes: RouteInfo[] = [];
  const server = await testServer({ admin: { cost: MIN_COST, routeLog: routes } });
  const spbA = marketRecord(SHAPINGBA, '沙坪坝区农民工零工市场', uuidv7(T0 + 1));
  const spbB = marketRecord(SHAPINGBA, '沙坪坝区高校毕业生零工驿站', uuidv7(T0 + 2));
  const jlp = marketRecord(JIULONGPO, '九龙坡区家政服务零工市场', uuidv7(T0 + 3));
  await importRecords(
    server.store,
    [spbA, spbB, jlp].map((record) => ({ table: 'markets', record })),
  );
  const scopes: Record<string, AdminScope> = {
    city: { role: 'city' },
    spb: { role: 'district', district: SHAPINGBA },
    jlp: { role: 'district', district: JIULONGPO },
    spbA: { role: 'market', district: SHAPINGBA, marketId: spbA.id },
    spbB: { role: 'market', district: SHAPINGBA, marketId: spbB.id },
  };
  for (const [username, scope] of Object.entries(scopes)) {
    await createAccount(
      server.store.db,
      { username: `${username.toLowerCase()}-officer`, displayName: username, password: PASSWORD, scope },
      T0,
      MIN_COST,
    );
  }
  return {
    server,
    app: server.app,
    routes,
    markets: { spbA, spbB, jlp },
    as: async (name) => {
      const client = new ConsoleClient(server.app);
      const res = await client.signIn(`${name.toLowerCase()}-officer`);
      if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
      return client;
    },
    close: () => server.close(),
  };
}
