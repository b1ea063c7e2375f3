// One call that builds a whole demo market: the place, its terminals and
// staff, the employers, the job board, the coming job fairs and the content
// pages. Pure and deterministic: the same seed, day and instant give the same
// records, ids and stamps, so a demo store can be rebuilt byte for byte.

import { localDay } from '../clock/local-day';
import type { Market, Staff, Terminal } from '../records/market';
import type { Employer } from '../records/people';
import type { Posting } from '../records/posting';
import type { ContentItem, RecruitmentEvent } from '../records/service';
import { buildContent } from './content';
import { buildEmployers } from './employers';
import { buildRecruitmentEvents } from './events';
import { buildMarket, buildStaff, buildTerminals } from './market';
import { buildPostings } from './postings';
import { createPrng } from './prng';
import { DEMO_SERVICES, type DemoService } from './services';
import { createStamper } from './stamper';

export interface DemoMarketOptions {
  /** Any safe integer. */
  readonly seed: number;
  /** The market's local day, `YYYY-MM-DD`; postings and events are dated from it. */
  readonly today: string;
  /** The instant the demo is seeded at; must fall on `today` in Chongqing. */
  readonly nowMillis: number;
}

export interface DemoMarket {
  readonly market: Market;
  readonly terminals: Terminal[];
  readonly staff: Staff[];
  readonly employers: Employer[];
  readonly postings: Posting[];
  readonly recruitmentEvents: RecruitmentEvent[];
  readonly contentItems: ContentItem[];
  /** The one-stop window's services and lane letters; not a synced table yet. */
  readonly services: readonly DemoService[];
}

export function generateDemoMarket({ seed, today, nowMillis }: DemoMarketOptions): DemoMarket {
  if (!Number.isSafeInteger(nowMillis) || nowMillis < 0) {
    throw new RangeError(`当前时间无效 / nowMillis must be a non-negative integer: ${nowMillis}`);
  }
  // "Today" and "now" from two different days would date postings and stamps inconsistently.
  if (localDay(nowMillis) !== today) {
    throw new RangeError(
      `当前时间不在 ${today}（重庆时间）/ nowMillis is not on ${today} in Chongqing, it is on ${localDay(nowMillis)}`,
    );
  }
  // One stream per part, so a change to one part leaves the others' draws alone.
  const stamper = createStamper(createPrng(seed, 'ids'), nowMillis);
  const market = buildMarket(stamper, nowMillis);
  const terminals = buildTerminals(stamper, market, nowMillis);
  const staff = buildStaff(stamper, market, nowMillis);
  const registrars = staff.filter((s) => s.duties.includes('collector')).map((s) => s.id);
  const employers = buildEmployers(createPrng(seed, 'employers'), stamper, market, registrars, nowMillis);
  const postings = buildPostings(createPrng(seed, 'postings'), stamper, { market, employers, staff, today, nowMillis });
  const recruitmentEvents = buildRecruitmentEvents(stamper, market, employers, today, nowMillis);
  const contentItems = buildContent(stamper, market, today, nowMillis);
  return {
    market,
    terminals,
    staff,
    employers: employers.map((e) => e.record),
    postings,
    recruitmentEvents,
    contentItems,
    services: DEMO_SERVICES,
  };
}
