import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoMarket, type DemoMarket } from '../../../../../domain/demo/generate';
import { DEMO_SEED, demoRecords } from '../../../../../domain/demo/records';
import { maskPhone } from '../../../../../domain/ids/mask';
import { uuidv7 } from '../../../../../domain/ids/uuidv7';
import type { Posting } from '../../../../../domain/records/posting';
import { buildServer } from '../../../../../sync/server/server';
import { writeRecordRows } from '../../../../../sync/server/store/records';
import { tempStore, type TempStore } from '../../../../integration/sync/support/store';

const T0 = Date.parse('2026-11-26T02:00:00.000Z');
const TODAY = '2026-11-26';

let temp: TempStore;
let app: FastifyInstance;
let demo: DemoMarket;

async function store(extra: Posting[] = []) {
  let version = 0;
  const rows = [...demoRecords(demo), ...extra.map((record) => ({ table: 'postings' as const, record }))];
  await writeRecordRows(
    temp.store.db,
    rows.map(({ table, record }) => {
      const r = record as { id: string; hlc: string; marketId?: string };
      return {
        table_name: table,
        id: r.id,
        market_id: table === 'markets' ? null : (r.marketId ?? null),
        hlc: r.hlc,
        deleted: 0,
        body: JSON.stringify(record),
        version: ++version,
      };
    }),
  );
}

function published(): Posting {
  const p = demo.postings.find((x) => x.status === 'published' && x.validUntil >= TODAY);
  if (p === undefined) throw new Error('the demo has no open posting');
  return p;
}

beforeEach(async () => {
  demo = generateDemoMarket({ seed: DEMO_SEED, today: TODAY, nowMillis: T0 });
  temp = await tempStore();
  app = buildServer({ db: temp.store, clock: () => T0, revocationSweepMs: 0 });
});

afterEach(async () => {
  await app.close();
  await temp.cleanup();
});

describe('GET /p/<posting id>', () => {
  it('shows a published posting’s 第七条 fields, its employer and a masked contact, without scripts', async () => {
    await store();
    const p = published();
    const employer = demo.employers.find((e) => e.id === p.employerId);
    const res = await app.inject({ method: 'GET', url: `/p/${p.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-store');
    for (const text of [p.title, p.skills, p.location.address, p.duration, p.content, p.validUntil]) {
      expect(res.body).toContain(text.replace(/&/g, '&amp;'));
    }
    expect(res.body).toContain(employer?.name ?? 'missing employer');
    expect(res.body).toContain(maskPhone(p.contact.phone));
    expect(res.body).not.toContain(p.contact.phone);
    expect(res.body).toContain(demo.market.rightsHotline);
    expect(res.body).not.toContain('<script');
  });

  it('keeps the review trail and screening out of the public page', async () => {
    await store();
    const p = published();
    const res = await app.inject({ method: 'GET', url: `/p/${p.id.toUpperCase()}` });
    expect(res.statusCode).toBe(200);
    if (p.reviewedBy !== null) expect(res.body).not.toContain(p.reviewedBy);
    expect(res.body).not.toContain(p.employerId);
  });

  it('answers 404 for an unknown id, a malformed id, an unpublished and an expired posting', async () => {
    const base = published();
    const pending: Posting = { ...base, id: uuidv7(T0 + 1), status: 'pending_review', publishedBy: null };
    const expired: Posting = { ...base, id: uuidv7(T0 + 2), validUntil: '2026-11-25' };
    const withdrawn: Posting = { ...base, id: uuidv7(T0 + 3), status: 'withdrawn' };
    await store([pending, expired, withdrawn]);
    for (const url of [
      `/p/${uuidv7(T0 + 9)}`,
      '/p/not-a-posting',
      `/p/${pending.id}`,
      `/p/${expired.id}`,
      `/p/${withdrawn.id}`,
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body).toContain('未找到该岗位');
      expect(res.body).toContain('Job not found');
    }
  });

  it('escapes a posting’s own text', async () => {
    const base = published();
    const tricky: Posting = { ...base, id: uuidv7(T0 + 4), title: '<b>搬运</b> & 装卸' };
    await store([tricky]);
    const res = await app.inject({ method: 'GET', url: `/p/${tricky.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('&lt;b&gt;搬运&lt;/b&gt; &amp; 装卸');
    expect(res.body).not.toContain('<b>搬运');
  });
});
