import { beforeAll, describe, expect, it } from 'vitest';
import { nodeIdFromDeviceId, parseStamp } from '../../../../domain/clock/hlc';
import { addDays } from '../../../../domain/clock/local-day';
import { isValidCreditCode } from '../../../../domain/ids/credit-code';
import { parsePhone } from '../../../../domain/ids/phone';
import { uuidV7Schema, uuidv7Millis } from '../../../../domain/ids/uuidv7';
import { MARKET_NAME_RE } from '../../../../domain/records/market';
import { parseRecord, type RecordTable } from '../../../../domain/records/registry';
import { exportPosting } from '../../../../domain/posting/exchange';
import { RULES_VERSION } from '../../../../domain/posting/rules';
import { screenPosting } from '../../../../domain/posting/screen';
import { OCCUPATIONS } from '../../../../domain/reference/occupations';
import { resolveDistrict } from '../../../../domain/reference/districts';
import { generateDemoMarket, type DemoMarket } from '../../../../domain/demo/generate';
import { DEMO_MARKET_GROUP, DEMO_MARKET_PLACE } from '../../../../domain/demo/market';
import { DEMO_DEVICE_ID } from '../../../../domain/demo/stamper';
import { DEMO_SERVICES } from '../../../../domain/demo/services';
import { isoWeekday } from '../../../../domain/demo/calendar';

const TODAY = '2026-11-26';
const NOW = Date.parse('2026-11-26T02:00:00.000Z'); // 10:00 in Chongqing
function districtCode(name: string): string {
  const district = resolveDistrict(name);
  if (district === null) throw new Error(`unknown district ${name}`);
  return district.code;
}
const HECHUAN = districtCode('合川区');

function tables(demo: DemoMarket): [RecordTable, readonly unknown[]][] {
  return [
    ['markets', [demo.market]],
    ['terminals', demo.terminals],
    ['staff', demo.staff],
    ['employers', demo.employers],
    ['postings', demo.postings],
    ['recruitmentEvents', demo.recruitmentEvents],
    ['contentItems', demo.contentItems],
  ];
}

function allRecords(demo: DemoMarket): { id: string; hlc: string; deleted: boolean }[] {
  return tables(demo).flatMap(([, rows]) => rows as { id: string; hlc: string; deleted: boolean }[]);
}

let demo: DemoMarket;
beforeAll(() => {
  demo = generateDemoMarket({ seed: 42, today: TODAY, nowMillis: NOW });
});

describe('generateDemoMarket: determinism', () => {
  it('returns deep-equal output for the same seed, day and instant', () => {
    expect(generateDemoMarket({ seed: 42, today: TODAY, nowMillis: NOW })).toEqual(demo);
  });

  it('draws different employers’ contacts and a different board for a different seed', () => {
    const other = generateDemoMarket({ seed: 43, today: TODAY, nowMillis: NOW });
    const board = (d: DemoMarket) => d.postings.map((p) => `${p.title}|${p.pay.amount}|${p.validUntil}`);
    expect(board(other)).not.toEqual(board(demo));
    expect(other.postings.map((p) => p.id)).not.toEqual(demo.postings.map((p) => p.id));
    expect(other.employers.map((e) => e.contact)).not.toEqual(demo.employers.map((e) => e.contact));
  });

  it('refuses an instant that is not on the given day in Chongqing, and a malformed day', () => {
    // 2026-11-26T16:30Z is already the 27th in Chongqing.
    expect(() => generateDemoMarket({ seed: 1, today: TODAY, nowMillis: Date.parse('2026-11-26T16:30:00Z') })).toThrow(
      /not on 2026-11-26/,
    );
    expect(() => generateDemoMarket({ seed: 1, today: '2026/11/26', nowMillis: NOW })).toThrow(/not on/);
    expect(() => generateDemoMarket({ seed: 0.5, today: TODAY, nowMillis: NOW })).toThrow(/safe integer/);
  });
});

describe('generateDemoMarket: records', () => {
  it('produces records that each pass parseRecord for their table unchanged', () => {
    for (const [table, rows] of tables(demo)) {
      for (const row of rows) expect(parseRecord(table, row)).toEqual(row);
    }
  });

  it('gives every record a distinct UUIDv7 made no later than now, and none is deleted', () => {
    const records = allRecords(demo);
    const ids = records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of records) {
      expect(uuidV7Schema.safeParse(r.id).success).toBe(true);
      expect(uuidv7Millis(r.id)).toBeLessThanOrEqual(NOW);
      expect(r.deleted).toBe(false);
    }
  });

  it('stamps every record with a distinct HLC from the demo device, none ahead of now', () => {
    const stamps = allRecords(demo).map((r) => r.hlc);
    expect(new Set(stamps).size).toBe(stamps.length);
    const node = nodeIdFromDeviceId(DEMO_DEVICE_ID);
    for (const s of stamps) {
      const parsed = parseStamp(s);
      expect(parsed.node).toBe(node);
      expect(parsed.millis).toBeLessThanOrEqual(NOW);
    }
  });

  it('ties every market-scoped record to the one demo market', () => {
    const scoped = [...demo.terminals, ...demo.staff, ...demo.employers, ...demo.postings, ...demo.recruitmentEvents];
    expect(scoped.every((r) => r.marketId === demo.market.id)).toBe(true);
  });
});

