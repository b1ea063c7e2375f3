// Push: a device sends the oldest part of its outbox; the server answers for
// each mutation it looked at, in order, and says where and why it stopped.
import { z } from 'zod';
import { mutationSchema } from '../../domain/records/mutation';
import { uuidV7Schema } from '../../domain/ids/uuidv7';
import { bilingualSchema, rejectionCodeSchema, stopReasonSchema } from './errors';
import { versionEnvelope } from './envelope';
import { MAX_PUSH_BATCH } from './limits';

export const pushRequestSchema = z.object({
  ...versionEnvelope,
  deviceId: uuidV7Schema,
  mutations: z.array(mutationSchema).min(1).max(MAX_PUSH_BATCH),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const mutationOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('applied'),
    mutationId: z.number().int().min(1),
    /** False when a newer version of the record was already stored (last writer wins). */
    won: z.boolean(),
  }),
  /** Applied before (the same batch sent twice, or through another path). */
  z.object({ status: z.literal('skipped'), mutationId: z.number().int().min(1) }),
  /** Refused for good; the mutation id still advances so the queue never wedges. */
  z.object({
    status: z.literal('rejected'),
    mutationId: z.number().int().min(1),
    code: rejectionCodeSchema,
    message: bilingualSchema,
  }),
]);
export type MutationOutcome = z.infer<typeof mutationOutcomeSchema>;

export const pushStopSchema = z.object({
  reason: stopReasonSchema,
  /** The first mutation not looked at. */
  mutationId: z.number().int().min(1),
  message: bilingualSchema,
});
export type PushStop = z.infer<typeof pushStopSchema>;

export const pushResponseSchema = z.object({
  /** The highest mutation id the server holds for this device: the client may drop its outbox up to here. */
  lastMutationId: z.number().int().min(0),
  results: z.array(mutationOutcomeSchema),
  stop: pushStopSchema.nullable(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;
