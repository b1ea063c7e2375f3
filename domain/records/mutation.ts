// A local change as it travels: written to the outbox in the same transaction
// as the record, pushed to the server in order, applied there exactly once
// (deviceId + gap-free mutationId).
import { z } from 'zod';
import { hlcStampSchema } from '../clock/hlc';
import { uuidV7Schema } from '../ids/uuidv7';
import { recordTableSchema } from './registry';

/** Version of the record schemas; bumped when a record shape changes. */
export const SCHEMA_VERSION = 1;

/**
 * `put` carries the whole record; a deletion is a `put` of the record with
 * `deleted: true`, so one reconcile rule (last writer by HLC) covers both.
 */
export const putMutationSchema = z.object({
  deviceId: uuidV7Schema,
  mutationId: z.number().int().min(1),
  name: z.literal('put'),
  args: z.object({ table: recordTableSchema, record: z.record(z.string(), z.unknown()) }),
  hlc: hlcStampSchema,
  schemaVersion: z.number().int().min(1),
});

export const mutationSchema = z.discriminatedUnion('name', [putMutationSchema]);
export type Mutation = z.infer<typeof mutationSchema>;
