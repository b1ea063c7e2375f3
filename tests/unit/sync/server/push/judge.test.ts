import { describe, expect, it } from 'vitest';
import { formatStamp, MAX_DRIFT_MS, type HlcStamp } from '../../../../../domain/clock/hlc';
import { uuidv7 } from '../../../../../domain/ids/uuidv7';
import { SCHEMA_VERSION, type Mutation } from '../../../../../domain/records/mutation';
import type { RecordTable } from '../../../../../domain/records/registry';
import { isTooFarAhead, judgeAgainstStored, judgeMutation, type Accepted } from '../../../../../sync/server/push/judge';
import type { Device } from '../../../../../sync/server/store/devices';

const T0 = Date.parse('2026-11-26T08:00:00.000Z');
const MARKET = uuidv7(T0 - 1);
const OTHER = uuidv7(T0 - 2);
const stamp = (millis: number, counter = 0): HlcStamp => formatStamp({ millis, counter, node: '0123456789abcdef' });
const device = (role: Device['role']): Device => ({
  id: uuidv7(T0 - 3),
  marketId: MARKET,
  role,
  revoked: false,
  lastMutationId: 0,
  hubId: null,
  bandIndex: null,
  rebasePending: false,
});

function mutation(table: RecordTable, record: Record<string, unknown>, hlc = stamp(T0)): Mutation {
  return {
    deviceId: uuidv7(T0 - 3),
    mutationId: 1,
    name: 'put',
    args: { table, record: { ...record, hlc } },
    hlc,
    schemaVersion: SCHEMA_VERSION,
  };
}

const feedback = (over: Record<string, unknown> = {}) => ({
  id: uuidv7(T0 + 1),
  deleted: false,
  marketId: MARKET,
  category: 'praise',
  message: '服务很好',
  contactPhone: null,
  at: '2026-11-26T08:00:00.000Z',
  status: 'open',
  reply: '',
  ...over,
});

const market = (id: string) => ({
  id,
  deleted: false,
  name: '合川区南津街零工市场',
  kind: 'market',
  district: '500117',
  address: '重庆市合川区南津街街道南屏路1号',
  hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:30', close: '17:30' }],
  phone: '023-42812345',
  rightsHotline: '12333',
  timeZone: 'Asia/Shanghai',
});

describe('judging a mutation', () => {
  it('accepts a valid record of a table the role may write, in its market', () => {
    const v = judgeMutation(device('kiosk'), mutation('feedback', feedback()));
    expect(v).toMatchObject({ kind: 'accepted', table: 'feedback', marketId: MARKET, deleted: false });
  });

  it('names every schema problem of an invalid record', () => {
    const v = judgeMutation(device('kiosk'), mutation('feedback', feedback({ message: '', category: 'rant' })));
    expect(v.kind).toBe('rejected');
    if (v.kind === 'rejected') {
      expect(v.code).toBe('invalid_record');
      expect(v.detail).toMatch(/message/);
      expect(v.detail).toMatch(/category/);
    }
  });

  it('refuses a schema version the server does not know', () => {
    const m = { ...mutation('feedback', feedback()), schemaVersion: SCHEMA_VERSION + 1 };
    expect(judgeMutation(device('kiosk'), m)).toMatchObject({ kind: 'rejected', code: 'unsupported_schema_version' });
  });

  it('stores a market record without a market so every terminal pulls the directory', () => {
    const v = judgeMutation(device('caller'), mutation('markets', market(MARKET)));
    expect(v).toMatchObject({ kind: 'accepted', marketId: null });
  });

  it('refuses every write a hub makes under its own id: it only relays', () => {
    const verdict = judgeMutation(device('hub'), mutation('feedback', feedback()));
    expect(verdict).toMatchObject({ kind: 'rejected', code: 'role_forbidden' });
  });

  it("refuses a caller writing another market's own record", () => {
    expect(judgeMutation(device('caller'), mutation('markets', market(OTHER)))).toMatchObject({ code: 'market_scope' });
  });

  it('stamps far in the future are too far ahead, those within 5 minutes are not', () => {
    expect(isTooFarAhead(stamp(T0 + MAX_DRIFT_MS), T0)).toBe(false);
    expect(isTooFarAhead(stamp(T0 + MAX_DRIFT_MS + 1), T0)).toBe(true);
  });

  it('judges a stamp with a full counter without overflowing (a valid stamp never makes a 500)', () => {
    expect(isTooFarAhead(stamp(T0, 0xffff), T0)).toBe(false);
    expect(isTooFarAhead(stamp(T0 + 1000, 0xffff), T0)).toBe(false);
    expect(isTooFarAhead(stamp(T0 + MAX_DRIFT_MS + 1, 0xffff), T0)).toBe(true);
  });
});

describe('judging against the stored row', () => {
  const accepted = (table: RecordTable, hlc: HlcStamp, marketId: string | null = MARKET): Accepted => ({
    kind: 'accepted',
    table,
    id: uuidv7(T0 + 9),
    hlc,
    deleted: false,
    marketId,
    record: {},
  });

  it('a new record wins', () => {
    expect(judgeAgainstStored(accepted('feedback', stamp(T0)), undefined)).toEqual({ kind: 'ok', won: true });
  });

  it('a newer stamp wins, an older one is applied but loses', () => {
    expect(judgeAgainstStored(accepted('feedback', stamp(T0 + 1)), { marketId: MARKET, hlc: stamp(T0) })).toEqual({
      kind: 'ok',
      won: true,
    });
    expect(judgeAgainstStored(accepted('feedback', stamp(T0)), { marketId: MARKET, hlc: stamp(T0 + 1) })).toEqual({
      kind: 'ok',
      won: false,
    });
  });

  it("refuses an id that belongs to another market's row", () => {
    expect(judgeAgainstStored(accepted('feedback', stamp(T0 + 1)), { marketId: OTHER, hlc: stamp(T0) })).toMatchObject({
      code: 'market_conflict',
    });
  });

  it('refuses to rewrite a stored ticket', () => {
    expect(judgeAgainstStored(accepted('tickets', stamp(T0 + 1)), { marketId: MARKET, hlc: stamp(T0) })).toMatchObject({
      code: 'immutable_record',
    });
  });
});
