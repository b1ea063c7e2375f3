// The job board: about 300 postings drawn from the templates, spread over the
// employers (and so over 合川 and its neighbours). Each one takes the path a
// posting collected at the window takes: written in the exchange format,
// screened, then turned into stored content by domain/posting/exchange, and
// it carries the review trail 第十二条(三) asks for. A handful wait in
// 'pending_review' so the caller's review queue is not empty.

import { addDays } from '../clock/local-day';
import type { Market, Staff, StaffDuty } from '../records/market';
import type { Posting } from '../records/posting';
import { parseRecord } from '../records/registry';
import type { PostingContent } from '../posting/content';
import { toPostingContent, type ExchangePosting } from '../posting/exchange';
import { RULES_VERSION } from '../posting/rules';
import { screenPosting } from '../posting/screen';
import { OCCUPATIONS } from '../reference/occupations';
import { isoInstant } from './calendar';
import type { DemoEmployer } from './employers';
import { districtWeight, pickDistrict, pickSite } from './places';
import {
  POSTING_TEMPLATES,
  fitsSector,
  type JobVariant,
  type PayOption,
  type PostingTemplate,
  type Sector,
} from './posting-templates';
import type { Prng } from './prng';
import type { Stamper } from './stamper';

export const DEMO_POSTING_COUNT = 300;
const PENDING_MIN = 5;
const PENDING_MAX = 10;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Longest a posting stays open, in days after today. */
const MAX_VALID_DAYS = 30;
/** Gig work starts soon: within a fortnight at the latest. */
const MAX_START_DAYS = 14;
/** Beyond this many days a job is written as a working week rather than "every day". */
const LONG_JOB_DAYS = 14;

/** Businesses whose site work moves from place to place, sometimes into the next district. */
const ROAMING: ReadonlySet<Sector> = new Set(['construction', 'renovation', 'landscaping', 'events']);

interface Assignment {
  readonly employer: DemoEmployer;
  readonly template: PostingTemplate;
  readonly variant: JobVariant;
}

/** The jobs of trade `code` that `employer` would post. */
function choices(employer: DemoEmployer, code: string): Assignment[] {
  return POSTING_TEMPLATES.filter((t) => t.code === code).flatMap((template) =>
    template.variants.filter((v) => fitsSector(v, employer.sector)).map((variant) => ({ employer, template, variant })),
  );
}

/**
 * Every curated occupation first (so no trade on the kiosk's picker leads to
 * an empty list), then the rest by employer, weighted by where it is.
 */
function assign(prng: Prng, employers: readonly DemoEmployer[], count: number): Assignment[] {
  const out: Assignment[] = [];
  for (const occupation of OCCUPATIONS) {
    const jobs = employers.filter((e) => e.hires.includes(occupation.code)).flatMap((e) => choices(e, occupation.code));
    if (jobs.length === 0) throw new Error(`演示数据未覆盖工种 / no demo employer posts ${occupation.code}`);
    out.push(prng.pick(jobs));
  }
  const byPlace = employers.map((e) => ({ value: e, weight: districtWeight(e.districtName) }));
  while (out.length < count) {
    const employer = prng.weighted(byPlace);
    const code = prng.pick(employer.hires);
    const jobs = choices(employer, code);
    if (jobs.length === 0) throw new Error(`演示雇主没有合适的岗位 / ${employer.record.name} has no ${code} job`);
    out.push(prng.pick(jobs));
  }
  return prng.shuffle(out);
}

function amount(prng: Prng, option: PayOption): number {
  const steps = Math.round((option.max - option.min) / option.step);
  // Rounded to cents so 0.1-steps do not come out as 0.30000000000000004.
  return Math.round((option.min + prng.int(0, steps) * option.step) * 100) / 100;
}

/** 工作时长 as a window writes it: `2026-12-05至2026-12-06，每天08:00-17:00`. */
function duration(start: string, days: number, hours: string): string {
  if (days === 1) return `${start}，${hours}`;
  const end = addDays(start, days - 1);
  return days > LONG_JOB_DAYS ? `${start}至${end}，每周一至周六${hours}` : `${start}至${end}，每天${hours}`;
}

/** Where the work is: the employer's premises, or for site work a site nearby. */
function location(prng: Prng, { employer, template }: Assignment): ExchangePosting['location'] {
  // A household's address is its street only: a door number does not go on a public board.
  if (!template.onSite || employer.record.kind === 'person') {
    return { district: employer.districtName, address: employer.record.address };
  }
  const districtName =
    ROAMING.has(employer.sector) && prng.chance(0.3) ? pickDistrict(prng).name : employer.districtName;
  return { district: districtName, address: pickSite(prng, districtName) };
}

