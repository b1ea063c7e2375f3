// Reads the screens make, each answered from an index. Tombstones and fields
// that cannot be index keys (booleans, nulls) are filtered in memory; every
// function applies its whole rule after the index read, so the index only
// decides how much is read, never what is returned.
import Dexie from 'dexie';
import type { LocalDay } from '../../domain/records/common';
import type { Staff } from '../../domain/records/market';
import type { Seeker } from '../../domain/records/people';
import type { Posting } from '../../domain/records/posting';
import type { Ticket, TicketEvent } from '../../domain/records/queue';
import type { ContentItem, ContentKind, RecruitmentEvent, ServiceRecord } from '../../domain/records/service';
import { recordTable, type TerminalDb } from './database';

const live = (r: { readonly deleted: boolean }): boolean => !r.deleted;

const instantMillis = (iso: string): number => Date.parse(iso);

export interface PostingFilter {
  /** The market's local day: postings valid until an earlier day are expired. */
  readonly today: LocalDay;
  readonly occupationCode?: string;
  readonly district?: string;
}

/** The kiosk board: published postings still valid today, newest first. */
export async function publishedPostings(db: TerminalDb, filter: PostingFilter): Promise<Posting[]> {
  const { today, occupationCode, district } = filter;
  const postings = recordTable(db, 'postings');
  let rows: Posting[];
  if (occupationCode !== undefined) {
    rows = await postings
      .where('[status+occupationCode+validUntil]')
      .between(['published', occupationCode, today], ['published', occupationCode, Dexie.maxKey])
      .toArray();
  } else if (district !== undefined) {
    // A district holds a small share of the postings; most of them are published.
    rows = await postings.where('location.district').equals(district).toArray();
  } else {
    rows = await postings
      .where('[status+validUntil]')
      .between(['published', today], ['published', Dexie.maxKey])
      .toArray();
  }
  return rows
    .filter(
      (p) =>
        live(p) &&
        p.status === 'published' &&
        p.validUntil >= today &&
        (occupationCode === undefined || p.occupationCode === occupationCode) &&
        (district === undefined || p.location.district === district),
    )
    .sort(
      (a, b) =>
        instantMillis(b.publishedAt ?? b.createdAt) - instantMillis(a.publishedAt ?? a.createdAt) ||
        (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
    );
}

/** A market's tickets of one day, by lane and number; one lane when given. */
export async function ticketsOfDay(db: TerminalDb, marketId: string, day: LocalDay, lane?: string): Promise<Ticket[]> {
  const index = recordTable(db, 'tickets').where('[marketId+day+lane]');
  const rows = await (
    lane === undefined
      ? index.between([marketId, day, Dexie.minKey], [marketId, day, Dexie.maxKey])
      : index.equals([marketId, day, lane])
  ).toArray();
  return rows.filter(live).sort((a, b) => (a.lane < b.lane ? -1 : a.lane > b.lane ? 1 : a.number - b.number));
}

const byEventTime = (a: TicketEvent, b: TicketEvent): number => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/** One ticket's events in HLC order, from which its state is derived. */
export async function ticketEventsOf(db: TerminalDb, ticketId: string): Promise<TicketEvent[]> {
  const rows = await recordTable(db, 'ticketEvents').where('ticketId').equals(ticketId).toArray();
  return rows.filter(live).sort(byEventTime);
}

/** The events of a market's tickets of one day, in HLC order (queue state, today's figures). */
export async function ticketEventsOfDay(db: TerminalDb, marketId: string, day: LocalDay): Promise<TicketEvent[]> {
  const tickets = await ticketsOfDay(db, marketId, day);
  if (tickets.length === 0) return [];
  const rows = await recordTable(db, 'ticketEvents')
    .where('ticketId')
    .anyOf(tickets.map((t) => t.id))
    .toArray();
  return rows.filter(live).sort(byEventTime);
}

/** The ledger (台账) of one market day, in order of finishing. */
export async function serviceRecordsOfDay(db: TerminalDb, marketId: string, day: LocalDay): Promise<ServiceRecord[]> {
  const rows = await recordTable(db, 'serviceRecords').where('[marketId+day]').equals([marketId, day]).toArray();
  return rows.filter(live).sort((a, b) => instantMillis(a.finishedAt) - instantMillis(b.finishedAt));
}

/** Staff who may log in at a market's caller, by staff number. */
export async function activeStaff(db: TerminalDb, marketId: string): Promise<Staff[]> {
  const rows = await recordTable(db, 'staff').where('marketId').equals(marketId).toArray();
  return rows
    .filter((s) => live(s) && s.active)
    .sort((a, b) => (a.staffNo < b.staffNo ? -1 : a.staffNo > b.staffNo ? 1 : 0));
}

/** Seekers registered under a phone number, as stored (callers pass it in the stored form). */
export async function seekersByPhone(db: TerminalDb, phone: string): Promise<Seeker[]> {
  const rows = await recordTable(db, 'seekers').where('phone').equals(phone).toArray();
  return rows.filter(live);
}

/** Content of a kind in force today for a market (its own and city-wide), highest priority first. */
export async function currentContent(
  db: TerminalDb,
  kind: ContentKind,
  where: { readonly marketId: string; readonly today: LocalDay },
): Promise<ContentItem[]> {
  const rows = await recordTable(db, 'contentItems').where('kind').equals(kind).toArray();
  return rows
    .filter(
      (c) =>
        live(c) &&
        (c.marketId === null || c.marketId === where.marketId) &&
        c.validFrom <= where.today &&
        (c.validUntil === null || c.validUntil >= where.today),
    )
    .sort((a, b) => b.priority - a.priority || (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0));
}

/** 专场招聘 of a market that have not ended at `nowMillis`, soonest first. */
export async function recruitmentEventsNotEnded(
  db: TerminalDb,
  marketId: string,
  nowMillis: number,
): Promise<RecruitmentEvent[]> {
  // Instants are UTC strings (domain/records/common), so string order is time order.
  const rows = await recordTable(db, 'recruitmentEvents')
    .where('[marketId+endsAt]')
    .between([marketId, new Date(nowMillis).toISOString()], [marketId, Dexie.maxKey])
    .toArray();
  return rows.filter(live).sort((a, b) => instantMillis(a.startsAt) - instantMillis(b.startsAt));
}
