// Publishing content and job fairs to a market, a district or the city; the
// terminals see them after a pull; the dashboard flags markets with no
// 专场招聘 this month.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_API, marketListSchema } from '../../../sync/protocol/admin';
import { enrol, pullAll } from '../sync/support/client';
import { consoleWorld, SHAPINGBA, type ConsoleWorld } from './support/console';

let world: ConsoleWorld;
beforeEach(async () => {
  world = await consoleWorld();
});
afterEach(async () => {
  await world.close();
});

const fair = (target: object) => ({
  target,
  title: '建筑工专场招聘会',
  startsAt: '2026-11-28T01:00:00.000Z',
  endsAt: '2026-11-28T05:00:00.000Z',
  venue: '市场一楼大厅',
  organiser: '区就业服务中心',
});

const notice = (target: object) => ({
  target,
  kind: 'policy',
  title: '零工就业补贴政策',
  body: '符合条件的零工可申请补贴。',
  source: '区人社局',
  validFrom: '2026-11-01',
  validUntil: null,
});

describe('publishing', () => {
  it("puts a district's job fair in each of its markets and their kiosks see it after a pull; the other district's do not", async () => {
    const spb = await world.as('spb');
    const res = await spb.request('POST', `${ADMIN_API}/job-fairs`, fair({ scope: 'district', district: SHAPINGBA }));
    expect(res.statusCode).toBe(200);
    expect(res.json<{ markets: number }>().markets).toBe(2);
    const kioskB = await enrol(world.app, world.server.store, world.markets.spbB.id, 'kiosk');
    const kioskJ = await enrol(world.app, world.server.store, world.markets.jlp.id, 'kiosk');
    const fairsOf = async (token: string) =>
      [...(await pullAll(world.app, token)).records.keys()].filter((k) => k.startsWith('recruitmentEvents/'));
    expect(await fairsOf(kioskB.token)).toHaveLength(1);
    expect(await fairsOf(kioskJ.token)).toHaveLength(0);
  });

  it('publishes city-wide content as one record every terminal pulls, and only a city officer may', async () => {
    const spb = await world.as('spb');
    expect((await spb.request('POST', `${ADMIN_API}/content`, notice({ scope: 'city' }))).statusCode).toBe(403);
    const city = await world.as('city');
    const res = await city.request('POST', `${ADMIN_API}/content`, notice({ scope: 'city' }));
    expect(res.statusCode).toBe(200);
    const [id] = res.json<{ ids: string[] }>().ids;
    const kiosk = await enrol(world.app, world.server.store, world.markets.jlp.id, 'kiosk');
    expect((await pullAll(world.app, kiosk.token)).records.get(`contentItems/${String(id)}`)).toMatchObject({
      marketId: null,
      title: '零工就业补贴政策',
    });
  });

  it('keeps a market manager to its own market and refuses a fair that ends before it starts', async () => {
    const manager = await world.as('spbA');
    expect(
      (
        await manager.request(
          'POST',
          `${ADMIN_API}/job-fairs`,
          fair({ scope: 'market', marketId: world.markets.spbB.id }),
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (await manager.request('POST', `${ADMIN_API}/content`, notice({ scope: 'district', district: SHAPINGBA })))
        .statusCode,
    ).toBe(403);
    const backwards = {
      ...fair({ scope: 'market', marketId: world.markets.spbA.id }),
      endsAt: '2026-11-27T00:00:00.000Z',
    };
    expect((await manager.request('POST', `${ADMIN_API}/job-fairs`, backwards)).statusCode).toBe(400);
  });

  it('flags the markets with no 专场招聘 this month on the market list', async () => {
    const spb = await world.as('spb');
    await spb.request('POST', `${ADMIN_API}/job-fairs`, fair({ scope: 'market', marketId: world.markets.spbA.id }));
    // Next month's fair does not count for this month.
    await spb.request('POST', `${ADMIN_API}/job-fairs`, {
      ...fair({ scope: 'market', marketId: world.markets.spbB.id }),
      startsAt: '2026-12-05T01:00:00.000Z',
      endsAt: '2026-12-05T05:00:00.000Z',
    });
    const list = marketListSchema.parse((await spb.request('GET', `${ADMIN_API}/markets`)).json());
    const flags = Object.fromEntries(list.markets.map((m) => [m.market.id, m.jobFairThisMonth]));
    expect(flags).toEqual({ [world.markets.spbA.id]: true, [world.markets.spbB.id]: false });
  });
});
