// The poke socket's heartbeat on a real server: live sockets get a heartbeat
// message each round (what a page can see) and a ping (what `ws` answers), and
// a peer that stops answering pings is dropped instead of being kept for ever.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { POKE_PATH } from '../../../sync/protocol/paths';
import { BEARER_SUBPROTOCOL_PREFIX, POKE_SUBPROTOCOL, pokeChannelMessageSchema } from '../../../sync/protocol/poke';
import { enrol, VERSIONS } from './support/client';
import { T0, testServer, type TestServer } from './support/store';

const HEARTBEAT_MS = 50;
const MARKET = uuidv7(T0 - 10_000);

let server: TestServer;
let base: string;

beforeEach(async () => {
  server = await testServer({ heartbeatMs: HEARTBEAT_MS });
  base = await server.app.listen({ host: '127.0.0.1', port: 0 });
});
afterEach(async () => {
  await server.close();
});

async function open(token: string, autoPong: boolean): Promise<WebSocket> {
  const url = `${base.replace('http', 'ws')}${POKE_PATH}?protocolVersion=${VERSIONS.protocolVersion}&schemaVersion=${VERSIONS.schemaVersion}`;
  const socket = new WebSocket(url, [POKE_SUBPROTOCOL, `${BEARER_SUBPROTOCOL_PREFIX}${token}`], { autoPong });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => {
      resolve();
    });
    socket.once('error', reject);
  });
  return socket;
}

describe('poke heartbeat', () => {
  it('sends live sockets a heartbeat every round and keeps them open', async () => {
    const device = await enrol(server.app, server.store, MARKET, 'display', T0);
    const socket = await open(device.token, true);
    const heartbeats: unknown[] = [];
    socket.on('message', (data: Buffer) => {
      heartbeats.push(pokeChannelMessageSchema.parse(JSON.parse(data.toString('utf8'))));
    });
    await new Promise((r) => setTimeout(r, HEARTBEAT_MS * 6));
    expect(heartbeats.length).toBeGreaterThanOrEqual(3);
    expect(heartbeats.every((m) => (m as { type: string }).type === 'heartbeat')).toBe(true);
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();
  });

  it('drops a socket whose peer stopped answering pings', async () => {
    const device = await enrol(server.app, server.store, MARKET, 'display', T0);
    const socket = await open(device.token, false);
    const closed = new Promise<number>((resolve) => {
      socket.once('close', (code: number) => {
        resolve(code);
      });
    });
    // Terminated without a closing handshake: the client sees an abnormal closure.
    expect(await closed).toBe(1006);
  });
});
