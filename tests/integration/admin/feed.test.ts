// The 渝职聘 feed: what is queued, the HTTP push against a receiver that fails,
// times out and takes items twice at random (all arrive, none lost, duplicates
// recognisable by key), the dead-letter list with retry, and the daily file.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import type { RecruitmentEvent } from '../../../domain/records/service';
import { feedItemSchema } from '../../../sync/protocol/feed';
import { stampAfter } from '../../../sync/server/admin/records-write';
import { pushDue } from '../../../sync/server/feed/http-push';
import { dailyFileName, writeDailyFile } from '../../../sync/server/feed/jsonl-file';
import { deadLetters, enqueueFeed, retryDeadLetter } from '../../../sync/server/feed/queue';
import { FeedScheduler } from '../../../sync/server/feed/scheduler';
import { importRecords } from '../../../sync/server/store/import-records';
import { T0, tempStore, type TempStore } from '../sync/support/store';
import { startFeedReceiver, type FeedReceiver } from './support/feed-receiver';

const MARKET = uuidv7(T0 - 1000);
let temp: TempStore;
let receiver: FeedReceiver;
let clock = T0;
const now = () => clock;

function fair(i: number, listedOnYzp = true): RecruitmentEvent {
  return {
    id: uuidv7(T0 + i),
    hlc: stampAfter(null, T0),
    deleted: false,
    marketId: MARKET,
    title: `专场招聘 ${i}`,
    startsAt: '2026-11-28T01:00:00.000Z',
    endsAt: '2026-11-28T05:00:00.000Z',
    venue: '大厅',
    organiser: '区就业服务中心',
    description: '',
    employerIds: [],
    listedOnYzp,
  };
}

beforeEach(async () => {
  temp = await tempStore();
  receiver = await startFeedReceiver(7, 400);
  clock = T0;
});
afterEach(async () => {
  await receiver.close();
  await temp.cleanup();
});

async function drain(maxAttempts: number): Promise<number> {
  let rounds = 0;
  for (; rounds < 200; rounds++) {
    const pending = await temp.store.db
      .selectFrom('feed_deliveries')
      .select('item_key')
      .where('adapter', '=', 'http')
      .where('status', '=', 'pending')
      .execute();
    if (pending.length === 0) break;
    await pushDue({
      db: temp.store.db,
      url: receiver.url,
      now,
      timeoutMs: 150,
      baseDelayMs: 10,
      maxDelayMs: 40,
      maxAttempts,
    });
    clock += 100;
  }
  return rounds;
}

