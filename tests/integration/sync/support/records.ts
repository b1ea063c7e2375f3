// Valid records of a few tables, and a device that stamps and numbers its
// mutations the way renderer/db does (record.hlc = mutation.hlc, ids gap-free).
import { formatStamp, nodeIdFromDeviceId, type HlcStamp } from '../../../../domain/clock/hlc';
import { uuidv7 } from '../../../../domain/ids/uuidv7';
import { SCHEMA_VERSION, type Mutation } from '../../../../domain/records/mutation';
import type { RecordTable } from '../../../../domain/records/registry';
import { T0 } from './store';

let seq = 0;
/** A fresh UUIDv7 (time-ordered across calls within a test file). */
export function newId(): string {
  seq += 1;
  return uuidv7(T0 + seq);
}

const ISO = '2026-11-26T08:00:00.000Z';

export function feedback(marketId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: newId(),
    deleted: false,
    marketId,
    category: 'suggestion',
    message: '希望增加座椅',
    contactPhone: null,
    at: ISO,
    status: 'open',
    reply: '',
    ...overrides,
  };
}

export function employer(marketId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: newId(),
    deleted: false,
    marketId,
    name: '重庆合川南津物业管理有限公司',
    kind: 'company',
    creditCode: '91500117MA5U8XXXXX',
    contact: { name: '李红梅', phone: '13800004321' },
    district: '500117',
    address: '合川区南津街88号',
    registeredBy: null,
    registeredAt: ISO,
    ...overrides,
  };
}

export function seeker(marketId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: newId(),
    deleted: false,
    marketId,
    name: '李强',
    phone: '13800001234',
    idNumber: null,
    skills: [],
    skillNote: '',
    availability: [],
    areas: ['500117'],
    consent: { noticeVersion: '1', at: ISO },
    registeredVia: 'kiosk',
    registeredAt: ISO,
    ...overrides,
  };
}

export function ticketEvent(marketId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: newId(),
    deleted: false,
    marketId,
    ticketId: newId(),
    type: 'printed',
    at: formatStamp({ millis: T0, counter: 0, node: '0123456789abcdef' }),
    terminalId: newId(),
    staffId: null,
    windowNumber: null,
    toLane: null,
    outcome: null,
    ...overrides,
  };
}

export function contentItem(marketId: string | null, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: newId(),
    deleted: false,
    marketId,
    kind: 'notice',
    title: '春节休市通知',
    body: '除夕至初六休市。',
    source: '',
    validFrom: '2026-11-26',
    validUntil: null,
    priority: 1,
    ...overrides,
  };
}

/** Mints mutations for one device: next gap-free id, strictly increasing HLC. */
export class TestDevice {
  private nextId = 1;
  private millis: number;
  private counter = 0;
  private readonly node: string;

  constructor(
    readonly deviceId: string,
    startMillis = T0,
  ) {
    this.node = nodeIdFromDeviceId(deviceId);
    this.millis = startMillis;
  }

  /** Stamp at `millis` (or just after the last stamp). */
  stamp(millis?: number): HlcStamp {
    if (millis !== undefined && millis > this.millis) {
      this.millis = millis;
      this.counter = 0;
    } else {
      this.counter += 1;
    }
    return formatStamp({ millis: this.millis, counter: this.counter, node: this.node });
  }

  put(table: RecordTable, record: Record<string, unknown>, millis?: number): Mutation {
    const hlc = this.stamp(millis);
    const mutation: Mutation = {
      deviceId: this.deviceId,
      mutationId: this.nextId,
      name: 'put',
      args: { table, record: { ...record, hlc } },
      hlc,
      schemaVersion: SCHEMA_VERSION,
    };
    this.nextId += 1;
    return mutation;
  }
}
