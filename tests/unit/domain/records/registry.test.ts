import { describe, expect, it } from 'vitest';
import { formatStamp } from '../../../../domain/clock/hlc';
import { uuidv7 } from '../../../../domain/ids/uuidv7';
import { MARKET_NAME_RE } from '../../../../domain/records/market';
import { mutationSchema, SCHEMA_VERSION } from '../../../../domain/records/mutation';
import { RECORD_TABLES, RecordValidationError, parseRecord, recordSchemas } from '../../../../domain/records/registry';

const T = Date.parse('2026-11-26T08:00:00.000Z');
const hlc = formatStamp({ millis: T, counter: 0, node: '0123456789abcdef' });
const marketId = uuidv7(T);

const market = {
  id: marketId,
  hlc,
  deleted: false,
  name: '合川区南津街零工市场',
  kind: 'market',
  district: '500117',
  address: '重庆市合川区南津街街道南屏路1号',
  hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:30', close: '17:30' }],
  phone: '023-42812345',
  rightsHotline: '12333',
  timeZone: 'Asia/Shanghai',
};

const staffId = uuidv7(T + 1);
const posting = {
  id: uuidv7(T + 2),
  hlc,
  deleted: false,
  marketId,
  title: '门店临时帮工',
  occupation: '营业员',
  occupationCode: null,
  skills: '会使用收银机',
  location: { district: '合川区', address: '南津街步行街18号' },
  duration: '2026-12-05至2026-12-06，每天10:00-19:00',
  content: '周末促销期间理货、收银协助',
  pay: { amount: 20, unit: 'hour', method: 'daily' },
  headcount: 2,
  validUntil: '2026-12-06',
  contact: { name: '周经理', phone: '13983001234' },
  employerId: uuidv7(T + 3),
  status: 'published',
  screening: { verdict: 'ok', findings: [], rulesVersion: '1' },
  source: 'window',
  collectedBy: staffId,
  reviewedBy: staffId,
  reviewNote: '',
  publishedBy: staffId,
  publishedAt: '2026-11-26T08:00:00.000Z',
  createdAt: '2026-11-26T07:00:00.000Z',
};

describe('record registry', () => {
  it('lists every record type the terminals and the server exchange', () => {
    expect(RECORD_TABLES).toEqual(
      expect.arrayContaining([
        'markets',
        'terminals',
        'staff',
        'employers',
        'postings',
        'seekers',
        'applications',
        'tickets',
        'ticketEvents',
        'serviceRecords',
        'recruitmentEvents',
        'contentItems',
        'surveyResponses',
        'feedback',
      ]),
    );
    expect(RECORD_TABLES).toHaveLength(Object.keys(recordSchemas).length);
  });

  it('accepts a market named to 第四条(三) and refuses other names', () => {
    expect(parseRecord('markets', market).name).toBe('合川区南津街零工市场');
    expect(MARKET_NAME_RE.test('渝中区解放碑街道家政零工驿站')).toBe(true);
    expect(() => parseRecord('markets', { ...market, name: '人才市场' })).toThrow(RecordValidationError);
    expect(() => parseRecord('markets', { ...market, kind: 'station' })).toThrow(/suffix/);
  });

  it('names every problem of an invalid record in Chinese and English', () => {
    try {
      parseRecord('markets', { ...market, rightsHotline: '', hours: [] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RecordValidationError);
      const err = e as RecordValidationError;
      expect(err.message).toMatch(/^记录不符合格式 \/ invalid markets record/);
      expect(err.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['rightsHotline', 'hours']));
    }
  });

  it('refuses a record without its sync fields', () => {
    const { hlc: _h, ...noStamp } = market;
    expect(() => parseRecord('markets', noStamp)).toThrow(/hlc/);
    expect(() => parseRecord('markets', { ...market, id: 'not-a-uuid' })).toThrow(/id/);
  });

  it('accepts a published posting with its review trail and refuses a blocked one being published', () => {
    expect(parseRecord('postings', posting).status).toBe('published');
    const blocked = { ...posting, screening: { verdict: 'block', findings: [], rulesVersion: '1' } };
    expect(() => parseRecord('postings', blocked)).toThrow(/blocked posting cannot be published/);
    expect(() => parseRecord('postings', { ...posting, reviewedBy: null })).toThrow(/reviewer/);
    expect(parseRecord('postings', { ...blocked, status: 'rejected' }).status).toBe('rejected');
  });

  it('refuses pay that is not positive and headcount below one', () => {
    expect(() => parseRecord('postings', { ...posting, pay: { ...posting.pay, amount: 0 } })).toThrow(/pay\.amount/);
    expect(() => parseRecord('postings', { ...posting, headcount: 0 })).toThrow(/headcount/);
  });

  it('keeps a seeker free of marital, ethnic and religious fields (PIPL minimum)', () => {
    const shape = Object.keys(recordSchemas.seekers.shape);
    for (const banned of ['marital', 'ethnicity', 'religion', 'gender', 'hukou']) {
      expect(shape.some((k) => k.toLowerCase().includes(banned))).toBe(false);
    }
  });

  it('validates an outbox mutation and refuses an unknown table', () => {
    const m = {
      deviceId: uuidv7(T),
      mutationId: 1,
      name: 'put',
      args: { table: 'markets', record: market },
      hlc,
      schemaVersion: SCHEMA_VERSION,
    };
    expect(mutationSchema.safeParse(m).success).toBe(true);
    expect(mutationSchema.safeParse({ ...m, args: { table: 'secrets', record: {} } }).success).toBe(false);
    expect(mutationSchema.safeParse({ ...m, mutationId: 0 }).success).toBe(false);
  });
});
