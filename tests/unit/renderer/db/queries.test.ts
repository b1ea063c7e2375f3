import { afterEach, describe, expect, it } from 'vitest';
import type { RecordOf, RecordTable } from '../../../../domain/records/registry';
import { TerminalDb, recordTable } from '../../../../renderer/db/database';
import {
  activeStaff,
  currentContent,
  publishedPostings,
  recruitmentEventsNotEnded,
  seekersByPhone,
  serviceRecordsOfDay,
  ticketEventsOf,
  ticketEventsOfDay,
  ticketsOfDay,
} from '../../../../renderer/db/queries';
import {
  MARKET_ID,
  OTHER_MARKET_ID,
  T0,
  TODAY,
  dbName,
  makeId,
  postingDraft,
  recordIndexUse,
  remoteStamp,
  sampleRecords,
} from './fixtures';

// Rows are stored directly: these tests are about reads, and the write path
// has its own tests.
const opened: TerminalDb[] = [];
function logged(label: string): { db: TerminalDb; used: string[] } {
  const db = new TerminalDb(dbName(label));
  opened.push(db);
  return { db, used: recordIndexUse(db) };
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const sample = sampleRecords(remoteStamp(T0));
function row<T extends RecordTable>(table: T, overrides: Partial<RecordOf<T>> = {}): RecordOf<T> {
  return { ...sample[table], id: makeId(), ...overrides };
}
const ids = (rows: readonly { id: string }[]): string[] => rows.map((r) => r.id);

describe('publishedPostings', () => {
  const posting = (overrides: Partial<RecordOf<'postings'>>): RecordOf<'postings'> =>
    row('postings', { ...postingDraft(), ...overrides });

  const board = {
    garden: posting({ publishedAt: '2026-11-26T03:00:00.000Z' }),
    gardenOtherDistrict: posting({
      publishedAt: '2026-11-26T02:00:00.000Z',
      location: { district: '500105', address: '江北嘴' },
    }),
    cleaner: posting({ occupationCode: 'cleaner', occupation: '保洁员', publishedAt: '2026-11-26T01:00:00.000Z' }),
    // 02:30 UTC, half an hour before `garden`, though its string sorts after it.
    cleanerLate: posting({ occupationCode: 'cleaner', occupation: '保洁员', publishedAt: '2026-11-26T02:30:00.000Z' }),
    expired: posting({ validUntil: '2026-11-25' }),
    lastDay: posting({ validUntil: TODAY, publishedAt: '2026-11-25T00:00:00.000Z' }),
    pending: posting({ status: 'pending_review', publishedBy: null, publishedAt: null }),
    deleted: posting({ deleted: true }),
    noCode: posting({ occupationCode: null, publishedAt: '2026-11-24T00:00:00.000Z' }),
  };

  async function seed(label: string): Promise<{ db: TerminalDb; used: string[] }> {
    const ctx = logged(label);
    await recordTable(ctx.db, 'postings').bulkPut(Object.values(board));
    ctx.used.length = 0;
    return ctx;
  }

  it('lists published postings still valid today, newest first, by the [status+validUntil] index', async () => {
    const { db, used } = await seed('board');
    expect(ids(await publishedPostings(db, { today: TODAY }))).toEqual(
      ids([board.garden, board.cleanerLate, board.gardenOtherDistrict, board.cleaner, board.lastDay, board.noCode]),
    );
    expect(used).toEqual(['postings:[status+validUntil]']);
  });

  it('filters by trade through the [status+occupationCode+validUntil] index', async () => {
    const { db, used } = await seed('trade');
    expect(ids(await publishedPostings(db, { today: TODAY, occupationCode: 'gardener' }))).toEqual(
      ids([board.garden, board.gardenOtherDistrict, board.lastDay]),
    );
    expect(used).toEqual(['postings:[status+occupationCode+validUntil]']);
  });

  it('filters by district through the location.district index', async () => {
    const { db, used } = await seed('district');
    expect(ids(await publishedPostings(db, { today: TODAY, district: '500105' }))).toEqual(
      ids([board.gardenOtherDistrict]),
    );
    expect(used).toEqual(['postings:location.district']);
  });

  it('combines trade and district', async () => {
    const { db } = await seed('both');
    expect(ids(await publishedPostings(db, { today: TODAY, occupationCode: 'gardener', district: '500103' }))).toEqual(
      ids([board.garden, board.lastDay]),
    );
    expect(await publishedPostings(db, { today: '2026-12-01', occupationCode: 'gardener' })).toEqual([]);
  });
});

describe('queue reads', () => {
  const ticket = (lane: string, n: number, overrides: Partial<RecordOf<'tickets'>> = {}): RecordOf<'tickets'> =>
    row('tickets', { lane, number: n, display: `${lane}${String(n).padStart(3, '0')}`, ...overrides });
  const a2 = ticket('A', 2);
  const a1 = ticket('A', 1);
  const b1 = ticket('B', 1);
  const yesterday = ticket('A', 1, { day: '2026-11-25' });
  const otherMarket = ticket('A', 1, { marketId: OTHER_MARKET_ID });
  const gone = ticket('A', 3, { deleted: true });

  const event = (ticketId: string, counter: number, overrides: Partial<RecordOf<'ticketEvents'>> = {}) =>
    row('ticketEvents', { ticketId, at: remoteStamp(T0 + counter), hlc: remoteStamp(T0 + counter), ...overrides });
  const events = [event(a1.id, 3, { type: 'called' }), event(a1.id, 1), event(b1.id, 2), event(yesterday.id, 0)];

  async function seed(label: string): Promise<{ db: TerminalDb; used: string[] }> {
    const ctx = logged(label);
    await recordTable(ctx.db, 'tickets').bulkPut([a2, a1, b1, yesterday, otherMarket, gone]);
    await recordTable(ctx.db, 'ticketEvents').bulkPut(events);
    ctx.used.length = 0;
    return ctx;
  }

  it("ticketsOfDay returns the market's tickets of the day by lane and number, through [marketId+day+lane]", async () => {
    const { db, used } = await seed('tickets');
    expect(ids(await ticketsOfDay(db, MARKET_ID, TODAY))).toEqual(ids([a1, a2, b1]));
    expect(ids(await ticketsOfDay(db, MARKET_ID, TODAY, 'A'))).toEqual(ids([a1, a2]));
    expect(await ticketsOfDay(db, MARKET_ID, '2026-11-27')).toEqual([]);
    expect(new Set(used)).toEqual(new Set(['tickets:[marketId+day+lane]']));
  });

  it('ticketEventsOf returns one ticket’s events in stamp order, through the ticketId index', async () => {
    const { db, used } = await seed('events');
    expect((await ticketEventsOf(db, a1.id)).map((e) => e.at)).toEqual([remoteStamp(T0 + 1), remoteStamp(T0 + 3)]);
    expect(used).toEqual(['ticketEvents:ticketId']);
  });

  it("ticketEventsOfDay returns the events of the day's tickets only", async () => {
    const { db, used } = await seed('events-day');
    expect((await ticketEventsOfDay(db, MARKET_ID, TODAY)).map((e) => e.at)).toEqual(
      [1, 2, 3].map((c) => remoteStamp(T0 + c)),
    );
    expect(new Set(used)).toEqual(new Set(['tickets:[marketId+day+lane]', 'ticketEvents:ticketId']));
  });
});

describe('other screen reads', () => {
  it('serviceRecordsOfDay returns the ledger of one market day in order of finishing', async () => {
    const { db, used } = logged('ledger');
    const late = row('serviceRecords', { finishedAt: '2026-11-26T09:00:00.000Z' });
    const early = row('serviceRecords', { finishedAt: '2026-11-26T08:30:00.000Z' });
    const otherDay = row('serviceRecords', { day: '2026-11-25' });
    await recordTable(db, 'serviceRecords').bulkPut([late, early, otherDay]);
    used.length = 0;
    expect(ids(await serviceRecordsOfDay(db, MARKET_ID, TODAY))).toEqual(ids([early, late]));
    expect(used).toEqual(['serviceRecords:[marketId+day]']);
  });

  it('activeStaff lists active staff of the market by staff number', async () => {
    const { db, used } = logged('staff');
    const s2 = row('staff', { staffNo: 'S002' });
    const s1 = row('staff', { staffNo: 'S001' });
    const inactive = row('staff', { staffNo: 'S003', active: false });
    const elsewhere = row('staff', { marketId: OTHER_MARKET_ID });
    await recordTable(db, 'staff').bulkPut([s2, s1, inactive, elsewhere]);
    used.length = 0;
    expect(ids(await activeStaff(db, MARKET_ID))).toEqual(ids([s1, s2]));
    expect(used).toEqual(['staff:marketId']);
  });

  it('seekersByPhone finds live seekers by phone through the phone index', async () => {
    const { db, used } = logged('seekers');
    const match = row('seekers', { phone: '13700137000' });
    const removed = row('seekers', { phone: '13700137000', deleted: true });
    await recordTable(db, 'seekers').bulkPut([match, removed, row('seekers')]);
    used.length = 0;
    expect(ids(await seekersByPhone(db, '13700137000'))).toEqual(ids([match]));
    expect(used).toEqual(['seekers:phone']);
  });

  it('currentContent returns city-wide and own-market items of a kind in force today, highest priority first', async () => {
    const { db, used } = logged('content');
    const city = row('contentItems', { priority: 3 });
    const own = row('contentItems', { marketId: MARKET_ID, priority: 8 });
    const foreign = row('contentItems', { marketId: OTHER_MARKET_ID });
    const notYet = row('contentItems', { validFrom: '2026-11-27' });
    const over = row('contentItems', { validUntil: '2026-11-25' });
    const lastDay = row('contentItems', { validUntil: TODAY, priority: 0 });
    const training = row('contentItems', { kind: 'training' });
    await recordTable(db, 'contentItems').bulkPut([city, own, foreign, notYet, over, lastDay, training]);
    used.length = 0;
    expect(ids(await currentContent(db, 'policy', { marketId: MARKET_ID, today: TODAY }))).toEqual(
      ids([own, city, lastDay]),
    );
    expect(used).toEqual(['contentItems:kind']);
  });

  it('recruitmentEventsNotEnded returns events not over yet, soonest first', async () => {
    const { db, used } = logged('fairs');
    const now = Date.parse('2026-11-26T10:00:00+08:00');
    const ongoing = row('recruitmentEvents', {
      startsAt: '2026-11-26T01:00:00.000Z',
      endsAt: '2026-11-26T03:00:00.000Z',
    });
    // Ends 10:30 Beijing time, half an hour after now.
    const endingUtc = row('recruitmentEvents', {
      startsAt: '2026-11-26T00:00:00.000Z',
      endsAt: '2026-11-26T02:30:00.000Z',
    });
    const later = row('recruitmentEvents', {
      startsAt: '2026-11-28T01:00:00.000Z',
      endsAt: '2026-11-28T04:00:00.000Z',
    });
    const over = row('recruitmentEvents', {
      startsAt: '2026-11-26T00:00:00.000Z',
      endsAt: '2026-11-26T01:59:59.000Z',
    });
    const longGone = row('recruitmentEvents', {
      startsAt: '2026-10-01T01:00:00.000Z',
      endsAt: '2026-10-01T04:00:00.000Z',
    });
    const elsewhere = row('recruitmentEvents', { marketId: OTHER_MARKET_ID, endsAt: '2026-11-28T04:00:00.000Z' });
    await recordTable(db, 'recruitmentEvents').bulkPut([ongoing, endingUtc, later, over, longGone, elsewhere]);
    used.length = 0;
    expect(ids(await recruitmentEventsNotEnded(db, MARKET_ID, now))).toEqual(ids([endingUtc, ongoing, later]));
    expect(used).toEqual(['recruitmentEvents:[marketId+endsAt]']);
  });
});
