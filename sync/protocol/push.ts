// Push: a device sends the oldest part of its outbox; the server answers for
// each mutation it looked at, in order, and says where and why it stopped.
import { z } from 'zod';
import { putMutationSchema } from '../../domain/records/mutation';
import { recordTableSchema } from '../../domain/records/registry';
import { uuidV7Schema } from '../../domain/ids/uuidv7';
import { bilingualSchema, rejectionCodeSchema, stopReasonSchema } from './errors';
import { versionEnvelope } from './envelope';
import { MAX_PUSH_BATCH } from './limits';

/**
 * The record of a pushed mutation need only be an object here: the server
 * checks every field with domain/records when it judges the mutation, one by
 * one, so a bad record is rejected alone instead of failing the whole batch.
 * (Copying each record through `z.record` first only repeated that work.)
 */
const pushedRecordSchema = z.custom<Record<string, unknown>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  'record must be an object',
);

/** domain's mutation schema, with the record left to the judge (see above). */
export const pushedMutationSchema = putMutationSchema.extend({
  args: z.object({ table: recordTableSchema, record: pushedRecordSchema }),
});

export const pushRequestSchema = z.object({
  ...versionEnvelope,
  deviceId: uuidV7Schema,
  mutations: z.array(pushedMutationSchema).min(1).max(MAX_PUSH_BATCH),
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
