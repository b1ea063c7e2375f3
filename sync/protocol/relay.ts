// Relay (market hub): the hub tells the central server which terminals it
// serves before it forwards their mutations, so the central server tracks
// `lastMutationId` per original device and a terminal can later push to the
// central server directly with the same id and token (failover).
import { z } from 'zod';
import { terminalRoleSchema } from '../../domain/records/market';
import { uuidV7Schema } from '../../domain/ids/uuidv7';
import { versionEnvelope } from './envelope';
import { FALLBACK_BANDS } from './queue';

export const MAX_RELAY_DEVICES = 500;

export const relayedDeviceSchema = z.object({
  deviceId: uuidV7Schema,
  role: terminalRoleSchema,
  label: z.string().trim().min(1).max(40),
  /** SHA-256 (hex) of the terminal's token: never the token itself. */
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  revoked: z.boolean(),
  bandIndex: z
    .number()
    .int()
    .min(0)
    .max(FALLBACK_BANDS - 1)
    .nullable(),
});
export type RelayedDevice = z.infer<typeof relayedDeviceSchema>;

export const relayDevicesRequestSchema = z.object({
  ...versionEnvelope,
  devices: z.array(relayedDeviceSchema).min(1).max(MAX_RELAY_DEVICES),
});
export type RelayDevicesRequest = z.infer<typeof relayDevicesRequestSchema>;

export const relayDevicesResponseSchema = z.object({ registered: z.number().int().min(0) });
export type RelayDevicesResponse = z.infer<typeof relayDevicesResponseSchema>;
