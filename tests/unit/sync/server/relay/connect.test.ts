import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../../domain/ids/uuidv7';
import { connectHub } from '../../../../../sync/server/relay/connect';
import { writeIdentity } from '../../../../../sync/server/relay/state';
import { migrateToLatest } from '../../../../../sync/server/store/migrate';
import { openStore, type Store } from '../../../../../sync/server/store/open';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('starting a hub', () => {
  it('needs an enrolment code on the first start only', async () => {
    store = openStore({ sqlite: ':memory:' });
    await migrateToLatest(store);
    await expect(connectHub(store, { upstreamUrl: 'http://127.0.0.1:9', label: 'hub' })).rejects.toThrow(
      /--enrol CODE/,
    );
    const identity = {
      upstreamUrl: 'http://127.0.0.1:9',
      deviceId: uuidv7(1_700_000_000_000),
      token: 'x'.repeat(43),
      marketId: uuidv7(1_700_000_000_001),
    };
    await writeIdentity(store.db, identity);
    // Known: no code, no network; a new upstream address is remembered.
    const again = await connectHub(store, { upstreamUrl: 'http://127.0.0.1:10', label: 'hub' });
    expect(again.identity).toEqual({ ...identity, upstreamUrl: 'http://127.0.0.1:10' });
    const third = await connectHub(store, { upstreamUrl: 'http://127.0.0.1:10', label: 'hub' });
    expect(third.identity.upstreamUrl).toBe('http://127.0.0.1:10');
  });
});
