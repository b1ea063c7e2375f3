// What the phone's ticket page (/t/:id) shows, read from the server's records
// and kept by store version. Every phone in a hall asks about the same market
// and day, each every 15 s; the day's tickets and events are parsed and the
// queue derived once per (epoch, version), and every hit in between costs one
// read of the meta row (plus the ticket's own row the first time it is asked
// about). Any write raises the version, so a new ticket or call is seen on the
// next hit; several processes on one store each check the shared version.
import type { Kysely } from 'kysely';
import { windowsFromTerminals } from '../../../domain/queue/config';
import { marketCallingRule } from '../../../domain/queue/market-queue';
import { predictWait, type WaitPrediction } from '../../../domain/queue/wait-prediction';
import { deriveQueue, type TicketState } from '../../../domain/queue/ticket-state';
import { marketSchema, terminalSchema, type Market, type Terminal } from '../../../domain/records/market';
import { ticketEventSchema, ticketSchema, type Ticket, type TicketEvent } from '../../../domain/records/queue';
import { readMeta, type StoreMeta } from '../store/meta';
import type { Database } from '../store/schema';

export interface TicketView {
  readonly state: TicketState;
  /** Null unless the ticket waits. */
  readonly prediction: WaitPrediction | null;
  /** The ticket's market as the server holds it; null if it has not arrived. */
  readonly market: Market | null;
}

/** One market's day, derived at one store version. */
interface DayQueue {
  readonly epoch: string;
  readonly version: number;
  readonly states: readonly TicketState[];
  readonly byTicket: ReadonlyMap<string, TicketState>;
  readonly market: Market | null;
  readonly terminals: readonly Terminal[];
}

/** Markets a server answers for at once; a hub has one, a central server a district's worth. */
export const TICKET_DAY_CACHE_ENTRIES = 64;

/**
 * The smallest UUIDv7 that can have been made at `millis`: ids of the day's
 * records sort after it, which lets SQL skip earlier days without reading bodies.
 */
function uuidFloor(millis: number): string {
  const hex = Math.max(0, Math.floor(millis)).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}

function parseRows<T>(rows: readonly { body: string }[], parse: (value: unknown) => T | null): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const parsed = parse(JSON.parse(row.body) as unknown);
    if (parsed !== null) out.push(parsed);
  }
  return out;
}

const asTicket = (v: unknown): Ticket | null => {
  const r = ticketSchema.safeParse(v);
  return r.success ? r.data : null;
};
const asEvent = (v: unknown): TicketEvent | null => {
  const r = ticketEventSchema.safeParse(v);
  return r.success ? r.data : null;
};
const asMarket = (v: unknown): Market | null => {
  const r = marketSchema.safeParse(v);
  return r.success ? r.data : null;
};
const asTerminal = (v: unknown): Terminal | null => {
  const r = terminalSchema.safeParse(v);
  return r.success ? r.data : null;
};

async function readTicket(db: Kysely<Database>, ticketId: string): Promise<Ticket | null> {
  const row = await db
    .selectFrom('records')
    .select(['body'])
    .where('table_name', '=', 'tickets')
    .where('id', '=', ticketId)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  return row === undefined ? null : asTicket(JSON.parse(row.body) as unknown);
}

async function readMarket(db: Kysely<Database>, marketId: string): Promise<Market | null> {
  const row = await db
    .selectFrom('records')
    .select(['body'])
    .where('table_name', '=', 'markets')
    .where('id', '=', marketId)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  return row === undefined ? null : asMarket(JSON.parse(row.body) as unknown);
}

async function readTerminals(db: Kysely<Database>, marketId: string): Promise<Terminal[]> {
  const rows = await db
    .selectFrom('records')
    .select(['body'])
    .where('table_name', '=', 'terminals')
    .where('market_id', '=', marketId)
    .where('deleted', '=', 0)
    .execute();
  return parseRows(rows, asTerminal);
}

