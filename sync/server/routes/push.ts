// POST /v1/push: apply a batch of one device's mutations, then poke the
// markets whose rows changed. A hub pushes its terminals' mutations under
// their own device ids (relay); everyone else pushes only its own.
import type { FastifyInstance } from 'fastify';
import { PUSH_PATH } from '../../protocol/paths';
import { pushRequestSchema, type PushRequest, type PushResponse } from '../../protocol/push';
import { HUB_ROLE } from '../../protocol/roles';
import { applyPush, DeviceGoneError, RelayScopeError, type ApplyPushOptions } from '../push/apply-push';
import type { ServerContext } from '../http/context';
import { ProtocolError } from '../http/protocol-error';

export function pushRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: PushRequest }>(
    PUSH_PATH,
    { schema: { body: pushRequestSchema }, onRequest: ctx.auth.onRequest },
    async (request): Promise<PushResponse> => {
      const device = ctx.auth.deviceOf(request);
      const { deviceId, mutations } = request.body;
      const relayed = device.role === HUB_ROLE;
      if (mutations.some((m) => m.deviceId !== deviceId)) throw new ProtocolError(403, 'device_mismatch');
      if (!relayed && deviceId !== device.id) throw new ProtocolError(403, 'device_mismatch');
      if (relayed && deviceId === device.id) throw new ProtocolError(403, 'relay_scope', 'a hub writes nothing itself');
      const options: ApplyPushOptions = {
        ...(relayed ? { viaHub: device } : {}),
        ...(ctx.relay === undefined ? {} : { relayOutbox: true }),
      };
      let outcome;
      try {
        outcome = await applyPush(ctx.store.db, deviceId, mutations, ctx.now(), options);
      } catch (err) {
        if (err instanceof RelayScopeError) throw new ProtocolError(403, 'relay_scope');
        // For a relayed push the hub itself is fine: 410 says "this terminal is gone", not "you are".
        if (err instanceof DeviceGoneError) {
          throw relayed ? new ProtocolError(410, 'device_revoked') : new ProtocolError(401, 'device_revoked');
        }
        throw err;
      }
      ctx.metrics.push(outcome.response.results);
      if (outcome.rebased !== null) {
        ctx.metrics.rebases += 1;
        // The operator restored a backup; these acknowledged ids were lost with it, and the terminal requeues its records.
        request.log.warn({ deviceId, lostMutationIds: outcome.rebased }, 'push rebased after a restore');
      }
      if (outcome.changedMarkets.size > 0) ctx.poke(outcome.changedMarkets);
      if (ctx.relay !== undefined && outcome.response.results.some((r) => r.status !== 'skipped')) ctx.relay.pushed();
      return outcome.response;
    },
  );
}
