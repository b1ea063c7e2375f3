// The demo market itself: one 零工市场 in 合川区, its four terminals and its
// staff. Fixed rather than drawn from the seed: the seed varies the traffic
// (employers, postings), while the place stays the one the docs describe.

import { parseRecord } from '../records/registry';
import type { Market, Staff, StaffDuty, Terminal } from '../records/market';
import { isoInstant } from './calendar';
import { demoDistrictCode } from './places';
import { DEFAULT_CALLING_RULE } from '../queue/fairness';
import { DEMO_SERVICES } from './services';
import type { Stamper } from './stamper';

/**
 * 第四条(三): 地点(区县/街镇) + 重点服务对象(行业或群体) + 零工市场. The demo
 * names 农民工 as the group it serves; a real market names its own.
 */
export const DEMO_MARKET_PLACE = '合川区南津街';
export const DEMO_MARKET_GROUP = '农民工';
export const DEMO_MARKET_NAME = `${DEMO_MARKET_PLACE}${DEMO_MARKET_GROUP}零工市场`;

/** The national HR and social-security hotline; every market may publish it as its 第九条 line. */
export const RIGHTS_HOTLINE = '12333';

export const DEMO_MARKET_ADDRESS = '重庆市合川区南津街街道久长路168号';

const DAY_MS = 86_400_000;

export function buildMarket(stamper: Stamper, nowMillis: number): Market {
  return parseRecord('markets', {
    ...stamper.stamp(nowMillis - 120 * DAY_MS),
    name: DEMO_MARKET_NAME,
    kind: 'market',
    district: demoDistrictCode('合川区'),
    address: DEMO_MARKET_ADDRESS,
    hours: [
      { weekdays: [1, 2, 3, 4, 5], open: '08:30', close: '17:30' },
      { weekdays: [6], open: '09:00', close: '12:00' },
    ],
    phone: '023-42756120',
    rightsHotline: RIGHTS_HOTLINE,
    timeZone: 'Asia/Shanghai',
    // The demo configures its queue explicitly, as a live market would.
    queue: { services: DEMO_SERVICES, callingRule: DEFAULT_CALLING_RULE },
  });
}

interface TerminalSpec {
  readonly role: Terminal['role'];
  readonly label: string;
  readonly windowNumber: number | null;
  readonly lanes: readonly string[];
}

/**
 * Lane C (即时快招) is served at both windows because it is the market's core
 * service; every other lane has one window, so a caller cut off from the hub
 * can still call the lanes it owns alone.
 */
const TERMINALS: readonly TerminalSpec[] = [
  { role: 'kiosk', label: '大厅自助查询机', windowNumber: null, lanes: [] },
  { role: 'display', label: '大厅信息发布屏', windowNumber: null, lanes: [] },
  { role: 'caller', label: '1号窗口叫号器', windowNumber: 1, lanes: ['A', 'C'] },
  { role: 'caller', label: '2号窗口叫号器', windowNumber: 2, lanes: ['B', 'C', 'D', 'E', 'F'] },
];

export function buildTerminals(stamper: Stamper, market: Market, nowMillis: number): Terminal[] {
  return TERMINALS.map((spec, i) => {
    const enrolledMillis = nowMillis - (90 - i) * DAY_MS;
    return parseRecord('terminals', {
      ...stamper.stamp(enrolledMillis),
      marketId: market.id,
      role: spec.role,
      label: spec.label,
      windowNumber: spec.windowNumber,
      lanes: [...spec.lanes],
      enrolledAt: isoInstant(enrolledMillis),
      revoked: false,
    });
  });
}

interface StaffSpec {
  readonly name: string;
  readonly staffNo: string;
  readonly duties: readonly StaffDuty[];
}

/**
 * 第十四条(一): a 零工市场 has at least three staff. Collectors and reviewers
 * are different people (谁收集、谁发布、谁负责 works best with a second pair of eyes).
 */
const STAFF: readonly StaffSpec[] = [
  { name: '张丽', staffNo: 'HCNJ001', duties: ['admin', 'publisher'] },
  { name: '王建华', staffNo: 'HCNJ002', duties: ['reviewer', 'publisher'] },
  { name: '刘洋', staffNo: 'HCNJ003', duties: ['window', 'collector'] },
  { name: '陈静', staffNo: 'HCNJ004', duties: ['window', 'collector'] },
  { name: '冉小琴', staffNo: 'HCNJ005', duties: ['window', 'collector', 'reviewer'] },
];

export function buildStaff(stamper: Stamper, market: Market, nowMillis: number): Staff[] {
  return STAFF.map((spec, i) =>
    parseRecord('staff', {
      ...stamper.stamp(nowMillis - (100 - i) * DAY_MS),
      marketId: market.id,
      name: spec.name,
      staffNo: spec.staffNo,
      duties: [...spec.duties],
      pinHash: null,
      active: true,
    }),
  );
}
