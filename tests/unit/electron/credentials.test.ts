import { describe, expect, it } from 'vitest';
import { createCredentialsKeeper, type CredentialsKeeperOptions } from '../../../electron/credentials';
import type { DeviceTokenStore, TokenLoad } from '../../../electron/device-token';

const MARKET = '01936f3e-1c2a-7b4d-8e5f-0123456789ab';
const OTHER_MARKET = '01936f3e-1c2a-7b4d-8e5f-0123456789ac';
const DEVICE = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
const TOKEN = 'dev_0193a1b2.'.padEnd(48, 'x');
const SERVER = 'http://10.0.0.2:8787/';

/** An in-memory token store: what was saved is what load() returns. */
function memoryStore(initial: TokenLoad = { state: 'absent' }) {
  let current = initial;
  const store: DeviceTokenStore & { saved: string[] } = {
    saved: [],
    load: () => current,
    save(secret) {
      store.saved.push(secret);
      current = { state: 'present', token: secret, protection: 'keystore' };
      return 'keystore';
    },
    clear() {
      current = { state: 'absent' };
    },
  };
  return store;
}

function keeper(over: Partial<CredentialsKeeperOptions> = {}) {
  const store = memoryStore();
  return {
    store,
    keeper: createCredentialsKeeper({ store, serverUrl: SERVER, role: 'kiosk', marketId: MARKET, ...over }),
  };
}

const enrolled = { deviceId: DEVICE, token: TOKEN, marketId: MARKET, role: 'kiosk' } as const;

describe('the credentials keeper', () => {
  it('reports a terminal that was never enrolled as absent', () => {
    expect(keeper().keeper.get()).toEqual({ enrolled: false, reason: 'absent', message: null });
  });

  it('keeps what enrolment returned and hands it back with the config’s server', () => {
    const { keeper: k } = keeper();
    expect(k.save(enrolled)).toEqual({ ok: true, protection: 'keystore' });
    expect(k.get()).toEqual({ enrolled: true, deviceId: DEVICE, token: TOKEN, marketId: MARKET, serverUrl: SERVER });
  });

  it('refuses to replace working credentials, but accepts new ones once they are unusable', () => {
    const { keeper: k, store } = keeper();
    expect(k.save(enrolled)).toMatchObject({ ok: true });
    expect(k.save({ ...enrolled, token: 'other'.padEnd(40, 'y') })).toMatchObject({
      ok: false,
      reason: 'already-enrolled',
    });
    expect(k.get()).toMatchObject({ enrolled: true, token: TOKEN });
    expect(store.saved).toHaveLength(1);
    const moved = createCredentialsKeeper({
      store,
      serverUrl: 'http://10.0.0.9:8787/',
      role: 'kiosk',
      marketId: MARKET,
    });
    expect(moved.save(enrolled)).toMatchObject({ ok: true });
  });

  it('refuses a code enrolled for another role before writing anything', () => {
    const { keeper: k, store } = keeper();
    const answer = k.save({ ...enrolled, role: 'display' });
    expect(answer).toMatchObject({ ok: false, reason: 'wrong-role' });
    expect(answer.ok ? '' : answer.message.zh).toContain('display');
    expect(store.saved).toEqual([]);
  });

  it('refuses a code of another market, except under npm start where the config market is a placeholder', () => {
    const { keeper: strict, store } = keeper();
    expect(strict.save({ ...enrolled, marketId: OTHER_MARKET })).toMatchObject({ ok: false, reason: 'wrong-market' });
    expect(store.saved).toEqual([]);
    const { keeper: dev } = keeper({ marketId: null });
    expect(dev.save({ ...enrolled, marketId: OTHER_MARKET })).toEqual({ ok: true, protection: 'keystore' });
    expect(dev.get()).toMatchObject({ enrolled: true, marketId: OTHER_MARKET });
  });

  it('does not hand out a token issued by another server than the config now names', () => {
    const store = memoryStore();
    createCredentialsKeeper({ store, serverUrl: 'http://10.0.0.9:8787/', role: 'kiosk', marketId: MARKET }).save(
      enrolled,
    );
    const now = createCredentialsKeeper({ store, serverUrl: SERVER, role: 'kiosk', marketId: MARKET });
    expect(now.get()).toMatchObject({ enrolled: false, reason: 'other-server', message: { en: /10\.0\.0\.9/ } });
  });

  it('asks for enrolment again when the keystore cannot decrypt the file or its content is damaged', () => {
    const locked = createCredentialsKeeper({
      store: memoryStore({ state: 'unreadable', reason: 'keyring reset' }),
      serverUrl: SERVER,
      role: 'kiosk',
      marketId: MARKET,
    });
    expect(locked.get()).toMatchObject({ enrolled: false, reason: 'unreadable', message: { en: /keyring reset/ } });
    const damaged = createCredentialsKeeper({
      store: memoryStore({ state: 'present', token: '{"v":1}', protection: 'keystore' }),
      serverUrl: SERVER,
      role: 'kiosk',
      marketId: MARKET,
    });
    expect(damaged.get()).toMatchObject({ enrolled: false, reason: 'unreadable' });
  });

  it('reports a store that cannot write instead of throwing', () => {
    const store = memoryStore();
    store.save = () => {
      throw new Error('EACCES: permission denied');
    };
    const k = createCredentialsKeeper({ store, serverUrl: SERVER, role: 'kiosk', marketId: MARKET });
    expect(k.save(enrolled)).toMatchObject({ ok: false, reason: 'storage-failed', message: { en: /EACCES/ } });
  });
});
