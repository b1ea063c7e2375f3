// Starting a hub: enrol at the central server once with the operator's code
// (role `hub`), keep the token in the hub's own store, and reuse it on every
// later start. Also the lease port the hub's routes use.
import { HUB_ROLE } from '../../protocol/roles';
import type { NumberRange } from '../../protocol/queue';
import type { HubPort } from '../http/context';
import { ProtocolError } from '../http/protocol-error';
import type { Store } from '../store/open';
import { readIdentity, writeIdentity, type HubIdentity } from './state';
import { Upstream, UpstreamError } from './upstream';

export interface HubConnection {
  readonly identity: HubIdentity;
  readonly upstream: Upstream;
}

export async function connectHub(
  store: Store,
  options: { upstreamUrl: string; code?: string | undefined; label: string },
): Promise<HubConnection> {
  const known = await readIdentity(store.db);
  if (known !== undefined) {
    const identity = { ...known, upstreamUrl: options.upstreamUrl };
    if (known.upstreamUrl !== options.upstreamUrl) await writeIdentity(store.db, identity);
    return { identity, upstream: new Upstream(options.upstreamUrl, known.token) };
  }
  if (options.code === undefined) {
    throw new Error('中继站尚未登记，请提供 --enrol 登记码 / the hub is not enrolled yet: pass --enrol CODE');
  }
  const upstream = new Upstream(options.upstreamUrl);
  const enrolled = await upstream.enrol(options.code, options.label);
  if (enrolled.role !== HUB_ROLE) {
    throw new Error(`登记码的角色须为 hub / the enrolment code is for a ${enrolled.role}, not a hub`);
  }
  const identity: HubIdentity = {
    upstreamUrl: options.upstreamUrl,
    deviceId: enrolled.deviceId,
    token: enrolled.token,
    marketId: enrolled.marketId,
  };
  await writeIdentity(store.db, identity);
  return { identity, upstream };
}

/** The routes' view of the hub: leases come from the central server, pushes prompt a relay round. */
export function hubPort(upstream: Upstream, pushed: () => void): HubPort {
  return {
    async leaseUpstream(day: string, lane: string, size: number): Promise<NumberRange> {
      try {
        const lease = await upstream.lease(day, lane, size);
        return { from: lease.from, to: lease.to };
      } catch (err) {
        if (err instanceof UpstreamError && err.code === 'lease_exhausted') {
          throw new ProtocolError(409, 'lease_exhausted', `${day} ${lane}`);
        }
        throw err;
      }
    },
    pushed,
  };
}
