// POST /v1/enrol: trade a one-time code for a device id and token.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { enrolRequestSchema } from '../../protocol/enrol';
import type { DeviceEnrolResponse } from '../../protocol/roles';
import { ENROL_PATH } from '../../protocol/paths';
import { redeemEnrolmentCode } from '../store/devices';
import { readMeta } from '../store/meta';
import type { ServerContext } from '../http/context';
import { ProtocolError } from '../http/protocol-error';

export function enrolRoute(app: FastifyInstance, ctx: ServerContext): void {
  // The validator hands the handler the parsed value (code normalised).
  app.post<{ Body: z.output<typeof enrolRequestSchema> }>(
    ENROL_PATH,
    {
      schema: { body: enrolRequestSchema },
      onRequest: async (request) => {
        const wait = ctx.enrolLimiter.take(`ip:${request.ip}`);
        if (wait > 0)
          throw new ProtocolError(429, 'rate_limited', undefined, undefined, { 'retry-after': String(wait) });
        return Promise.resolve();
      },
    },
    async (request): Promise<DeviceEnrolResponse> => {
      const body = request.body;
      const enrolled = await redeemEnrolmentCode(ctx.store.db, body.code, body.label, ctx.now());
      if (enrolled === undefined) throw new ProtocolError(403, 'enrolment_code_invalid');
      const { epoch } = await readMeta(ctx.store.db);
      return { ...enrolled, epoch };
    },
  );
}
