// Thin helpers over `app.inject` that speak the protocol.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { TerminalRole } from '../../../../domain/records/market';
import type { Mutation } from '../../../../domain/records/mutation';
import { enrolResponseSchema, type EnrolResponse } from '../../../../sync/protocol/enrol';
import { ENROL_PATH, PULL_PATH, PUSH_PATH } from '../../../../sync/protocol/paths';
import { pullResponseSchema, type PullResponse } from '../../../../sync/protocol/pull';
import { pushResponseSchema, type PushResponse } from '../../../../sync/protocol/push';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../../../sync/protocol/version';
import { createEnrolmentCode } from '../../../../sync/server/store/devices';
import type { Store } from '../../../../sync/server/store/open';
import { TestDevice } from './records';

export const VERSIONS = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };

export async function enrol(
  app: FastifyInstance,
  store: Store,
  marketId: string,
  role: TerminalRole,
  now?: number,
): Promise<EnrolResponse> {
  const { code } = await createEnrolmentCode(store, { marketId, role, ...(now === undefined ? {} : { now }) });
  const res = await app.inject({ method: 'POST', url: ENROL_PATH, payload: { ...VERSIONS, code, label: `${role} 1` } });
  if (res.statusCode !== 200) throw new Error(`enrol failed: ${res.statusCode} ${res.body}`);
  return enrolResponseSchema.parse(res.json());
}

/** An enrolled terminal with a writer that stamps its mutations, as most protocol tests need one. */
export interface WritingDevice extends EnrolResponse {
  readonly writer: TestDevice;
}

export async function enrolWriter(
  app: FastifyInstance,
  store: Store,
  marketId: string,
  role: TerminalRole,
): Promise<WritingDevice> {
  const e = await enrol(app, store, marketId, role);
  return { ...e, writer: new TestDevice(e.deviceId) };
}

export function pushRaw(app: FastifyInstance, token: string, payload: unknown): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: PUSH_PATH,
    headers: { authorization: `Bearer ${token}` },
    payload: payload as object,
  });
}

export async function push(
  app: FastifyInstance,
  device: { deviceId: string; token: string },
  mutations: readonly Mutation[],
): Promise<PushResponse> {
  const res = await pushRaw(app, device.token, { ...VERSIONS, deviceId: device.deviceId, mutations });
  if (res.statusCode !== 200) throw new Error(`push failed: ${res.statusCode} ${res.body}`);
  return pushResponseSchema.parse(res.json());
}

export async function pull(
  app: FastifyInstance,
  token: string,
  cursor: string | null,
  epoch: string | null,
  limit?: number,
): Promise<PullResponse> {
  const res = await app.inject({
    method: 'POST',
    url: PULL_PATH,
    headers: { authorization: `Bearer ${token}` },
    payload: { ...VERSIONS, cursor, epoch, ...(limit === undefined ? {} : { limit }) },
  });
  if (res.statusCode !== 200) throw new Error(`pull failed: ${res.statusCode} ${res.body}`);
  return pullResponseSchema.parse(res.json());
}

/** Pull every page from the start; returns the records by `table/id`. */
export async function pullAll(
  app: FastifyInstance,
  token: string,
  limit = 1000,
): Promise<{ records: Map<string, Record<string, unknown>>; cursor: string; epoch: string; pages: number }> {
  const records = new Map<string, Record<string, unknown>>();
  let cursor: string | null = null;
  let epoch: string | null = null;
  let pages = 0;
  for (;;) {
    const page = await pull(app, token, cursor, epoch, limit);
    if (page.type === 'reset') throw new Error(`unexpected reset: ${page.reason}`);
    pages += 1;
    for (const c of page.changes) records.set(`${c.table}/${String(c.record.id)}`, c.record);
    cursor = page.nextCursor;
    epoch = page.epoch;
    if (!page.hasMore) return { records, cursor, epoch, pages };
  }
}
