// Queue arbitration at the market authority (the hub, or the central server):
// number-block leases, so two terminals never issue the same ticket number,
// and the compare-and-set claim that lets one window only call a ticket
// (DESIGN §4, issue 4 "Offline").
import { z } from 'zod';
import { localDaySchema } from '../../domain/records/common';
import { laneLetterSchema } from '../../domain/records/queue';
import { uuidV7Schema } from '../../domain/ids/uuidv7';
import {
  BAND_BASE,
  BAND_SIZE,
  DEFAULT_LEASE_POLICY,
  fallbackBand,
  ISSUING_SLOTS,
  LEASE_MAX,
} from '../../domain/queue/numbering';
import { versionEnvelope } from './envelope';

// The number space of one (market, day, lane) is laid out in
// domain/queue/numbering.ts (leases 1..8999, then per-terminal fallback bands
// of 50 from 9000); the protocol names the same constants, from there.
export const LEASE_LAST_NUMBER = LEASE_MAX;
export const FALLBACK_FIRST_NUMBER = BAND_BASE;
export const FALLBACK_BAND_SIZE = BAND_SIZE;
export const FALLBACK_BANDS = ISSUING_SLOTS;
/** The kiosk refills at 20 left (DESIGN §4); a block is 50 unless asked otherwise. */
export const DEFAULT_LEASE_SIZE = DEFAULT_LEASE_POLICY.blockSize;
export const MAX_LEASE_SIZE = 500;

export interface NumberRange {
  readonly from: number;
  readonly to: number;
}

export { fallbackBand };

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
