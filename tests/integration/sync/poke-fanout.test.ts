// Several server processes on one PostgreSQL store: a push to server A pokes
// a device whose socket is connected to server B, through LISTEN/NOTIFY.
// PostgreSQL only (GIG_TEST_PG, `npm run test:pg`); SQLite serves one process.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { POKE_PATH } from '../../../sync/protocol/paths';
import { BEARER_SUBPROTOCOL_PREFIX, POKE_SUBPROTOCOL } from '../../../sync/protocol/poke';
import { PgPokeFanout } from '../../../sync/server/poke-fanout';
import { PokeHub } from '../../../sync/server/poke-hub';
import { buildServer } from '../../../sync/server/server';
import { openStore, type Store } from '../../../sync/server/store/open';
import { enrol, push, VERSIONS } from './support/client';
import { feedback, TestDevice } from './support/records';
import { T0, tempStore, testClock, type TempStore } from './support/store';

const MARKET = uuidv7(T0 - 10_000);
const OTHER = uuidv7(T0 - 9_000);
const onPg = (process.env.GIG_TEST_PG ?? '') !== '';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.reverse()) await close();
  closers.length = 0;
});

async function instance(temp: TempStore, store: Store) {
  const pokeHub = new PokeHub();
  const fanout = await PgPokeFanout.start({
    connectionString: temp.path,
    hub: pokeHub,
    warn: (message, err) => {
      throw new Error(message, { cause: err });
    },
  });
  const app = buildServer({ db: store, clock: testClock().read, pokeHub, pokeFanout: fanout });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  closers.push(async () => {
    await app.close();
    await fanout.close();
  });
  return { app, url };
}

function openPoke(
  base: string,
  token: string,
): Promise<{ socket: WebSocket; pokes: () => number; next: Promise<void> }> {
  const url = `${base.replace('http', 'ws')}${POKE_PATH}?protocolVersion=${VERSIONS.protocolVersion}&schemaVersion=${VERSIONS.schemaVersion}`;
  const socket = new WebSocket(url, [POKE_SUBPROTOCOL, `${BEARER_SUBPROTOCOL_PREFIX}${token}`]);
  let count = 0;
  const next = new Promise<void>((resolve) => {
    socket.on('message', () => {
      count += 1;
      resolve();
    });
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      resolve({ socket, pokes: () => count, next });
    });
    socket.once('error', reject);
  });
}

describe.skipIf(!onPg)('poke fan-out through LISTEN/NOTIFY', () => {
  it('a push to server A pokes a socket connected to server B, and only its market', async () => {
    const temp = await tempStore();
    closers.push(() => temp.cleanup());
    const second = openStore({ postgres: temp.path });
    closers.push(() => second.close());
    const a = await instance(temp, temp.store);
    const b = await instance(temp, second);

    const writer = await enrol(a.app, temp.store, MARKET, 'caller');
    const reader = await enrol(b.app, second, MARKET, 'display');
    const elsewhere = await enrol(b.app, second, OTHER, 'display');
    const onB = await openPoke(b.url, reader.token);
    const otherOnB = await openPoke(b.url, elsewhere.token);
    closers.push(() => {
      onB.socket.close();
      otherOnB.socket.close();
      return Promise.resolve();
    });

    const w = new TestDevice(writer.deviceId);
    await push(a.app, writer, [w.put('feedback', feedback(MARKET))]);
    await onB.next;
    expect(onB.pokes()).toBe(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(otherOnB.pokes()).toBe(0);
  });
});
