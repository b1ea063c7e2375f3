// Shared test data: deterministic ids and clocks, and one valid record of
// every synced table. Not a test file (no `.test.`), imported by the tests.
import type { DBCore, DBCoreTable } from 'dexie';
import { formatStamp, type HlcStamp } from '../../../../domain/clock/hlc';
import { uuidv7, type RandomBytes } from '../../../../domain/ids/uuidv7';
import type { Posting } from '../../../../domain/records/posting';
import type { RecordOf, RecordTable } from '../../../../domain/records/registry';
import type { TerminalDb } from '../../../../renderer/db/database';
import type { DeviceContext } from '../../../../renderer/db/device';
import type { PostingDraft, TicketDraft } from '../../../../renderer/db/repository';

export const T0 = Date.parse('2026-11-26T08:00:00.000Z');
export const TODAY = '2026-11-26';

/** A small deterministic byte source (mulberry32), so ids repeat run to run. */
export function seededRandom(seed: number): RandomBytes {
  let a = seed >>> 0;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
    }
    return out;
  };
}

const idRandom = seededRandom(7);
/** A fresh valid UUIDv7. */
export const makeId = (): string => uuidv7(T0, idRandom);

let dbCounter = 0;
/** fake-indexeddb keeps databases for the whole file: every test gets its own name. */
export const dbName = (label: string): string => `${label}-${++dbCounter}`;

export interface TestClock {
  readonly now: () => number;
  set(millis: number): void;
  advance(ms: number): void;
}

