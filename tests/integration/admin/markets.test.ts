// Markets, staff and the public directory through the console API.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPin } from '../../../domain/staff/pin';
import {
  ADMIN_API,
  directorySchema,
  marketListSchema,
  staffListSchema,
  type MarketInput,
} from '../../../sync/protocol/admin';
import { enrol, pullAll } from '../sync/support/client';
import { ConsoleClient, consoleWorld, JIULONGPO, SHAPINGBA, type ConsoleWorld } from './support/console';

let world: ConsoleWorld;
beforeEach(async () => {
  world = await consoleWorld();
});
afterEach(async () => {
  await world.close();
});

const input = (overrides: Partial<MarketInput> = {}): MarketInput => ({
  name: '沙坪坝区井口街道建筑工零工市场',
  kind: 'market',
  district: SHAPINGBA,
  address: '沙坪坝区井口镇井口路 8 号',
  hours: [{ weekdays: [1, 2, 3, 4, 5, 6], open: '07:30', close: '18:00' }],
  phone: '023-65111111',
  rightsHotline: '12333',
  serviceTerms: [{ service: 'seeker-registration', materials: ['身份证'], timeLimitMinutes: 20 }],
  ...overrides,
});

describe('markets in the console', () => {
  it('lets a district officer create a market in its district, audited, and its terminals pull it', async () => {
    const spb = await world.as('spb');
    const res = await spb.request('POST', `${ADMIN_API}/markets`, input());
    expect(res.statusCode).toBe(200);
    const created = res.json<{ id: string; name: string }>();
    const list = marketListSchema.parse((await spb.request('GET', `${ADMIN_API}/markets`)).json());
    expect(list.markets.map((m) => m.market.name)).toContain('沙坪坝区井口街道建筑工零工市场');
    expect(list.markets.map((m) => m.market.district).every((d) => d === SHAPINGBA)).toBe(true);
    const kiosk = await enrol(world.app, world.server.store, world.markets.jlp.id, 'kiosk');
    const pulled = await pullAll(world.app, kiosk.token);
    expect(pulled.records.get(`markets/${created.id}`)?.name).toBe('沙坪坝区井口街道建筑工零工市场');
    const audit = await spb.request('GET', `${ADMIN_API}/audit`);
    expect(audit.body).toContain('market_create');
  });

  it('refuses a name off the 第四条(三) pattern with a bilingual reason and stores nothing', async () => {
    const spb = await world.as('spb');
    const res = await spb.request('POST', `${ADMIN_API}/markets`, input({ name: '井口人力资源中心' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/零工市场/);
    expect(res.body).toMatch(/place \+ group/);
    const mismatch = await spb.request('POST', `${ADMIN_API}/markets`, input({ kind: 'station' }));
    expect(mismatch.statusCode).toBe(400);
    const list = marketListSchema.parse((await spb.request('GET', `${ADMIN_API}/markets`)).json());
    expect(list.markets).toHaveLength(2);
  });

  it('keeps a district officer and a market manager out of markets they do not run', async () => {
    const spb = await world.as('spb');
    expect((await spb.request('POST', `${ADMIN_API}/markets`, input({ district: JIULONGPO }))).statusCode).toBe(403);
    const jlpMarket = world.markets.jlp;
    expect(
      (
        await spb.request(
          'PUT',
          `${ADMIN_API}/markets/${jlpMarket.id}`,
          input({ name: jlpMarket.name, district: JIULONGPO }),
        )
      ).statusCode,
    ).toBe(403);
    expect((await spb.request('GET', `${ADMIN_API}/markets/${jlpMarket.id}/staff`)).statusCode).toBe(403);
    const managerA = await world.as('spbA');
    const b = world.markets.spbB;
    expect((await managerA.request('GET', `${ADMIN_API}/markets/${b.id}/staff`)).statusCode).toBe(403);
    expect(
      (await managerA.request('PUT', `${ADMIN_API}/markets/${b.id}`, input({ name: b.name, kind: 'station' })))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await managerA.request('POST', `${ADMIN_API}/markets/${b.id}/staff`, {
          name: '甲',
          staffNo: 'X1',
          duties: ['window'],
        })
      ).statusCode,
    ).toBe(403);
    const listed = marketListSchema.parse((await managerA.request('GET', `${ADMIN_API}/markets`)).json());
    expect(listed.markets.map((m) => m.market.id)).toEqual([world.markets.spbA.id]);
  });

  it('lets a market manager edit its own market but not move it to another district', async () => {
    const manager = await world.as('spbA');
    const a = world.markets.spbA;
    const ok = await manager.request(
      'PUT',
      `${ADMIN_API}/markets/${a.id}`,
      input({ name: a.name, phone: '023-60000001' }),
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ phone: string; id: string }>()).toMatchObject({ phone: '023-60000001', id: a.id });
    const moved = await manager.request(
      'PUT',
      `${ADMIN_API}/markets/${a.id}`,
      input({ name: a.name, district: JIULONGPO }),
    );
    expect(moved.statusCode).toBe(403);
  });
});