function draft(prng: Prng, assignment: Assignment, today: string): ExchangePosting {
  const { employer, template, variant } = assignment;
  const pay = prng.pick(template.pay);
  const validDays = prng.int(1, MAX_VALID_DAYS);
  const start = addDays(today, prng.int(1, Math.min(validDays, MAX_START_DAYS)));
  const posting: ExchangePosting = {
    title: variant.title,
    occupation: variant.occupation,
    skills: variant.skills,
    location: location(prng, assignment),
    duration: duration(start, prng.int(pay.days[0], pay.days[1]), prng.pick(template.hours)),
    content: variant.content,
    pay: { amount: amount(prng, pay), unit: pay.unit, method: pay.method },
    headcount: prng.int(template.headcount[0], template.headcount[1]),
    validUntil: addDays(today, validDays),
    employer: { name: employer.record.name },
    contact: { ...employer.record.contact },
  };
  if (employer.record.creditCode !== null) posting.employer.creditCode = employer.record.creditCode;
  return posting;
}

/**
 * The stored content of a drafted posting, through the screener and the
 * exchange conversion the window uses. The demo must show what a clean board
 * looks like, so a template that trips a rule or a field check is a bug here.
 */
function screenedContent(exchange: ExchangePosting, code: string, today: string): PostingContent {
  const screening = screenPosting(exchange, { today });
  if (screening.verdict !== 'ok') {
    const why = screening.findings.map((f) => `${f.code} ${f.field} «${f.quote ?? ''}»`).join('; ');
    throw new Error(`演示岗位未通过筛查 / a demo posting failed screening: ${exchange.title}: ${why}`);
  }
  const converted = toPostingContent(exchange, { today });
  if (!converted.ok) {
    const why = converted.problems.map((p) => p.code).join('; ');
    throw new Error(`演示岗位字段无效 / a demo posting has invalid fields: ${exchange.title}: ${why}`);
  }
  if (converted.content.occupationCode !== code) {
    throw new Error(
      `演示岗位工种未对应 / demo occupation "${exchange.occupation}" maps to ` +
        `${converted.content.occupationCode ?? 'nothing'}, not ${code}`,
    );
  }
  return converted.content;
}

function withDuty(staff: readonly Staff[], duty: StaffDuty): Staff[] {
  const found = staff.filter((s) => s.duties.includes(duty));
  if (found.length === 0) throw new Error(`演示市场缺少岗位职责 / no demo staff with the duty ${duty}`);
  return found;
}

export interface PostingsInput {
  readonly market: Market;
  readonly employers: readonly DemoEmployer[];
  readonly staff: readonly Staff[];
  readonly today: string;
  readonly nowMillis: number;
}

export function buildPostings(prng: Prng, stamper: Stamper, input: PostingsInput): Posting[] {
  const { market, employers, staff, today, nowMillis } = input;
  const collectors = withDuty(staff, 'collector');
  const reviewers = withDuty(staff, 'reviewer');
  const publishers = withDuty(staff, 'publisher');
  const assignments = assign(prng, employers, DEMO_POSTING_COUNT);
  const pendingCount = prng.int(PENDING_MIN, PENDING_MAX);

  return assignments.map((assignment, i) => {
    const content = screenedContent(draft(prng, assignment, today), assignment.template.code, today);
    const pending = i < pendingCount;
    const collector = prng.pick(collectors);
    const reviewer = prng.pick(reviewers.filter((r) => r.id !== collector.id));
    // Pending ones came in over the last two days; published ones over the last week, reviewed within hours.
    const createdMillis = pending
      ? nowMillis - prng.int(10 * MINUTE_MS, 2 * DAY_MS)
      : nowMillis - prng.int(6 * HOUR_MS, 7 * DAY_MS);
    const publishedMillis = createdMillis + prng.int(10 * MINUTE_MS, 5 * HOUR_MS);

    return parseRecord('postings', {
      ...stamper.stamp(createdMillis),
      marketId: market.id,
      ...content,
      employerId: assignment.employer.record.id,
      status: pending ? 'pending_review' : 'published',
      screening: { verdict: 'ok', findings: [], rulesVersion: RULES_VERSION },
      source: 'window',
      collectedBy: collector.id,
      reviewedBy: pending ? null : reviewer.id,
      reviewNote: '',
      publishedBy: pending ? null : prng.pick(publishers).id,
      publishedAt: pending ? null : isoInstant(publishedMillis),
      createdAt: isoInstant(createdMillis),
    });
  });
}
