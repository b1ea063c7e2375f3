// Queue arbitration at the market authority (the hub, or the central server):
// number-block leases, so two terminals never issue the same ticket number,
// and the compare-and-set claim that lets one window only call a ticket
// (DESIGN §4, issue 4 "Offline").
import { z } from 'zod';
import { localDaySchema } from '../../domain/records/common';
import { laneLetterSchema } from '../../domain/records/queue';
import { uuidV7Schema } from '../../domain/ids/uuidv7';
import { versionEnvelope } from './envelope';

/**
 * The number space of one (market, day, lane), 1..9999 like `ticket.number`:
 * leased blocks come from 1..LEASE_LAST_NUMBER, counted up by the authority;
 * the rest is cut into fixed per-terminal fallback bands. The two ranges are
 * disjoint and a band belongs to one terminal, so a number issued from a
 * lease can never equal one issued from a band, online or not.
 */
export const LEASE_LAST_NUMBER = 8999;
export const FALLBACK_FIRST_NUMBER = 9000;
export const FALLBACK_BAND_SIZE = 50;
/** (9999 - 9000 + 1) / 50: at most 20 issuing terminals per market have a band. */
export const FALLBACK_BANDS = 20;
/** The kiosk refills at 20 left (DESIGN §4); a block is 50 unless asked otherwise. */
export const DEFAULT_LEASE_SIZE = 50;
export const MAX_LEASE_SIZE = 500;

export interface NumberRange {
  readonly from: number;
  readonly to: number;
}

/** The fallback band of the terminal with this band index (0..FALLBACK_BANDS-1). */
export function fallbackBand(bandIndex: number): NumberRange {
  if (!Number.isInteger(bandIndex) || bandIndex < 0 || bandIndex >= FALLBACK_BANDS) {
    throw new RangeError(`号段序号无效 / band index must be 0..${FALLBACK_BANDS - 1}: ${bandIndex}`);
  }
  const from = FALLBACK_FIRST_NUMBER + bandIndex * FALLBACK_BAND_SIZE;
  return { from, to: from + FALLBACK_BAND_SIZE - 1 };
}

/** The next number a terminal issues from its band after `last` (null: none issued yet today); null when used up. */
export function nextBandNumber(bandIndex: number, last: number | null): number | null {
  const band = fallbackBand(bandIndex);
  if (last === null || last < band.from) return band.from;
  return last < band.to ? last + 1 : null;
}

export const rangeSchema = z
  .object({ from: z.number().int().min(1).max(9999), to: z.number().int().min(1).max(9999) })
  .refine((r) => r.from <= r.to, 'from ≤ to');

export const leaseRequestSchema = z.object({
  ...versionEnvelope,
  /** The market's local day (Asia/Shanghai) the numbers are for. */
  day: localDaySchema,
  lane: laneLetterSchema,
  size: z.number().int().min(1).max(MAX_LEASE_SIZE).default(DEFAULT_LEASE_SIZE),
});
export type LeaseRequest = z.input<typeof leaseRequestSchema>;

export const leaseResponseSchema = z.object({
  day: localDaySchema,
  lane: laneLetterSchema,
  /** Inclusive; may be shorter than asked when the day's lease space runs out. */
  from: z.number().int().min(1).max(LEASE_LAST_NUMBER),
  to: z.number().int().min(1).max(LEASE_LAST_NUMBER),
  /** This terminal's own fallback band, for when no lease is left (null: the market has no band free). */
  band: rangeSchema.nullable(),
  bandIndex: z
    .number()
    .int()
    .min(0)
    .max(FALLBACK_BANDS - 1)
    .nullable(),
});
export type LeaseResponse = z.infer<typeof leaseResponseSchema>;

export const claimRequestSchema = z.object({
  ...versionEnvelope,
  ticketId: uuidV7Schema,
  windowNumber: z.number().int().min(1).max(99),
});
export type ClaimRequest = z.infer<typeof claimRequestSchema>;

export const claimResponseSchema = z.discriminatedUnion('status', [
  /** This window owns the ticket now (or already did: a recall). Write the `called` event through a push. */
  z.object({
    status: z.literal('ok'),
    ticketId: uuidV7Schema,
    windowNumber: z.number().int(),
    /** How many times the ticket was released by a transfer before this claim. */
    round: z.number().int().min(0),
    at: z.number().int(),
  }),
  /** Another window called it first: tell the window plainly and offer the next ticket. */
  z.object({
    status: z.literal('lost'),
    ticketId: uuidV7Schema,
    by: z.object({ windowNumber: z.number().int(), at: z.number().int() }),
    round: z.number().int().min(0),
  }),
]);
export type ClaimResponse = z.infer<typeof claimResponseSchema>;
