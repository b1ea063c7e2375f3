// Small schemas shared by every record type.
import { z } from 'zod';
import { hlcStampSchema } from '../clock/hlc';
import { uuidV7Schema } from '../ids/uuidv7';

/** A calendar day, `YYYY-MM-DD`, in the market's local time (Asia/Shanghai). */
export const localDaySchema = z.iso.date();
export type LocalDay = z.infer<typeof localDaySchema>;

/**
 * An instant, ISO 8601 in UTC (`2026-11-26T08:30:00.000Z`). UTC only, so that
 * string order is time order and stores can index and range-query instants.
 */
export const instantSchema = z.iso.datetime();
export type Instant = z.infer<typeof instantSchema>;

/** `HH:MM`, 24-hour. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM');

export const nonEmptyText = (max: number) => z.string().trim().min(1).max(max);

/**
 * Every record the terminals and the server exchange carries these fields:
 * a device-made UUIDv7, the HLC stamp of its last write (last writer wins per
 * record), and a tombstone flag so a deletion travels like any other change.
 */
export const syncedFields = {
  id: uuidV7Schema,
  hlc: hlcStampSchema,
  deleted: z.boolean(),
};

/** Fields of a record that belongs to one market. */
export const marketScopedFields = {
  ...syncedFields,
  marketId: uuidV7Schema,
};
