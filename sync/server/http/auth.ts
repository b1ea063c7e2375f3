// Bearer-token authentication, run as an `onRequest` hook so an unknown or
// revoked device is refused before its body is even read. The device is
// looked up on every request (one indexed read): a revoked device is refused
// at once, with no cache to expire.
import type { FastifyRequest } from 'fastify';
import { BEARER_SUBPROTOCOL_PREFIX } from '../../protocol/poke';
import { findDeviceByToken, type Device } from '../store/devices';
import type { Store } from '../store/open';
import { ProtocolError } from './protocol-error';
import type { RateLimiter } from './rate-limit';

const TOKEN_RE = /^[A-Za-z0-9_-]{20,200}$/;

/** `Authorization: Bearer …`, or for WebSockets from a browser, the `bearer.…` subprotocol. */
export function tokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    return m?.[1];
  }
  const protocols = request.headers['sec-websocket-protocol'];
  if (typeof protocols === 'string') {
    for (const p of protocols.split(',')) {
      const t = p.trim();
      if (t.startsWith(BEARER_SUBPROTOCOL_PREFIX)) return t.slice(BEARER_SUBPROTOCOL_PREFIX.length);
    }
  }
  return undefined;
}

export class DeviceAuth {
  private readonly devices = new WeakMap<FastifyRequest, Device>();

  constructor(
    private readonly store: Store,
    private readonly limiter: RateLimiter,
    /** Refused tokens per client address: a guesser is turned away before each guess costs a database read. */
    private readonly refusals?: RateLimiter,
  ) {}

  private refuse(request: FastifyRequest, code: 'unauthorized' | 'device_revoked'): ProtocolError {
    this.refusals?.take(`ip:${request.ip}`);
    return new ProtocolError(401, code);
  }

  /** The hook: authenticate, then take a rate-limit token for the device. */
  readonly onRequest = async (request: FastifyRequest): Promise<void> => {
    const held = this.refusals?.waitFor(`ip:${request.ip}`) ?? 0;
    if (held > 0) throw new ProtocolError(429, 'rate_limited', undefined, undefined, { 'retry-after': String(held) });
    const token = tokenOf(request);
    if (token === undefined || !TOKEN_RE.test(token)) throw this.refuse(request, 'unauthorized');
    const device = await findDeviceByToken(this.store.db, token);
    if (device === undefined) throw this.refuse(request, 'unauthorized');
    if (device.revoked) throw this.refuse(request, 'device_revoked');
    const wait = this.limiter.take(`device:${device.id}`);
    if (wait > 0) throw new ProtocolError(429, 'rate_limited', undefined, undefined, { 'retry-after': String(wait) });
    this.devices.set(request, device);
  };

  /** The device the hook authenticated; a route without the hook is a programming error. */
  deviceOf(request: FastifyRequest): Device {
    const device = this.devices.get(request);
    if (device === undefined) throw new Error('route used DeviceAuth.deviceOf without the onRequest hook');
    return device;
  }
}
