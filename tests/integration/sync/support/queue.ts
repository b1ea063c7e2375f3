// Helpers for the queue arbitration routes over `app.inject`.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { CLAIM_PATH, LEASE_PATH } from '../../../../sync/protocol/paths';
import {
  claimResponseSchema,
  leaseResponseSchema,
  type ClaimResponse,
  type LeaseResponse,
} from '../../../../sync/protocol/queue';
import { VERSIONS } from './client';

export const DAY = '2026-11-26';

export function leaseRaw(app: FastifyInstance, token: string, body: object): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: LEASE_PATH,
    headers: { authorization: `Bearer ${token}` },
    payload: { ...VERSIONS, ...body },
  });
}

export async function lease(app: FastifyInstance, token: string, lane = 'A', size = 50): Promise<LeaseResponse> {
  const res = await leaseRaw(app, token, { day: DAY, lane, size });
  if (res.statusCode !== 200) throw new Error(`lease failed: ${res.statusCode} ${res.body}`);
  return leaseResponseSchema.parse(res.json());
}

export function claimRaw(app: FastifyInstance, token: string, body: object): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: CLAIM_PATH,
    headers: { authorization: `Bearer ${token}` },
    payload: { ...VERSIONS, ...body },
  });
}

export async function claim(
  app: FastifyInstance,
  token: string,
  ticketId: string,
  windowNumber: number,
): Promise<ClaimResponse> {
  const res = await claimRaw(app, token, { ticketId, windowNumber });
  if (res.statusCode !== 200) throw new Error(`claim failed: ${res.statusCode} ${res.body}`);
  return claimResponseSchema.parse(res.json());
}
