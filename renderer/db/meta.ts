// The device's own key/value state, kept beside the records so that a record,
// its outbox entry, the clock and the mutation counter change in one
// transaction. Values are checked on the way out: a corrupt clock or counter
// must stop writes rather than mint duplicate stamps or ids.
import { z } from 'zod';
import { uuidV7Schema } from '../../domain/ids/uuidv7';
import type Dexie from 'dexie';
import type { Table } from 'dexie';
import { MetaCorruptError } from './errors';

export const metaSchemas = {
  deviceId: uuidV7Schema,
  marketId: uuidV7Schema,
  hlc: z.object({
    millis: z.number().int().min(0),
    counter: z.number().int().min(0).max(0xffff),
    node: z.string().regex(/^[0-9a-f]{16}$/),
  }),
  /** The mutation id the next local write takes; starts at 1. */
  nextMutationId: z.number().int().min(1),
  /** Highest mutation id the server has acknowledged; 0 before the first. */
  ackedMutationId: z.number().int().min(0),
  /** Opaque pull cursor and the server epoch it belongs to. */
  cursor: z.string(),
  epoch: z.string().min(1),
  /**
   * Ticket-number blocks this terminal leased from the market authority, per
   * (day, lane), and its fallback band index (null until the server gave one).
   */
  queueLeases: z.object({
    bandIndex: z.number().int().min(0).max(19).nullable(),
    blocks: z.array(
      z.object({
        day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        lane: z.string().regex(/^[A-Z]$/),
        from: z.number().int().min(1).max(8999),
        to: z.number().int().min(1).max(8999),
      }),
    ),
  }),
} as const;

export type MetaKey = keyof typeof metaSchemas;
export type MetaValue<K extends MetaKey> = z.infer<(typeof metaSchemas)[K]>;

export interface MetaRow {
  readonly key: MetaKey;
  readonly value: unknown;
}

/**
 * What these functions need of the terminal's database: its meta table (and a
 * transaction over it). Named here so this module need not import database.ts,
 * which imports MetaRow from here; TerminalDb is one.
 */
export type MetaDb = Dexie & { readonly meta: Table<MetaRow, MetaKey> };

export async function readMeta<K extends MetaKey>(db: MetaDb, key: K): Promise<MetaValue<K> | undefined> {
  const row = await db.meta.get(key);
  if (row === undefined) return undefined;
  const parsed = metaSchemas[key].safeParse(row.value);
  if (!parsed.success) throw new MetaCorruptError(key, parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data as MetaValue<K>;
}

export async function writeMeta<K extends MetaKey>(db: MetaDb, key: K, value: MetaValue<K>): Promise<void> {
  await db.meta.put({ key, value: metaSchemas[key].parse(value) });
}

export async function deleteMeta(db: MetaDb, key: MetaKey): Promise<void> {
  await db.meta.delete(key);
}

/** Enrolment binds the terminal to its market; the clock and counters are not for callers to set. */
export async function setMarketId(db: MetaDb, marketId: string): Promise<void> {
  await db.transaction('rw', db.meta, () => writeMeta(db, 'marketId', marketId));
}
