// The hub's HTTP client for the central server: the same protocol a terminal
// speaks, plus device registration and relayed pushes. Every answer is
// checked with the protocol's schemas; a non-2xx answer becomes an
// UpstreamError carrying the central server's code.
import type { ZodType } from 'zod';
import type { Mutation } from '../../../domain/records/mutation';
import { errorBodySchema, type ErrorCode } from '../../protocol/errors';
import { ENROL_PATH, LEASE_PATH, PULL_PATH, PUSH_PATH, RELAY_DEVICES_PATH } from '../../protocol/paths';
import { pullResponseSchema, type PullResponse } from '../../protocol/pull';
import { pushResponseSchema, type PushResponse } from '../../protocol/push';
import { leaseResponseSchema, type LeaseResponse } from '../../protocol/queue';
import { relayDevicesResponseSchema, type RelayedDevice } from '../../protocol/relay';
import { deviceEnrolResponseSchema, type DeviceEnrolResponse } from '../../protocol/roles';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../protocol/version';

const VERSIONS = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };
const TIMEOUT_MS = 15_000;

export class UpstreamError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network' | 'malformed_response',
    detail: string,
  ) {
    super(`中心服务器: ${code} / central server: ${code} (${status}) ${detail}`);
  }
}

export class Upstream {
  private readonly base: string;
  constructor(
    baseUrl: string,
    private token?: string,
  ) {
    this.base = baseUrl.replace(/\/+$/, '');
  }

  private async post<T>(path: string, body: object, schema: ZodType<T>): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${this.base}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.token === undefined ? {} : { authorization: `Bearer ${this.token}` }),
        },
        body: JSON.stringify({ ...VERSIONS, ...body }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      throw new UpstreamError(0, 'network', err instanceof Error ? err.message : String(err));
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new UpstreamError(
        res.status,
        'malformed_response',
        err instanceof Error ? err.message : text.slice(0, 100),
      );
    }
    if (!res.ok) {
      const parsed = errorBodySchema.safeParse(json);
      throw new UpstreamError(res.status, parsed.success ? parsed.data.code : 'malformed_response', text.slice(0, 200));
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new UpstreamError(res.status, 'malformed_response', parsed.error.message.slice(0, 200));
    return parsed.data;
  }

  /** Trades the code for the hub's own token, and uses it from then on. */
  async enrol(code: string, label: string): Promise<DeviceEnrolResponse> {
    const enrolled = await this.post(ENROL_PATH, { code, label }, deviceEnrolResponseSchema);
    this.token = enrolled.token;
    return enrolled;
  }

  registerDevices(devices: readonly RelayedDevice[]): Promise<unknown> {
    return this.post(RELAY_DEVICES_PATH, { devices }, relayDevicesResponseSchema);
  }

  /** A relayed push: the terminal's own id and mutations, unchanged. */
  push(deviceId: string, mutations: readonly Mutation[]): Promise<PushResponse> {
    return this.post(PUSH_PATH, { deviceId, mutations }, pushResponseSchema);
  }

  pull(cursor: string | null, epoch: string | null, limit: number): Promise<PullResponse> {
    return this.post(PULL_PATH, { cursor, epoch, limit }, pullResponseSchema);
  }

  lease(day: string, lane: string, size: number): Promise<LeaseResponse> {
    return this.post(LEASE_PATH, { day, lane, size }, leaseResponseSchema);
  }
}
