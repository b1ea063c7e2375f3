// Relay (market hub) mode: terminals → hub → central. The hub is killed with
// mutations it has not relayed yet, the terminals switch to the central
// server, the hub comes back on its store: nothing is lost and nothing is
// applied twice, whichever path each mutation took.
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import type { Mutation } from '../../../domain/records/mutation';
import type { MutationOutcome } from '../../../sync/protocol/push';
import { PokeHub } from '../../../sync/server/poke-hub';
import { connectHub, hubPort } from '../../../sync/server/relay/connect';
import { HubRelay } from '../../../sync/server/relay/hub-relay';
import { readIdentity } from '../../../sync/server/relay/state';
import { UpstreamPoke } from '../../../sync/server/relay/upstream-poke';
import { RELAY_DEVICES_PATH } from '../../../sync/protocol/paths';
import { buildServer } from '../../../sync/server/server';
import { createEnrolmentCode } from '../../../sync/server/store/devices';
import { openStore, type Store } from '../../../sync/server/store/open';
import { enrol, pull, pullAll, push, pushRaw, VERSIONS } from './support/client';
import { lease } from './support/queue';
import { feedback, TestDevice } from './support/records';
import { T0, tempStore, testClock, type TempStore } from './support/store';

const MARKET = uuidv7(T0 - 10_000);
const OTHER_MARKET = uuidv7(T0 - 9_000);
const clock = testClock();
const silent = { warn: () => undefined };

interface Central {
  readonly app: FastifyInstance;
  readonly temp: TempStore;
  readonly url: string;
}
interface Hub {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly relay: HubRelay;
}

let central: Central;
let hubTemp: TempStore;

beforeEach(async () => {
  const temp = await tempStore();
  const app = buildServer({ db: temp.store, clock: clock.read });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  central = { app, temp, url };
  hubTemp = await tempStore();
});
afterEach(async () => {
  await central.app.close();
  await central.temp.cleanup();
  await hubTemp.cleanup();
});

/** Starts (or restarts) the hub on its store; enrols at the central server on the first start only. */
async function startHub(store: Store, code?: string): Promise<Hub> {
  const connection = await connectHub(store, { upstreamUrl: central.url, code, label: '市场中继' });
  const pokeHub = new PokeHub();
  const app = buildServer({
    db: store,
    clock: clock.read,
    pokeHub,
    relay: hubPort(connection.upstream, () => undefined),
  });
  await app.ready();
  const relay = new HubRelay({
    store,
    upstream: connection.upstream,
    poke: (m) => {
      pokeHub.poke(m);
    },
    log: silent,
  });
  return { app, store, relay };
}

function reopen(temp: TempStore): Store {
  return openStore(temp.store.dialect === 'sqlite' ? { sqlite: temp.path } : { postgres: temp.path });
}

/** Every outcome a mutation got, on every path, by `device/mutationId`. */
class Ledger {
  readonly applied = new Map<string, number>();
  record(deviceId: string | undefined, outcomes: readonly (MutationOutcome & { deviceId?: string })[]): void {
    for (const o of outcomes) {
      if (o.status === 'skipped') continue;
      const k = `${deviceId ?? o.deviceId ?? '?'}/${o.mutationId}`;
      this.applied.set(k, (this.applied.get(k) ?? 0) + 1);
    }
  }
}

