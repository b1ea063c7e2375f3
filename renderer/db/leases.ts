// Where the terminal keeps its leased ticket-number blocks: one meta entry
// (`queueLeases`), written in its own transaction. Blocks of past days are
// dropped on each write, so the entry stays a few dozen rows at most. The
// numbers already used come from the tickets themselves, never from a
// counter kept beside them, so a ticket and "its number is used" cannot drift.
import { addDays } from '../../domain/clock/local-day';
import type { HeldLeases, LeaseStore } from '../../sync/client/queue-lease';
import type { LeaseResponse } from '../../sync/protocol/queue';
import type { TerminalDb } from './database';
import { readMeta, writeMeta, type MetaValue } from './meta';
import { ticketsOfDay } from './queries';

type Stored = MetaValue<'queueLeases'>;

const EMPTY: Stored = { bandIndex: null, blocks: [] };

export async function readLeases(db: TerminalDb): Promise<Stored> {
  return (await readMeta(db, 'queueLeases')) ?? EMPTY;
}

export async function heldLeases(db: TerminalDb, day: string, lane: string): Promise<HeldLeases> {
  const stored = await readLeases(db);
  return {
    bandIndex: stored.bandIndex,
    blocks: stored.blocks.filter((b) => b.day === day && b.lane === lane).map(({ from, to }) => ({ from, to })),
  };
}

/** Keep a block just leased; forget blocks older than the day before it. */
export async function addLease(db: TerminalDb, response: LeaseResponse): Promise<void> {
  const oldest = addDays(response.day, -1);
  await db.transaction('rw', db.meta, async () => {
    const stored = await readLeases(db);
    const blocks = stored.blocks.filter((b) => b.day >= oldest);
    blocks.push({ day: response.day, lane: response.lane, from: response.from, to: response.to });
    // A response without a band (the market has none free) does not take back one already known.
    await writeMeta(db, 'queueLeases', { bandIndex: response.bandIndex ?? stored.bandIndex, blocks });
  });
}

/** The LeaseStore the sync client's LeaseKeeper needs, over this terminal's store. */
export function dexieLeaseStore(db: TerminalDb, marketId: string): LeaseStore {
  return {
    held: (day, lane) => heldLeases(db, day, lane),
    add: (response) => addLease(db, response),
    used: async (day, lane) => new Set((await ticketsOfDay(db, marketId, day, lane)).map((t) => t.number)),
  };
}