describe('the 渝职聘 feed', () => {
  it('queues job fairs listed on 渝职聘 once, and a changed record again under a new key', async () => {
    const first = fair(1);
    await importRecords(temp.store, [
      { table: 'recruitmentEvents', record: first },
      { table: 'recruitmentEvents', record: fair(2, false) },
    ]);
    expect(await enqueueFeed(temp.store.db, now())).toBe(1);
    expect(await enqueueFeed(temp.store.db, now())).toBe(0);
    const changed = { ...first, title: '改期的专场招聘', hlc: stampAfter(first.hlc, T0 + 10) };
    await importRecords(temp.store, [{ table: 'recruitmentEvents', record: changed }]);
    expect(await enqueueFeed(temp.store.db, now())).toBe(1);
    const keys = (await temp.store.db.selectFrom('feed_items').select('key').execute()).map((r) => r.key);
    expect(new Set(keys).size).toBe(2);
    expect(keys.every((k) => k.startsWith(`job_fair:${first.id}:`))).toBe(true);
  });

  it('delivers every item to a receiver that fails, times out and takes items twice: none lost, duplicates share a key', async () => {
    await importRecords(
      temp.store,
      Array.from({ length: 60 }, (_, i) => ({ table: 'recruitmentEvents', record: fair(i + 1) })),
    );
    expect(await enqueueFeed(temp.store.db, now())).toBe(60);
    const queued = new Set((await temp.store.db.selectFrom('feed_items').select('key').execute()).map((r) => r.key));
    await drain(100);
    const arrived = new Set(receiver.kept.map((a) => a.key));
    expect(arrived).toEqual(queued);
    expect(await deadLetters(temp.store.db)).toEqual([]);
    // The chaos really happened: more requests than items, and some items arrived twice.
    expect(receiver.requests).toBeGreaterThan(60);
    expect(receiver.kept.length).toBeGreaterThan(arrived.size);
    const byKey = new Map<string, string>();
    for (const a of receiver.kept) {
      const item = feedItemSchema.parse(JSON.parse(a.body));
      expect(item.key).toBe(a.key);
      const seen = byKey.get(a.key);
      if (seen !== undefined) expect(a.body).toBe(seen);
      byKey.set(a.key, a.body);
    }
  });

  it('moves an item to the dead-letter list after its last attempt, and retry delivers it', async () => {
    await importRecords(temp.store, [{ table: 'recruitmentEvents', record: fair(1) }]);
    await enqueueFeed(temp.store.db, now());
    receiver.mode = 'fail';
    await drain(3);
    const dead = await deadLetters(temp.store.db);
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ adapter: 'http', kind: 'job_fair', attempts: 3, lastError: 'HTTP 503' });
    receiver.mode = 'ok';
    expect(await retryDeadLetter(temp.store.db, dead[0]?.key ?? '', 'http', now())).toBe(true);
    await drain(3);
    expect(receiver.kept.map((a) => a.key)).toEqual([dead[0]?.key]);
    expect(await deadLetters(temp.store.db)).toEqual([]);
  });

  it("writes the day's JSON Lines file, one valid item per line, each once", async () => {
    await importRecords(
      temp.store,
      Array.from({ length: 5 }, (_, i) => ({ table: 'recruitmentEvents', record: fair(i + 1) })),
    );
    await enqueueFeed(temp.store.db, now());
    const dir = mkdtempSync(join(tmpdir(), 'gig-feed-'));
    expect(await writeDailyFile(temp.store.db, dir, now())).toBe(5);
    expect(await writeDailyFile(temp.store.db, dir, now())).toBe(0);
    const lines = readFileSync(join(dir, dailyFileName(now())), 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => feedItemSchema.parse(JSON.parse(l)).kind)).toEqual(Array(5).fill('job_fair'));
  });

  it('runs in the server process: each round queues what was written and delivers it by HTTP and to the file', async () => {
    receiver.mode = 'ok';
    const dir = mkdtempSync(join(tmpdir(), 'gig-feed-'));
    const errors: unknown[] = [];
    const scheduler = new FeedScheduler({
      db: temp.store.db,
      clock: now,
      intervalMs: 100,
      httpUrl: receiver.url,
      fileDir: dir,
      onError: (err) => errors.push(err),
    });
    const [one, two] = [fair(1), fair(2)];
    await importRecords(temp.store, [{ table: 'recruitmentEvents', record: one }]);
    expect(await scheduler.runOnce()).toEqual({ queued: 1, pushed: 1, pushFailed: 0, written: 1 });
    // On its timer: a record written later arrives without anyone calling it.
    scheduler.start();
    await importRecords(temp.store, [{ table: 'recruitmentEvents', record: two }]);
    const deadline = Date.now() + 5000;
    while (receiver.kept.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await scheduler.stop();
    expect(errors).toEqual([]);
    expect(receiver.kept.map((a) => feedItemSchema.parse(JSON.parse(a.body)).recordId)).toEqual([one.id, two.id]);
    const lines = readFileSync(join(dir, dailyFileName(now())), 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(2);
  });

  it('leaves an adapter that is not configured waiting in the queue, and refuses a too-short interval', async () => {
    const scheduler = new FeedScheduler({ db: temp.store.db, clock: now, onError: () => undefined });
    await importRecords(temp.store, [{ table: 'recruitmentEvents', record: fair(1) }]);
    expect(await scheduler.runOnce()).toEqual({ queued: 1, pushed: 0, pushFailed: 0, written: 0 });
    const pending = await temp.store.db
      .selectFrom('feed_deliveries')
      .select('adapter')
      .where('status', '=', 'pending')
      .execute();
    expect(pending.map((p) => p.adapter).sort()).toEqual(['file', 'http']);
    expect(() => new FeedScheduler({ db: temp.store.db, clock: now, intervalMs: 5, onError: () => undefined })).toThrow(
      /invalid feed interval/,
    );
  });
});
