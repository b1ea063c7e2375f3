import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_HEARTBEAT_TIMEOUT_MS,
  HEARTBEAT_LOST_CLOSE_CODE,
  PokeChannel,
  pokeUrl,
  REVOKED_CLOSE_CODE,
  type WebSocketLike,
} from '../../../../sync/client/poke-channel';
import { POKE_PATH, POKE_SUBPROTOCOL } from '../../../../sync/protocol';

type Listener = (event: never) => void;

class FakeSocket implements WebSocketLike {
  readonly listeners = new Map<string, Listener[]>();
  closed: { code?: number } | null = null;
  constructor(
    readonly url: string,
    readonly protocols: string[],
  ) {}
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { readonly code: number; readonly reason: string }) => void): void;
  addEventListener(type: 'open' | 'error', listener: () => void): void;
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close(code?: number): void {
    this.closed = { code };
  }
  emit(type: string, event: object = {}): void {
    // The test hands each listener the event shape its overload declares.
    for (const l of this.listeners.get(type) ?? []) (l as (e: object) => void)(event);
  }
}

function setup(stableAfterMs = 10_000) {
  const sockets: FakeSocket[] = [];
  const events: string[] = [];
  const channel = new PokeChannel({
    baseUrl: 'http://127.0.0.1:8787/',
    token: 'secret-token',
    createSocket: (url, protocols) => {
      const s = new FakeSocket(url, protocols);
      sockets.push(s);
      return s;
    },
    onConnected: () => events.push('connected'),
    onPoke: () => events.push('poke'),
    onDisconnected: () => events.push('disconnected'),
    onRefused: () => events.push('refused'),
    random: () => 0,
    backoff: { baseMs: 1000, maxMs: 4000, factor: 2 },
    stableAfterMs,
    now: () => Date.now(),
  });
  return { channel, sockets, events };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('poke channel', () => {
  it('derives the socket URL and offers the token as a subprotocol', () => {
    expect(pokeUrl('https://hub.example/')).toBe(`wss://hub.example${POKE_PATH}?protocolVersion=1&schemaVersion=1`);
    const { channel, sockets } = setup();
    channel.start();
    expect(sockets[0]?.url.startsWith(`ws://127.0.0.1:8787${POKE_PATH}?`)).toBe(true);
    expect(sockets[0]?.protocols).toEqual([POKE_SUBPROTOCOL, 'bearer.secret-token']);
    channel.stop();
  });

  it('reports a connect, pokes (text or bytes), and ignores anything else', () => {
    const { channel, sockets, events } = setup();
    channel.start();
    const s = sockets[0];
    s?.emit('open');
    s?.emit('message', { data: '{"type":"poke"}' });
    s?.emit('message', { data: new TextEncoder().encode('{"type":"poke"}') });
    s?.emit('message', { data: 'not json' });
    s?.emit('message', { data: '{"type":"data","rows":[]}' });
    expect(events).toEqual(['connected', 'poke', 'poke']);
    expect(channel.connected).toBe(true);
    channel.stop();
    expect(s?.closed).toEqual({ code: 1000 });
  });

  it('reconnects with growing backoff while the server is unreachable, and resets after a stable connection', async () => {
    const { channel, sockets, events } = setup(5000);
    channel.start();
    sockets[0]?.emit('error');
    sockets[0]?.emit('close', { code: 1006, reason: '' });
    await vi.advanceTimersByTimeAsync(499);
    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(2);
    sockets[1]?.emit('close', { code: 1006, reason: '' });
    await vi.advanceTimersByTimeAsync(999);
    expect(sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(3);
    sockets[2]?.emit('open');
    await vi.advanceTimersByTimeAsync(6000);
    sockets[2]?.emit('close', { code: 1001, reason: 'server restart' });
    await vi.advanceTimersByTimeAsync(500);
    expect(sockets).toHaveLength(4);
    sockets[3]?.emit('open');
    expect(events).toEqual(['disconnected', 'disconnected', 'connected', 'disconnected', 'connected']);
    channel.stop();
  });

  it('stops reconnecting when the device is revoked', async () => {
    const { channel, sockets, events } = setup();
    channel.start();
    sockets[0]?.emit('open');
    sockets[0]?.emit('close', { code: REVOKED_CLOSE_CODE, reason: 'revoked' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(1);
    expect(events).toEqual(['connected', 'refused']);
  });

  it('ignores the events of a socket it has stopped', async () => {
    const { channel, sockets, events } = setup();
    channel.start();
    channel.stop();
    sockets[0]?.emit('open');
    sockets[0]?.emit('close', { code: 1006, reason: '' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(events).toEqual([]);
    expect(sockets).toHaveLength(1);
  });

  it('replaces a socket that went silent after its server showed it sends heartbeats', async () => {
    const { channel, sockets, events } = setup();
    channel.start();
    const first = sockets[0];
    first?.emit('open');
    first?.emit('message', { data: '{"type":"heartbeat"}' });
    // Heartbeats and pokes keep it alive, and a heartbeat asks for no pull.
    await vi.advanceTimersByTimeAsync(DEFAULT_HEARTBEAT_TIMEOUT_MS - 1);
    first?.emit('message', { data: '{"type":"heartbeat"}' });
    await vi.advanceTimersByTimeAsync(DEFAULT_HEARTBEAT_TIMEOUT_MS - 1);
    first?.emit('message', { data: '{"type":"poke"}' });
    await vi.advanceTimersByTimeAsync(DEFAULT_HEARTBEAT_TIMEOUT_MS - 1);
    expect(sockets).toHaveLength(1);
    expect(events).toEqual(['connected', 'poke']);

    // Then silence: the half-open socket is closed and a new one opened.
    await vi.advanceTimersByTimeAsync(1);
    expect(first?.closed).toEqual({ code: HEARTBEAT_LOST_CLOSE_CODE });
    expect(events).toEqual(['connected', 'poke', 'disconnected']);
    await vi.advanceTimersByTimeAsync(500);
    expect(sockets).toHaveLength(2);
    // A late close event of the dead socket changes nothing.
    first?.emit('close', { code: 1006, reason: '' });
    expect(events).toEqual(['connected', 'poke', 'disconnected']);
    channel.stop();
  });

  it('waits on a quiet socket whose server never sent a heartbeat', async () => {
    const { channel, sockets, events } = setup();
    channel.start();
    sockets[0]?.emit('open');
    await vi.advanceTimersByTimeAsync(10 * DEFAULT_HEARTBEAT_TIMEOUT_MS);
    expect(sockets).toHaveLength(1);
    expect(events).toEqual(['connected']);
    channel.stop();
  });
});
