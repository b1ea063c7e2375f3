// POST /v1/heartbeat: a terminal tells the server how it is, every
// HEARTBEAT_INTERVAL_MS while it can reach it, so the console's fleet list can
// tell a terminal serving offline from one gone silent. Added in protocol 1
// as a new message (docs/sync.md "Versions"): a server that predates it
// answers 404, and the client then stops sending for the session.
import { z } from 'zod';
import { uuidV7Schema } from '../../domain/ids/uuidv7';
import { versionEnvelopeSchema } from './envelope';

export const HEARTBEAT_PATH = '/v1/heartbeat';
export const HEARTBEAT_INTERVAL_MS = 30_000;

export const printerStateSchema = z.enum(['ok', 'paper_out', 'offline', 'error', 'none', 'unknown']);
export type PrinterState = z.infer<typeof printerStateSchema>;

/** What the terminal reports; everything but the counts may be unknown on a given platform. */
export const heartbeatFactsSchema = z.object({
  appVersion: z.string().trim().min(1).max(40),
  /** When the last sync cycle succeeded (ms since the epoch), null before the first. */
  lastSyncAt: z.number().int().nonnegative().nullable(),
  outboxDepth: z.number().int().nonnegative().max(10_000_000),
  unreadRefusals: z.number().int().nonnegative().max(1_000_000),
  printer: printerStateSchema,
  freeDiskBytes: z.number().int().nonnegative().nullable(),
});
export type HeartbeatFacts = z.infer<typeof heartbeatFactsSchema>;

export const heartbeatRequestSchema = versionEnvelopeSchema.extend({
  deviceId: uuidV7Schema,
  ...heartbeatFactsSchema.shape,
});
export type HeartbeatRequest = z.infer<typeof heartbeatRequestSchema>;

export const heartbeatResponseSchema = z.object({ ok: z.literal(true), receivedAt: z.number() });
export type HeartbeatResponse = z.infer<typeof heartbeatResponseSchema>;
