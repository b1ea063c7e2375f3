// Today's figures (今日): what the window's 今日 area shows and what the
// city's evaluation of a market (第十八条) counts. Computed from the records
// alone, so the window and the central console give the same numbers for the
// same day.
import { parseStamp } from '../clock/hlc';
import type { TicketState } from '../queue/ticket-state';
import type { Seeker } from '../records/people';
import type { Application, Posting } from '../records/posting';
import type { Rating } from '../records/rating';
import type { ServiceRecord } from '../records/service';

export interface FigureInputs {
  /** The market's local day, YYYY-MM-DD; only that day's records count. */
  readonly day: string;
  /** Local day of a wall-clock instant (ISO) in the market's zone. */
  readonly dayOf: (iso: string) => string;
  readonly tickets: readonly TicketState[];
  readonly postings: readonly Pick<Posting, 'deleted' | 'createdAt' | 'publishedAt' | 'status' | 'hlc'>[];
  /** Posting history actions dated today: counts rejections even if the posting was later fixed. */
  readonly rejectionsToday?: number;
  readonly seekers: readonly Pick<Seeker, 'deleted' | 'registeredAt'>[];
  readonly applications: readonly Pick<Application, 'deleted' | 'status' | 'requestedAt' | 'confirmedAt'>[];
  readonly serviceRecords: readonly Pick<ServiceRecord, 'deleted' | 'day' | 'outcome' | 'postingId' | 'seekerId'>[];
  readonly surveys: readonly Pick<Rating, 'deleted' | 'at' | 'environment' | 'process' | 'result'>[];
}

export interface Distribution {
  readonly count: number;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly mean: number | null;
}

export interface TodayFigures {
  readonly day: string;
  readonly ticketsByLane: Readonly<Record<string, number>>;
  readonly ticketsTotal: number;
  /** Minutes from issue to first call. */
  readonly waitMinutes: Distribution;
  /** Minutes from serve to done. */
  readonly serviceMinutes: Distribution;
  readonly noShows: number;
  readonly postingsCollected: number;
  readonly postingsPublished: number;
  readonly postingsRejected: number;
  readonly registrations: number;
  readonly referrals: number;
  readonly hires: number;
  readonly survey: {
    readonly responses: number;
    readonly environment: number | null;
    readonly process: number | null;
    readonly result: number | null;
    /** Share of responses whose three scores average 4 or more (满意率). */
    readonly satisfiedShare: number | null;
  };
}

/** Nearest-rank percentile: the smallest value with at least p of the sample at or below it. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? null;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function distribution(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((s, v) => s + v, 0);
  const p50 = percentile(sorted, 0.5);
  const p90 = percentile(sorted, 0.9);
  return {
    count: sorted.length,
    p50: p50 === null ? null : round1(p50),
    p90: p90 === null ? null : round1(p90),
    mean: sorted.length === 0 ? null : round1(sum / sorted.length),
  };
}

const minutesBetween = (from: string, to: string): number =>
  Math.max(0, parseStamp(to).millis - parseStamp(from).millis) / 60_000;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : round1(values.reduce((s, v) => s + v, 0) / values.length);
}

export function todayFigures(input: FigureInputs): TodayFigures {
  const { day, dayOf } = input;
  const tickets = input.tickets.filter((t) => t.day === day);
  const ticketsByLane: Record<string, number> = {};
  for (const t of tickets) ticketsByLane[t.issuedLane] = (ticketsByLane[t.issuedLane] ?? 0) + 1;
  const waits = tickets.flatMap((t) => (t.firstCalledAt === null ? [] : [minutesBetween(t.issuedAt, t.firstCalledAt)]));
  const services = tickets.flatMap((t) =>
    t.ending === 'done' && t.servingAt !== null && t.closedAt !== null ? [minutesBetween(t.servingAt, t.closedAt)] : [],
  );
  const postings = input.postings.filter((p) => !p.deleted);
  const apps = input.applications.filter((a) => !a.deleted);
  const records = input.serviceRecords.filter((r) => !r.deleted && r.day === day);
  const referralsFromLedger = records.filter((r) => r.outcome === 'referred').length;
  const referredApps = apps.filter(
    (a) => a.status !== 'requested' && a.status !== 'cancelled' && dayOf(a.requestedAt) === day,
  ).length;
  const surveys = input.surveys.filter((s) => !s.deleted && dayOf(s.at) === day);
  return {
    day,
    ticketsByLane,
    ticketsTotal: tickets.length,
    waitMinutes: distribution(waits),
    serviceMinutes: distribution(services),
    noShows: tickets.filter((t) => t.ending === 'no_show').length,
    postingsCollected: postings.filter((p) => dayOf(p.createdAt) === day).length,
    postingsPublished: postings.filter((p) => p.publishedAt !== null && dayOf(p.publishedAt) === day).length,
    postingsRejected:
      input.rejectionsToday ??
      postings.filter((p) => p.status === 'rejected' && dayOf(new Date(parseStamp(p.hlc).millis).toISOString()) === day)
        .length,
    registrations: input.seekers.filter((s) => !s.deleted && dayOf(s.registeredAt) === day).length,
    // A referral is in the ledger and as an Application; the larger count is the one nothing was lost from.
    referrals: Math.max(referralsFromLedger, referredApps),
    hires: apps.filter((a) => a.status === 'hired' && a.confirmedAt !== null && dayOf(a.confirmedAt) === day).length,
    survey: {
      responses: surveys.length,
      environment: mean(surveys.map((s) => s.environment)),
      process: mean(surveys.map((s) => s.process)),
      result: mean(surveys.map((s) => s.result)),
      satisfiedShare:
        surveys.length === 0
          ? null
          : round1(
              (100 * surveys.filter((s) => (s.environment + s.process + s.result) / 3 >= 4).length) / surveys.length,
            ) / 100,
    },
  };
}
