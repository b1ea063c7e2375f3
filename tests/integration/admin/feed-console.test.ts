// The feed's console page: delivery counts and dead letters in the officer's
// reach, and retry (one or all) with the CSRF token, audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import type { RecruitmentEvent } from '../../../domain/records/service';
import { ADMIN_API, feedStatusSchema } from '../../../sync/protocol/admin';
import { stampAfter } from '../../../sync/server/admin/records-write';
import { enqueueFeed, markFailed } from '../../../sync/server/feed/queue';
import { importRecords } from '../../../sync/server/store/import-records';
import { T0 } from '../sync/support/store';
import { consoleWorld, type ConsoleWorld } from './support/console';

let world: ConsoleWorld;

function fair(marketId: string, i: number): RecruitmentEvent {
  return {
    id: uuidv7(T0 + 100 + i),
    hlc: stampAfter(null, T0),
    deleted: false,
    marketId,
    title: `专场招聘 ${i}`,
    startsAt: '2026-11-28T01:00:00.000Z',
    endsAt: '2026-11-28T05:00:00.000Z',
    venue: '大厅',
    organiser: '区就业服务中心',
    description: '',
    employerIds: [],
    listedOnYzp: true,
  };
}

beforeEach(async () => {
  world = await consoleWorld();
  const db = world.server.store.db;
  await importRecords(world.server.store, [
    { table: 'recruitmentEvents', record: fair(world.markets.spbA.id, 1) },
    { table: 'recruitmentEvents', record: fair(world.markets.jlp.id, 2) },
  ]);
  expect(await enqueueFeed(db, T0)).toBe(2);
  for (const row of await db.selectFrom('feed_items').select('key').execute())
    await markFailed(db, 'http', row.key, 8, 'HTTP 503', null);
});
afterEach(async () => {
  await world.close();
});

async function status(name: 'city' | 'spb') {
  const client = await world.as(name);
  const res = await client.request('GET', `${ADMIN_API}/feed`);
  expect(res.statusCode).toBe(200);
  return { client, view: feedStatusSchema.parse(res.json()) };
}

describe('the feed page in the console', () => {
  it('shows a city officer every dead letter and a district officer only its own markets’', async () => {
    const city = await status('city');
    expect(city.view.deadLetters).toHaveLength(2);
    expect(city.view.counts).toEqual(
      expect.arrayContaining([
        { adapter: 'http', status: 'dead', count: 2 },
        { adapter: 'file', status: 'pending', count: 2 },
      ]),
    );
    const spb = await status('spb');
    expect(spb.view.deadLetters.map((d) => d.marketId)).toEqual([world.markets.spbA.id]);
    expect(spb.view.deadLetters[0]).toMatchObject({ kind: 'job_fair', attempts: 8, lastError: 'HTTP 503' });
  });

  it('puts a dead letter back in the queue on retry, audited, and refuses one out of reach or without CSRF', async () => {
    const { client, view } = await status('spb');
    const [mine] = view.deadLetters;
    if (mine === undefined) throw new Error('no dead letter');
    const cityView = (await status('city')).view;
    const other = cityView.deadLetters.find((d) => d.marketId === world.markets.jlp.id);
    if (other === undefined) throw new Error('no jlp dead letter');
    const body = { key: mine.key, adapter: 'http' };
    expect((await client.request('POST', `${ADMIN_API}/feed/retry`, body, { csrf: false })).statusCode).toBe(403);
    expect(
      (await client.request('POST', `${ADMIN_API}/feed/retry`, { key: other.key, adapter: 'http' })).statusCode,
    ).toBe(404);
    expect((await client.request('POST', `${ADMIN_API}/feed/retry`, { key: 'nope', adapter: 'http' })).statusCode).toBe(
      400,
    );
    const res = await client.request('POST', `${ADMIN_API}/feed/retry`, body);
    expect(res.statusCode).toBe(200);
    const row = await world.server.store.db
      .selectFrom('feed_deliveries')
      .select(['status', 'attempts'])
      .where('item_key', '=', mine.key)
      .where('adapter', '=', 'http')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'pending', attempts: 0 });
    const audit = await client.request('GET', `${ADMIN_API}/audit`);
    expect(audit.body).toContain('feed_retry');
    // The other district's letter is still dead.
    expect((await status('city')).view.deadLetters.map((d) => d.key)).toEqual([other.key]);
  });

  it('retries every dead letter in reach at once', async () => {
    const { client } = await status('city');
    const res = await client.request('POST', `${ADMIN_API}/feed/retry-all`);
    expect(res.json()).toEqual({ retried: 2 });
    expect((await status('city')).view.deadLetters).toEqual([]);
  });
});
