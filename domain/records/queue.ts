// Queue tickets and their events. A ticket is immutable once issued; what
// happens to it is an append-only list of events, and its state is derived
// from them (domain/queue), so two terminals never overwrite each other.
import { z } from 'zod';
import { localDaySchema, marketScopedFields } from './common';
import { hlcStampSchema } from '../clock/hlc';
import { uuidV7Schema } from '../ids/uuidv7';

export const laneLetterSchema = z.string().regex(/^[A-Z]$/, 'lane is one capital letter');

export const prioritySchema = z.enum(['none', 'elderly', 'disabled', 'pregnant', 'appointment']);
export type Priority = z.infer<typeof prioritySchema>;

export const ticketSchema = z.object({
  ...marketScopedFields,
  /** The market's local calendar day; numbers start again each day. */
  day: localDaySchema,
  lane: laneLetterSchema,
  serviceCode: z.string().min(1).max(40),
  number: z.number().int().min(1).max(9999),
  /** What is shown and announced, e.g. `A023`. */
  display: z.string().regex(/^[A-Z]\d{3,4}$/),
  priority: prioritySchema,
  issuedBy: uuidV7Schema,
  /** HLC of issue: ties in the calling order are broken by it. */
  issuedAt: hlcStampSchema,
  /** What the kiosk attached: the job a seeker picked (即时快招). */
  context: z.object({
    postingId: uuidV7Schema.nullable(),
    applicationId: uuidV7Schema.nullable(),
  }),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const TICKET_EVENT_TYPES = [
  'printed',
  'print_failed',
  'reprinted',
  'called',
  'recalled',
  'serving',
  'done',
  'no_show',
  'transferred',
  'cancelled',
  'expired',
] as const;
export const ticketEventTypeSchema = z.enum(TICKET_EVENT_TYPES);
export type TicketEventType = z.infer<typeof ticketEventTypeSchema>;

export const ticketEventSchema = z.object({
  ...marketScopedFields,
  ticketId: uuidV7Schema,
  type: ticketEventTypeSchema,
  at: hlcStampSchema,
  terminalId: uuidV7Schema,
  staffId: uuidV7Schema.nullable(),
  windowNumber: z.number().int().min(1).max(99).nullable(),
  /** For `transferred`: the lane (and optionally window) it moves to. */
  toLane: laneLetterSchema.nullable(),
  /** For `done`: the outcome the window recorded. */
  outcome: z.string().max(40).nullable(),
});
export type TicketEvent = z.infer<typeof ticketEventSchema>;