describe('generateDemoMarket: the market, terminals and staff', () => {
  it('names the market place + group + 零工市场 (第四条(三)) and places it in 合川区', () => {
    expect(demo.market.name).toMatch(MARKET_NAME_RE);
    expect(demo.market.name).toBe(`${DEMO_MARKET_PLACE}${DEMO_MARKET_GROUP}零工市场`);
    expect(resolveDistrict(DEMO_MARKET_PLACE.slice(0, 3))?.code).toBe(HECHUAN);
    expect(demo.market.kind).toBe('market');
    expect(demo.market.district).toBe(HECHUAN);
    expect(demo.market.address).toContain('合川区');
    expect(demo.market.timeZone).toBe('Asia/Shanghai');
  });

  it('publishes a callable market phone and the 第九条 rights hotline', () => {
    expect(parsePhone(demo.market.phone)?.normalized).toBe(demo.market.phone);
    expect(demo.market.phone.startsWith('023-')).toBe(true);
    expect(demo.market.rightsHotline).toBe('12333');
  });

  it('opens Monday to Friday 08:30–17:30 and Saturday 09:00–12:00', () => {
    expect(demo.market.hours).toEqual([
      { weekdays: [1, 2, 3, 4, 5], open: '08:30', close: '17:30' },
      { weekdays: [6], open: '09:00', close: '12:00' },
    ]);
  });

  it('has one kiosk, one display and callers at windows 1 and 2 that together serve every lane', () => {
    const roles = demo.terminals.map((t) => t.role).sort();
    expect(roles).toEqual(['caller', 'caller', 'display', 'kiosk']);
    const callers = demo.terminals.filter((t) => t.role === 'caller');
    expect(callers.map((c) => c.windowNumber).sort()).toEqual([1, 2]);
    const served = new Set(callers.flatMap((c) => c.lanes));
    expect(DEMO_SERVICES.map((s) => s.lane).filter((l) => !served.has(l))).toEqual([]);
    for (const t of demo.terminals.filter((x) => x.role !== 'caller')) {
      expect(t.windowNumber).toBeNull();
      expect(t.lanes).toEqual([]);
    }
  });

  it('lists six services A–F, each with a distinct code, lane, label and icon', () => {
    expect(DEMO_SERVICES.map((s) => s.lane)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(DEMO_SERVICES.map((s) => s.label)).toEqual([
      '求职登记',
      '招聘登记/用工',
      '即时快招对接',
      '政策咨询',
      '权益维护',
      '培训与创业',
    ]);
    expect(new Set(DEMO_SERVICES.map((s) => s.code)).size).toBe(6);
    expect(DEMO_SERVICES.every((s) => s.labelEn.length > 0 && s.icon.length > 0)).toBe(true);
    expect(demo.services).toBe(DEMO_SERVICES);
  });

  it('has at least three staff (第十四条(一)), active, without PINs, covering every duty', () => {
    expect(demo.staff.length).toBeGreaterThanOrEqual(3);
    expect(demo.staff.every((s) => s.active && s.pinHash === null)).toBe(true);
    expect(new Set(demo.staff.map((s) => s.staffNo)).size).toBe(demo.staff.length);
    const duties = new Set(demo.staff.flatMap((s) => s.duties));
    expect([...duties].sort()).toEqual(['admin', 'collector', 'publisher', 'reviewer', 'window']);
  });
});

describe('generateDemoMarket: employers', () => {
  it('has about forty employers of every kind, businesses with valid credit codes and households with none', () => {
    expect(demo.employers.length).toBeGreaterThanOrEqual(35);
    expect(demo.employers.length).toBeLessThanOrEqual(50);
    const kinds = new Set(demo.employers.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['company', 'individual_business', 'person', 'public_body']);
    for (const e of demo.employers) {
      if (e.kind === 'person') expect(e.creditCode).toBeNull();
      else expect(isValidCreditCode(e.creditCode ?? ''), `${e.name} ${e.creditCode}`).toBe(true);
    }
    const codes = demo.employers.flatMap((e) => (e.creditCode === null ? [] : [e.creditCode]));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('registers companies under 市场监管 (9 1) and individual businesses as 个体工商户 (9 2)', () => {
    for (const e of demo.employers) {
      if (e.kind === 'individual_business') expect(e.creditCode?.slice(0, 2)).toBe('92');
      if (e.kind === 'public_body') expect(e.creditCode?.charAt(0)).toBe('1');
    }
    expect(demo.employers.filter((e) => e.creditCode?.startsWith('91')).length).toBeGreaterThan(20);
  });

  it('gives every employer a contact with a valid phone in normalised form, registered by a collector', () => {
    const collectors = new Set(demo.staff.filter((s) => s.duties.includes('collector')).map((s) => s.id));
    for (const e of demo.employers) {
      expect(parsePhone(e.contact?.phone ?? '')?.normalized).toBe(e.contact?.phone);
      expect(e.contact?.name).toMatch(/^\p{Script=Han}{2,3}$/u);
      expect(collectors.has(e.registeredBy ?? '')).toBe(true);
      expect(Date.parse(e.registeredAt)).toBeLessThan(NOW);
    }
  });
});

describe('generateDemoMarket: postings', () => {
  it('has about 300 postings, 5–10 of them waiting for review and the rest published', () => {
    expect(demo.postings.length).toBeGreaterThanOrEqual(250);
    expect(demo.postings.length).toBeLessThanOrEqual(350);
    const pending = demo.postings.filter((p) => p.status === 'pending_review');
    expect(pending.length).toBeGreaterThanOrEqual(5);
    expect(pending.length).toBeLessThanOrEqual(10);
    expect(demo.postings.filter((p) => p.status === 'published').length).toBe(demo.postings.length - pending.length);
  });

  it('posts every curated occupation at least once, with the code the matcher gives', () => {
    const posted = new Set(demo.postings.map((p) => p.occupationCode));
    expect(OCCUPATIONS.map((o) => o.code).filter((c) => !posted.has(c))).toEqual([]);
  });

  it('spreads postings over at least five districts, 合川 first and its neighbours next', () => {
    const count = new Map<string, number>();
    for (const p of demo.postings) count.set(p.location.district, (count.get(p.location.district) ?? 0) + 1);
    expect(count.size).toBeGreaterThanOrEqual(5);
    const home = count.get(HECHUAN) ?? 0;
    expect(home / demo.postings.length).toBeGreaterThan(0.4);
    const neighbours = ['北碚区', '铜梁区', '潼南区', '璧山区', '两江新区'].map(districtCode);
    const nearby = neighbours.reduce((sum, code) => sum + (count.get(code) ?? 0), 0);
    const elsewhere = demo.postings.length - home - nearby;
    expect(nearby).toBeGreaterThan(elsewhere);
  });

  it('screens every posting ok again from its exported exchange form, under the current rules', () => {
    const employers = new Map(demo.employers.map((e) => [e.id, e]));
    for (const p of demo.postings) {
      const e = employers.get(p.employerId);
      if (e === undefined) throw new Error(`posting ${p.id} names no demo employer`);
      const exchange = exportPosting(p, { name: e.name, ...(e.creditCode ? { creditCode: e.creditCode } : {}) }, p.id);
      const result = screenPosting(exchange, { today: TODAY });
      expect(result.findings, p.title).toEqual([]);
      expect(p.screening).toEqual({ verdict: 'ok', findings: [], rulesVersion: RULES_VERSION });
    }
  });

  it('keeps the review trail: collector, a different reviewer and a publisher for published postings', () => {
    const staff = new Map(demo.staff.map((s) => [s.id, s]));
    for (const p of demo.postings) {
      expect(p.source).toBe('window');
      expect(staff.get(p.collectedBy ?? '')?.duties).toContain('collector');
      if (p.status === 'published') {
        expect(staff.get(p.reviewedBy ?? '')?.duties).toContain('reviewer');
        expect(p.reviewedBy).not.toBe(p.collectedBy);
        expect(staff.get(p.publishedBy ?? '')?.duties).toContain('publisher');
        const publishedAt = Date.parse(p.publishedAt ?? '');
        expect(publishedAt).toBeGreaterThan(Date.parse(p.createdAt));
        expect(publishedAt).toBeLessThanOrEqual(NOW);
      } else {
        expect([p.reviewedBy, p.publishedBy, p.publishedAt]).toEqual([null, null, null]);
      }
      expect(Date.parse(p.createdAt)).toBeLessThan(NOW);
    }
  });

  it('keeps postings open 1–30 days from today, with the work starting after today', () => {
    for (const p of demo.postings) {
      expect(p.validUntil >= addDays(TODAY, 1) && p.validUntil <= addDays(TODAY, 30), p.validUntil).toBe(true);
      const m = /^(\d{4}-\d{2}-\d{2})(?:至(\d{4}-\d{2}-\d{2}))?，(?:每天|每周一至周六)?\d{2}:\d{2}-\d{2}:\d{2}$/.exec(
        p.duration,
      );
      const start = m?.[1];
      const end = m?.[2];
      expect(start !== undefined && start > TODAY && start <= p.validUntil, p.duration).toBe(true);
      if (start !== undefined && end !== undefined) expect(end > start, p.duration).toBe(true);
    }
  });

  it('pays amounts that fit the unit and settles them in a way that fits it', () => {
    const bounds = {
      hour: [22, 35],
      day: [150, 350],
      month: [3000, 6500],
      piece: [0.1, 100],
      task: [50, 1000],
    } as const;
    for (const { pay } of demo.postings) {
      const [lo, hi] = bounds[pay.unit];
      expect(pay.amount).toBeGreaterThanOrEqual(lo);
      expect(pay.amount).toBeLessThanOrEqual(hi);
      expect(Math.round(pay.amount * 100)).toBeCloseTo(pay.amount * 100, 6);
      if (pay.unit === 'month') expect(pay.method).toBe('monthly');
      if (pay.unit === 'task') expect(pay.method).toBe('on_completion');
    }
  });

  it('uses the employer’s own contact and an employer of the market on every posting', () => {
    const employers = new Map(demo.employers.map((e) => [e.id, e]));
    for (const p of demo.postings) {
      expect(p.contact).toEqual(employers.get(p.employerId)?.contact);
    }
  });
});

describe('generateDemoMarket: events and content', () => {
  it('announces two 专场招聘 of the market’s businesses in the coming weeks, on open weekday mornings, listed on 渝职聘', () => {
    expect(demo.recruitmentEvents).toHaveLength(2);
    const employers = new Map(demo.employers.map((e) => [e.id, e]));
    for (const ev of demo.recruitmentEvents) {
      const starts = Date.parse(ev.startsAt);
      expect(starts).toBeGreaterThan(NOW);
      expect(starts - NOW).toBeLessThan(35 * 86_400_000);
      expect(Date.parse(ev.endsAt)).toBeGreaterThan(starts);
      expect(ev.listedOnYzp).toBe(true);
      // 09:00 in Chongqing on a Monday–Friday.
      expect(ev.startsAt.slice(11, 16)).toBe('01:00');
      expect(isoWeekday(ev.startsAt.slice(0, 10))).toBeLessThanOrEqual(5);
      expect(ev.employerIds.length).toBeGreaterThan(0);
      const kinds = ev.employerIds.map((id) => employers.get(id)?.kind ?? 'not an employer');
      expect(kinds.filter((k) => k === 'person' || k === 'not an employer')).toEqual([]);
    }
  });

  it('has at least two policy, training, notice and start-up items, one of them city-wide', () => {
    for (const kind of ['policy', 'training', 'notice', 'startup'] as const) {
      expect(demo.contentItems.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(2);
    }
    expect(demo.contentItems.some((c) => c.marketId === null)).toBe(true);
    for (const c of demo.contentItems) {
      expect(c.validFrom <= TODAY).toBe(true);
      if (c.validUntil !== null) expect(c.validUntil > TODAY).toBe(true);
    }
  });

  it('writes the notices from the market record: its hours, phone and rights hotline', () => {
    const bodies = demo.contentItems.filter((c) => c.kind === 'notice').map((c) => c.body);
    expect(bodies.some((b) => b.includes('周一至周五 08:30-17:30；周六 09:00-12:00'))).toBe(true);
    expect(bodies.some((b) => b.includes(demo.market.phone))).toBe(true);
    expect(bodies.some((b) => b.includes(demo.market.rightsHotline))).toBe(true);
  });
});

describe('generateDemoMarket: any seed and day', () => {
  it('builds a valid market across month and year ends and on a Sunday', () => {
    for (const [seed, today] of [
      [1, '2026-12-31'],
      [2 ** 40 + 7, '2027-02-27'],
      [-99, '2026-11-29'],
    ] as const) {
      const nowMillis = Date.parse(`${today}T01:30:00.000Z`);
      const d = generateDemoMarket({ seed, today, nowMillis });
      for (const [table, rows] of tables(d)) for (const row of rows) parseRecord(table, row);
      expect(d.postings.every((p) => p.validUntil > today)).toBe(true);
      expect(d.recruitmentEvents.every((e) => Date.parse(e.startsAt) > nowMillis)).toBe(true);
    }
  });
});