async function readDay(db: Kysely<Database>, meta: StoreMeta, marketId: string, day: string): Promise<DayQueue> {
  // Ids are UUIDv7 (time first): start a day before the ticket's day, in case a terminal's clock was behind.
  const floor = uuidFloor(Date.parse(`${day}T00:00:00+08:00`) - 86_400_000);
  const ofMarket = (table: 'tickets' | 'ticketEvents') =>
    db
      .selectFrom('records')
      .select(['body'])
      .where('table_name', '=', table)
      .where('market_id', '=', marketId)
      .where('id', '>=', floor)
      .where('deleted', '=', 0)
      .execute();
  const [ticketRows, eventRows, market, terminals] = await Promise.all([
    ofMarket('tickets'),
    ofMarket('ticketEvents'),
    readMarket(db, marketId),
    readTerminals(db, marketId),
  ]);
  const tickets = parseRows(ticketRows, asTicket).filter((t) => t.day === day);
  const ids = new Set(tickets.map((t) => t.id));
  const events = parseRows(eventRows, asEvent).filter((e) => ids.has(e.ticketId));
  const states = deriveQueue(tickets, events);
  return {
    epoch: meta.epoch,
    version: meta.version,
    states,
    byTicket: new Map(states.map((s) => [s.ticketId, s])),
    market,
    terminals,
  };
}

export class TicketViews {
  /** By `market|day`; oldest first out. */
  private readonly days = new Map<string, DayQueue>();
  /** Loads under way, by `market|day|epoch|version`: phones woken together share one read. */
  private readonly loading = new Map<string, Promise<DayQueue>>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly capacity = TICKET_DAY_CACHE_ENTRIES,
  ) {}

  /** The ticket and its place in its market's queue of that day; null if unknown. */
  async view(ticketId: string, now: number): Promise<TicketView | null> {
    // Read before the rows: a write landing in between only makes the entry look older than it is.
    const meta = await readMeta(this.db);
    const day = this.cachedDayOf(ticketId, meta) ?? (await this.loadDayOf(ticketId, meta));
    if (day === null) return null;
    const state = day.byTicket.get(ticketId);
    if (state === undefined) return null;
    // A ticket whose slip never printed is not in the queue yet: no place is promised for it.
    const prediction =
      state.phase === 'waiting' && state.handedOut
        ? predictWait({
            states: day.states,
            ticketId: state.ticketId,
            rule: day.market === null ? marketCallingRule({}) : marketCallingRule(day.market),
            now,
            windows: windowsFromTerminals(day.terminals),
          })
        : null;
    return { state, prediction, market: day.market };
  }

  get size(): number {
    return this.days.size;
  }

  private cachedDayOf(ticketId: string, meta: StoreMeta): DayQueue | null {
    for (const day of this.days.values()) {
      if (fresh(day, meta) && day.byTicket.has(ticketId)) return day;
    }
    return null;
  }

  private async loadDayOf(ticketId: string, meta: StoreMeta): Promise<DayQueue | null> {
    const ticket = await readTicket(this.db, ticketId);
    if (ticket === null) return null;
    const key = `${ticket.marketId}|${ticket.day}`;
    const held = this.days.get(key);
    if (held !== undefined && fresh(held, meta)) return held;
    const loadKey = `${key}|${meta.epoch}|${String(meta.version)}`;
    let pending = this.loading.get(loadKey);
    if (pending === undefined) {
      pending = readDay(this.db, meta, ticket.marketId, ticket.day);
      this.loading.set(loadKey, pending);
      void pending.then(
        () => this.loading.delete(loadKey),
        () => this.loading.delete(loadKey),
      );
    }
    const day = await pending;
    this.keep(key, day);
    return day;
  }

  private keep(key: string, day: DayQueue): void {
    const held = this.days.get(key);
    // A slower load of an older version must not replace a newer one.
    if (held !== undefined && held.epoch === day.epoch && held.version > day.version) return;
    this.days.delete(key);
    if (this.days.size >= this.capacity) {
      const oldest = this.days.keys().next();
      if (oldest.done !== true) this.days.delete(oldest.value);
    }
    this.days.set(key, day);
  }
}

function fresh(day: DayQueue, meta: StoreMeta): boolean {
  return day.epoch === meta.epoch && day.version === meta.version;
}