describe('relay (market hub)', () => {
  it('loses nothing and doubles nothing when the hub dies with unrelayed mutations', async () => {
    const { code } = await createEnrolmentCode(central.temp.store, { marketId: MARKET, role: 'hub', now: T0 });
    let hub = await startHub(hubTemp.store, code);
    const kiosk = await enrol(hub.app, hub.store, MARKET, 'kiosk');
    const caller = await enrol(hub.app, hub.store, MARKET, 'caller');
    const k = new TestDevice(kiosk.deviceId);
    const c = new TestDevice(caller.deviceId);
    const ledger = new Ledger();
    const written = new Set<string>();
    const put = (d: TestDevice) => {
      const m = d.put('feedback', feedback(MARKET));
      written.add(String(m.args.record.id));
      return m;
    };

    // 1. Both terminals push to the hub; the hub relays.
    await push(hub.app, kiosk, [put(k), put(k), put(k)]);
    await push(hub.app, caller, [put(c), put(c)]);
    const first = await hub.relay.syncOnce();
    expect(first.registered).toBe(2);
    for (const o of first.relayed) expect(o.status).toBe('applied');
    ledger.record(undefined, first.relayed);
    expect(first.relayed).toHaveLength(5);

    // 2. More pushes reach the hub; the caller never hears the ack (keeps them in its outbox).
    await push(hub.app, kiosk, [put(k), put(k), put(k)]);
    const callerOutbox: Mutation[] = [put(c), put(c)];
    await push(hub.app, caller, callerOutbox);

    // 3. The hub dies before relaying them.
    await hub.app.close();
    await hub.store.close();

    // 4. The terminals switch to the central server with the same ids and tokens.
    const kioskNext = put(k);
    const stopped = await push(central.app, kiosk, [kioskNext]);
    expect(stopped.stop).toMatchObject({ reason: 'gap', mutationId: 7 });
    expect(stopped.lastMutationId).toBe(3);
    callerOutbox.push(put(c));
    const direct = await push(central.app, caller, callerOutbox);
    expect(direct.lastMutationId).toBe(5);
    ledger.record(caller.deviceId, direct.results);

    // 5. The hub comes back on its store and relays what it held.
    hub = await startHub(reopen(hubTemp));
    const second = await hub.relay.syncOnce();
    ledger.record(undefined, second.relayed);
    // The kiosk's 4–6 are new upstream; the caller's 3–4 went direct and are skipped.
    expect(second.relayed.map((o) => o.status)).toEqual(
      expect.arrayContaining(['applied', 'applied', 'applied', 'skipped', 'skipped']),
    );
    expect(second.relayed).toHaveLength(5);

    // 6. The kiosk's retry now fits.
    const retried = await push(central.app, kiosk, [kioskNext]);
    expect(retried).toMatchObject({ lastMutationId: 7, stop: null });
    ledger.record(kiosk.deviceId, retried.results);

    // Every mutation applied exactly once, across all paths.
    expect([...ledger.applied.values()].every((n) => n === 1)).toBe(true);
    expect(ledger.applied.size).toBe(12);
    const atCentral = await pullAll(central.app, caller.token);
    expect(new Set([...atCentral.records.values()].map((r) => String(r.id)))).toEqual(written);
    // The hub pulled back what went past it, and its relay outbox is empty.
    const third = await hub.relay.syncOnce();
    expect(third.relayed).toEqual([]);
    const atHub = await pullAll(hub.app, caller.token);
    expect(new Set([...atHub.records.values()].map((r) => String(r.id)))).toEqual(written);
    expect(await hub.store.db.selectFrom('relay_outbox').select('device_id').execute()).toEqual([]);
    await hub.app.close();
    await hub.store.close();
  });

  it('leases from the central server in blocks, so hub and central numbers never overlap', async () => {
    const { code } = await createEnrolmentCode(central.temp.store, { marketId: MARKET, role: 'hub', now: T0 });
    const hub = await startHub(hubTemp.store, code);
    try {
      const atHub = await enrol(hub.app, hub.store, MARKET, 'kiosk');
      const atCentral = await enrol(central.app, central.temp.store, MARKET, 'kiosk');
      const a = await lease(hub.app, atHub.token);
      const b = await lease(central.app, atCentral.token);
      const c = await lease(hub.app, atHub.token, 'A', 500);
      expect([a.from, a.to]).toEqual([1, 50]);
      // The hub holds 1..500 from the central server; central goes on after it.
      expect([b.from, b.to]).toEqual([501, 550]);
      // The hub's next block is beyond both.
      expect(c.from).toBe(51);
      expect(c.to).toBe(500);
      const d = await lease(hub.app, atHub.token, 'A', 10);
      expect(d.from).toBeGreaterThan(550);
    } finally {
      await hub.app.close();
    }
  });

  it('accepts relayed mutations only from a hub, only for its market, and the hub writes nothing itself', async () => {
    const { code } = await createEnrolmentCode(central.temp.store, { marketId: MARKET, role: 'hub', now: T0 });
    const hub = await startHub(hubTemp.store, code);
    try {
      const hubId = (await hub.store.db.selectFrom('relay_state').select('value').executeTakeFirstOrThrow()).value;
      const identity = JSON.parse(hubId) as { deviceId: string; token: string };
      const local = await enrol(central.app, central.temp.store, MARKET, 'kiosk');
      const foreign = await enrol(central.app, central.temp.store, OTHER_MARKET, 'kiosk');
      const other = await enrol(central.app, central.temp.store, MARKET, 'caller');

      // A terminal cannot push for another terminal.
      const asTerminal = await pushRaw(central.app, other.token, {
        ...VERSIONS,
        deviceId: local.deviceId,
        mutations: [new TestDevice(local.deviceId).put('feedback', feedback(MARKET))],
      });
      expect([asTerminal.statusCode, asTerminal.json<{ code: string }>().code]).toEqual([403, 'device_mismatch']);
      // A hub relays the terminals it registered, not one of another market.
      const atHub = await enrol(hub.app, hub.store, MARKET, 'kiosk');
      await hub.relay.syncOnce();
      const relayedOk = await pushRaw(central.app, identity.token, {
        ...VERSIONS,
        deviceId: atHub.deviceId,
        mutations: [new TestDevice(atHub.deviceId).put('feedback', feedback(MARKET))],
      });
      expect(relayedOk.statusCode).toBe(200);
      const relayedForeign = await pushRaw(central.app, identity.token, {
        ...VERSIONS,
        deviceId: foreign.deviceId,
        mutations: [new TestDevice(foreign.deviceId).put('feedback', feedback(OTHER_MARKET))],
      });
      expect([relayedForeign.statusCode, relayedForeign.json<{ code: string }>().code]).toEqual([403, 'relay_scope']);
      // Its own id is refused outright.
      const own = await pushRaw(central.app, identity.token, {
        ...VERSIONS,
        deviceId: identity.deviceId,
        mutations: [new TestDevice(identity.deviceId).put('feedback', feedback(MARKET))],
      });
      expect(own.statusCode).toBe(403);
      // The hub reads its whole market (it serves every role), e.g. the feedback a kiosk cannot read.
      const page = await pull(central.app, identity.token, null, null);
      expect(page.type === 'page' && page.changes.length).toBe(1);
    } finally {
      await hub.app.close();
    }
  });

  it('refuses a hub pushing as a terminal of its market that it never registered, so that terminal loses nothing', async () => {
    const { code } = await createEnrolmentCode(central.temp.store, { marketId: MARKET, role: 'hub', now: T0 });
    const hub = await startHub(hubTemp.store, code);
    try {
      const identity = await readIdentity(hub.store.db);
      if (identity === undefined) throw new Error('the hub is not enrolled');
      // Kiosk A2 enrolled at the central server itself, never through the hub.
      const a2 = await enrol(central.app, central.temp.store, MARKET, 'kiosk');
      const forged = new TestDevice(a2.deviceId);
      const asHub = await pushRaw(central.app, identity.token, {
        ...VERSIONS,
        deviceId: a2.deviceId,
        mutations: [1, 2, 3].map(() => forged.put('feedback', feedback(MARKET, { message: '冒充的留言' }))),
      });
      expect([asHub.statusCode, asHub.json<{ code: string }>().code]).toEqual([403, 'relay_scope']);

      // A2's own mutations 1–3 are applied, not skipped as duplicates.
      const own = new TestDevice(a2.deviceId);
      const mine = [1, 2, 3].map(() => feedback(MARKET, { message: '本机的留言' }));
      const answer = await push(
        central.app,
        a2,
        mine.map((r) => own.put('feedback', r)),
      );
      expect(answer.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
      const stored = await pullAll(central.app, identity.token);
      const messages = [...stored.records.values()].map((r) => r.message);
      expect(messages.filter((m) => m === '本机的留言')).toHaveLength(3);
      expect(messages).not.toContain('冒充的留言');
    } finally {
      await hub.app.close();
    }
  });

  it('lets a hub revoke a terminal it registered, never un-revoke it or give it another token', async () => {
    const { code } = await createEnrolmentCode(central.temp.store, { marketId: MARKET, role: 'hub', now: T0 });
    const hub = await startHub(hubTemp.store, code);
    try {
      const identity = await readIdentity(hub.store.db);
      if (identity === undefined) throw new Error('the hub is not enrolled');
      const kiosk = await enrol(hub.app, hub.store, MARKET, 'kiosk');
      await hub.relay.syncOnce();
      const registered = await central.temp.store.db
        .selectFrom('devices')
        .select(['token_hash', 'band_index', 'label'])
        .where('id', '=', kiosk.deviceId)
        .executeTakeFirstOrThrow();
      const register = (device: Record<string, unknown>) =>
        central.app.inject({
          method: 'POST',
          url: RELAY_DEVICES_PATH,
          headers: { authorization: `Bearer ${identity.token}` },
          payload: {
            ...VERSIONS,
            devices: [
              {
                deviceId: kiosk.deviceId,
                role: 'kiosk',
                label: registered.label,
                tokenHash: registered.token_hash,
                revoked: false,
                bandIndex: registered.band_index,
                ...device,
              },
            ],
          },
        });
      const centralRow = () =>
        central.temp.store.db
          .selectFrom('devices')
          .select(['token_hash', 'revoked'])
          .where('id', '=', kiosk.deviceId)
          .executeTakeFirstOrThrow();

      // Another token for the same id: refused, the stored one stays.
      const rekey = await register({ tokenHash: 'f'.repeat(64) });
      expect([rekey.statusCode, rekey.json<{ code: string }>().code]).toEqual([403, 'relay_scope']);
      expect((await centralRow()).token_hash).toBe(registered.token_hash);

      // Revoking works; the terminal's own token is refused at the central server.
      expect((await register({ revoked: true })).statusCode).toBe(200);
      expect((await centralRow()).revoked).toBe(1);
      const refused = await pushRaw(central.app, kiosk.token, {
        ...VERSIONS,
        deviceId: kiosk.deviceId,
        mutations: [new TestDevice(kiosk.deviceId).put('feedback', feedback(MARKET))],
      });
      expect([refused.statusCode, refused.json<{ code: string }>().code]).toEqual([401, 'device_revoked']);

      // Saying "not revoked" afterwards changes nothing.
      expect((await register({ revoked: false })).statusCode).toBe(200);
      expect((await centralRow()).revoked).toBe(1);
    } finally {
      await hub.app.close();
    }
  });

  it('starts a relay round when the central server pokes the hub', async () => {
    const { code } = await createEnrolmentCode(central.temp.store, { marketId: MARKET, role: 'hub', now: T0 });
    const hub = await startHub(hubTemp.store, code);
    const identity = await readIdentity(hub.store.db);
    if (identity === undefined) throw new Error('the hub is not enrolled');
    let pokes = 0;
    let poked: () => void = () => undefined;
    const upstreamPoke = new UpstreamPoke({
      upstreamUrl: central.url,
      token: identity.token,
      onPoke: () => {
        pokes += 1;
        poked();
      },
      warn: () => undefined,
    });
    try {
      const connected = new Promise<void>((resolve) => {
        poked = resolve;
      });
      upstreamPoke.start();
      await connected; // every (re)connect starts a round
      const again = new Promise<void>((resolve) => {
        poked = resolve;
      });
      const direct = await enrol(central.app, central.temp.store, MARKET, 'caller');
      await push(central.app, direct, [new TestDevice(direct.deviceId).put('feedback', feedback(MARKET))]);
      await again;
      expect(pokes).toBe(2);
      const round = await hub.relay.syncOnce();
      expect(round.pulled).toBe(1);
    } finally {
      upstreamPoke.stop();
      await hub.app.close();
    }
  });
});
