// The poke channel: a WebSocket per device that carries no data, only "there
// is something new for your market, pull". The client pulls once on every
// (re)connect as well, so a poke lost while disconnected costs nothing.
import { z } from 'zod';

/** Browsers cannot set headers on a WebSocket: the token travels as a subprotocol. */
export const POKE_SUBPROTOCOL = 'gig-poke.v1';
export const BEARER_SUBPROTOCOL_PREFIX = 'bearer.';

export const pokeMessageSchema = z.object({ type: z.literal('poke') });
export type PokeMessage = z.infer<typeof pokeMessageSchema>;

/**
 * Sent on every open socket every POKE_HEARTBEAT_MS. A page cannot see
 * WebSocket ping frames, and a half-open TCP connection (a switch restarted,
 * a cable pulled) looks open for hours: without a message it can count on, a
 * terminal would wait for pokes that never come. It asks for no pull.
 */
export const heartbeatMessageSchema = z.object({ type: z.literal('heartbeat') });
export type HeartbeatMessage = z.infer<typeof heartbeatMessageSchema>;

export const pokeChannelMessageSchema = z.discriminatedUnion('type', [pokeMessageSchema, heartbeatMessageSchema]);

export const POKE_HEARTBEAT_MS = 25_000;

/** Query string of the upgrade request: versions travel here because there is no body. */
export const pokeQuerySchema = z.object({
  protocolVersion: z.coerce.number().int(),
  schemaVersion: z.coerce.number().int(),
});
