// POST /v1/push: apply a batch of one device's mutations, then poke the
// markets whose rows changed.
import type { FastifyInstance } from 'fastify';
import { PUSH_PATH } from '../../protocol/paths';
import { pushRequestSchema, type PushRequest, type PushResponse } from '../../protocol/push';
import { applyPush, DeviceGoneError } from '../push/apply-push';
import type { ServerContext } from '../http/context';
import { ProtocolError } from '../http/protocol-error';

export function pushRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: PushRequest }>(
    PUSH_PATH,
    { schema: { body: pushRequestSchema }, onRequest: ctx.auth.onRequest },
    async (request): Promise<PushResponse> => {
      const device = ctx.auth.deviceOf(request);
      const { deviceId, mutations } = request.body;
      // Relayed mutations from a hub will carry other devices' ids (issue 3,
      // relay mode); until then a device pushes only its own.
      if (deviceId !== device.id || mutations.some((m) => m.deviceId !== device.id)) {
        throw new ProtocolError(403, 'device_mismatch');
      }
      let outcome;
      try {
        outcome = await applyPush(ctx.store.db, device.id, mutations, ctx.now());
      } catch (err) {
        if (err instanceof DeviceGoneError) throw new ProtocolError(401, 'device_revoked');
        throw err;
      }
      ctx.metrics.push(outcome.response.results);
      if (outcome.changedMarkets.size > 0) ctx.hub.poke(outcome.changedMarkets);
      return outcome.response;
    },
  );
}