describe('staff in the console', () => {
  it('adds a staff member, resets a PIN the caller can check offline, and deactivates (PIN cleared)', async () => {
    const manager = await world.as('spbA');
    const a = world.markets.spbA;
    const added = await manager.request('POST', `${ADMIN_API}/markets/${a.id}/staff`, {
      name: '刘洋',
      staffNo: 'SPB001',
      duties: ['window', 'collector'],
    });
    expect(added.statusCode).toBe(200);
    const staffId = added.json<{ id: string }>().id;
    expect(
      (
        await manager.request('POST', `${ADMIN_API}/markets/${a.id}/staff`, {
          name: '另',
          staffNo: 'SPB001',
          duties: ['window'],
        })
      ).statusCode,
    ).toBe(409);
    const pin = await manager.request('POST', `${ADMIN_API}/staff/${staffId}/pin`, { pin: '246810' });
    expect(pin.statusCode).toBe(200);
    expect(pin.body).not.toContain('pbkdf2');
    const caller = await enrol(world.app, world.server.store, a.id, 'caller');
    const pulled = await pullAll(world.app, caller.token);
    const record = pulled.records.get(`staff/${staffId}`) as { pinHash: string; active: boolean };
    expect(await verifyPin('246810', record.pinHash)).toBe(true);
    const listed = staffListSchema.parse((await manager.request('GET', `${ADMIN_API}/markets/${a.id}/staff`)).json());
    expect(listed.staff[0]).toMatchObject({ staffNo: 'SPB001', pinSet: true });
    expect(JSON.stringify(listed)).not.toContain('pbkdf2');
    expect((await manager.request('POST', `${ADMIN_API}/staff/${staffId}/deactivate`, {})).statusCode).toBe(200);
    const again = await pullAll(world.app, caller.token);
    expect(again.records.get(`staff/${staffId}`)).toMatchObject({ active: false, pinHash: null });
    const audit = await manager.request('GET', `${ADMIN_API}/audit`);
    expect(audit.body).toContain('staff_pin_reset');
    expect(audit.body).not.toContain('pbkdf2');
  });
});

describe('the public market directory', () => {
  it('serves /markets.json and /markets without a session, with what 信息公开 publishes and nothing else', async () => {
    const spb = await world.as('spb');
    await spb.request('POST', `${ADMIN_API}/markets`, input());
    const anon = new ConsoleClient(world.app);
    const json = await anon.request('GET', '/markets.json');
    expect(json.statusCode).toBe(200);
    const dir = directorySchema.parse(json.json());
    const entry = dir.markets.find((m) => m.name === '沙坪坝区井口街道建筑工零工市场');
    expect(entry).toMatchObject({ rightsHotline: '12333', district: { name: '沙坪坝区' } });
    expect(entry?.services.find((s) => s.code === 'seeker-registration')).toMatchObject({
      materials: ['身份证'],
      timeLimitMinutes: 20,
    });
    expect(json.body).not.toMatch(/pinHash|staffNo|token/);
    const html = await anon.request('GET', '/markets');
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.body).toContain('沙坪坝区井口街道建筑工零工市场');
    expect(html.body).toContain('维权热线');
  });

  it('escapes what officers typed when it renders the page', async () => {
    const spb = await world.as('spb');
    const res = await spb.request('POST', `${ADMIN_API}/markets`, input({ address: '<script>alert(1)</script>路' }));
    expect(res.statusCode).toBe(200);
    const html = await new ConsoleClient(world.app).request('GET', '/markets');
    expect(html.body).not.toContain('<script>alert(1)');
    expect(html.body).toContain('&lt;script&gt;');
  });
});