export function testClock(start = T0): TestClock {
  let t = start;
  return {
    now: () => t,
    set: (m) => {
      t = m;
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

export function deviceCtx(clock: TestClock = testClock(), seed = 1): DeviceContext {
  return { deviceId: uuidv7(T0 - 86_400_000, seededRandom(1000 + seed)), now: clock.now, random: seededRandom(seed) };
}

export const REMOTE_NODE = 'bbbbbbbbbbbbbbbb';
export const remoteStamp = (millis: number, counter = 0): HlcStamp =>
  formatStamp({ millis, counter, node: REMOTE_NODE });

export const MARKET_ID = makeId();
export const OTHER_MARKET_ID = makeId();
export const STAFF_ID = makeId();
export const EMPLOYER_ID = makeId();
export const TERMINAL_ID = makeId();

export function postingDraft(overrides: Partial<PostingDraft> = {}): PostingDraft {
  return {
    marketId: MARKET_ID,
    title: '小区绿化养护',
    occupation: '绿化工',
    occupationCode: 'gardener',
    skills: '会使用修枝剪',
    location: { district: '500103', address: '解放碑步行街 1 号' },
    duration: '每天 8 小时，共 3 天',
    content: '修剪绿篱、浇水、清理落叶',
    pay: { amount: 200, unit: 'day', method: 'daily' },
    headcount: 3,
    validUntil: '2026-11-30',
    contact: { name: '王经理', phone: '13800138000' },
    employerId: EMPLOYER_ID,
    status: 'published',
    screening: { verdict: 'ok', findings: [], rulesVersion: '1' },
    source: 'window',
    collectedBy: STAFF_ID,
    reviewedBy: STAFF_ID,
    reviewNote: '',
    publishedBy: STAFF_ID,
    publishedAt: '2026-11-26T01:00:00.000Z',
    createdAt: '2026-11-26T00:30:00.000Z',
    ...overrides,
  };
}

export function ticketDraft(overrides: Partial<TicketDraft> = {}): TicketDraft {
  return {
    marketId: MARKET_ID,
    day: TODAY,
    lane: 'A',
    serviceCode: 'job_search',
    number: 1,
    display: 'A001',
    priority: 'none',
    issuedBy: TERMINAL_ID,
    context: { postingId: null, applicationId: null },
    ...overrides,
  };
}

/** One valid record of every synced table, all stamped `hlc`. */
export function sampleRecords(hlc: HlcStamp): { [T in RecordTable]: RecordOf<T> } {
  const base = { hlc, deleted: false };
  const scoped = { ...base, marketId: MARKET_ID };
  const ticketId = makeId();
  const posting: Posting = { ...postingDraft(), id: makeId(), ...base };
  return {
    markets: {
      id: MARKET_ID,
      ...base,
      name: '渝中区解放碑零工市场',
      kind: 'market',
      district: '500103',
      address: '解放碑步行街 1 号',
      hours: [{ weekdays: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }],
      phone: '023-12345678',
      rightsHotline: '12333',
      timeZone: 'Asia/Shanghai',
    },
    terminals: {
      id: TERMINAL_ID,
      ...scoped,
      role: 'caller',
      label: '2 号窗口',
      windowNumber: 2,
      lanes: ['A'],
      enrolledAt: '2026-11-01T00:00:00.000Z',
      revoked: false,
    },
    staff: {
      id: STAFF_ID,
      ...scoped,
      name: '李明',
      staffNo: 'S001',
      duties: ['window'],
      pinHash: null,
      active: true,
    },
    employers: {
      id: EMPLOYER_ID,
      ...scoped,
      name: '重庆某物业公司',
      kind: 'company',
      creditCode: null,
      contact: { name: '王经理', phone: '13800138000' },
      district: '500103',
      address: '解放碑',
      registeredBy: null,
      registeredAt: '2026-11-01T00:00:00.000Z',
    },
    postings: posting,
    seekers: {
      id: makeId(),
      ...scoped,
      name: '张三',
      phone: '13900139000',
      idNumber: null,
      skills: ['gardener'],
      skillNote: '',
      availability: [],
      areas: ['500103'],
      expectedPay: null,
      availableFrom: null,
      consent: { noticeVersion: '2026-1', at: '2026-11-26T00:00:00.000Z' },
      registeredVia: 'kiosk',
      registeredAt: '2026-11-26T00:00:00.000Z',
    },
    applications: {
      id: makeId(),
      ...scoped,
      postingId: posting.id,
      seekerId: null,
      ticketId,
      status: 'requested',
      requestedAt: '2026-11-26T00:00:00.000Z',
      confirmedBy: null,
      confirmedAt: null,
    },
    tickets: { id: ticketId, ...scoped, ...ticketDraft(), issuedAt: hlc },
    ticketEvents: {
      id: makeId(),
      ...scoped,
      ticketId,
      type: 'printed',
      at: hlc,
      terminalId: TERMINAL_ID,
      staffId: null,
      windowNumber: null,
      toLane: null,
      outcome: null,
    },
    serviceRecords: {
      id: makeId(),
      ...scoped,
      day: TODAY,
      serviceCode: 'job_search',
      ticketId,
      staffId: STAFF_ID,
      seekerId: null,
      employerId: null,
      postingId: null,
      outcome: 'consulted',
      missingMaterials: [],
      startedAt: '2026-11-26T01:00:00.000Z',
      finishedAt: '2026-11-26T01:10:00.000Z',
      note: '',
    },
    recruitmentEvents: {
      id: makeId(),
      ...scoped,
      title: '家政服务专场招聘会',
      startsAt: '2026-11-28T01:00:00.000Z',
      endsAt: '2026-11-28T04:00:00.000Z',
      venue: '市场一楼大厅',
      organiser: '渝中区就业服务中心',
      description: '',
      employerIds: [EMPLOYER_ID],
      listedOnYzp: true,
    },
    contentItems: {
      id: makeId(),
      ...base,
      marketId: null,
      kind: 'policy',
      title: '灵活就业社保补贴',
      body: '符合条件的灵活就业人员可申请社保补贴。',
      source: '重庆市人力社保局',
      validFrom: '2026-01-01',
      validUntil: null,
      priority: 5,
    },
    surveyResponses: {
      id: makeId(),
      ...scoped,
      respondent: 'seeker',
      environment: 5,
      process: 4,
      result: 5,
      reasons: [],
      comment: '',
      ticketId,
      at: '2026-11-26T01:20:00.000Z',
    },
    feedback: {
      id: makeId(),
      ...scoped,
      category: 'suggestion',
      message: '希望增加周末服务时间',
      contactPhone: null,
      at: '2026-11-26T01:30:00.000Z',
      status: 'open',
      reply: '',
    },
    helpRequests: {
      id: makeId(),
      ...scoped,
      kioskId: makeId(),
      kioskLabel: '大厅自助查询机',
      screen: 'ticket',
      requestedAt: '2026-11-26T01:31:00.000Z',
      status: 'open',
      takenBy: null,
      takenAt: null,
    },
    postingHistory: {
      id: makeId(),
      ...scoped,
      postingId: posting.id,
      action: 'published',
      staffId: STAFF_ID,
      at: '2026-11-26T01:00:00.000Z',
      baseHlc: hlc,
      resultHlc: hlc,
      status: 'published',
      note: '',
      content: null,
    },
  };
}

/**
 * Record which index every read goes through (`table:index`, `:id` for the
 * primary key), by a DBCore middleware. Call before the database opens.
 */
export function recordIndexUse(db: TerminalDb): string[] {
  const used: string[] = [];
  db.use({
    stack: 'dbcore',
    name: 'test-index-log',
    create: (down: DBCore): Partial<DBCore> => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const t = down.table(name);
        return {
          ...t,
          query: (req) => {
            used.push(`${name}:${req.query.index.name ?? ':id'}`);
            return t.query(req);
          },
          openCursor: (req) => {
            used.push(`${name}:${req.query.index.name ?? ':id'}`);
            return t.openCursor(req);
          },
        };
      },
    }),
  });
  return used;
}
