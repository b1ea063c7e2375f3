// The poke channel: a WebSocket per device that carries no data, only "there
// is something new for your market, pull". The client pulls once on every
// (re)connect as well, so a poke lost while disconnected costs nothing.
import { z } from 'zod';

/** Browsers cannot set headers on a WebSocket: the token travels as a subprotocol. */
export const POKE_SUBPROTOCOL = 'gig-poke.v1';
export const BEARER_SUBPROTOCOL_PREFIX = 'bearer.';

export const pokeMessageSchema = z.object({ type: z.literal('poke') });
export type PokeMessage = z.infer<typeof pokeMessageSchema>;

/** Query string of the upgrade request: versions travel here because there is no body. */
export const pokeQuerySchema = z.object({
  protocolVersion: z.coerce.number().int(),
  schemaVersion: z.coerce.number().int(),
});
