// GET /v1/poke (WebSocket): authenticated like every request (header, or the
// `bearer.` subprotocol from a browser), then kept open to receive pokes.
import type { FastifyInstance } from 'fastify';
// For its type augmentation of Fastify's route options (`websocket: true`).
import type {} from '@fastify/websocket';
import type { z } from 'zod';
import { POKE_PATH } from '../../protocol/paths';
import { pokeQuerySchema } from '../../protocol/poke';
import type { ServerContext } from '../http/context';

export function pokeRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Querystring: z.output<typeof pokeQuerySchema> }>(
    POKE_PATH,
    { websocket: true, schema: { querystring: pokeQuerySchema }, onRequest: ctx.auth.onRequest },
    (socket, request) => {
      const device = ctx.auth.deviceOf(request);
      ctx.hub.add(device.marketId, device.id, socket);
      // The channel is one-way; whatever a client sends is ignored.
      socket.on('message', () => undefined);
    },
  );
}
