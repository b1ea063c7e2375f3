import { describe, expect, it } from 'vitest';
import { PokeHub, type PokeSocket } from '../../../../sync/server/poke-hub';

type FakeSocket = PokeSocket & {
  sent: string[];
  closed: number[];
  pings: number;
  terminated: boolean;
  fireClose(): void;
  firePong(): void;
};

function fakeSocket(): FakeSocket {
  const listeners = { close: () => undefined, pong: () => undefined } as Record<'close' | 'pong', () => void>;
  const s: FakeSocket = {
    readyState: 1,
    OPEN: 1,
    sent: [],
    closed: [],
    pings: 0,
    terminated: false,
    send(data: string) {
      s.sent.push(data);
    },
    close(code?: number) {
      s.closed.push(code ?? 0);
    },
    ping() {
      s.pings += 1;
    },
    terminate() {
      s.terminated = true;
      listeners.close();
    },
    on(event: 'close' | 'pong', listener: () => void) {
      listeners[event] = listener;
      return s;
    },
    fireClose() {
      listeners.close();
    },
    firePong() {
      listeners.pong();
    },
  };
  return s;
}

describe('poke hub', () => {
  it("pokes only the changed market's sockets, with no data", () => {
    const hub = new PokeHub();
    const a = fakeSocket();
    const b = fakeSocket();
    hub.add('m-a', 'd1', a);
    hub.add('m-b', 'd2', b);
    hub.poke(new Set(['m-a']));
    expect(a.sent).toEqual(['{"type":"poke"}']);
    expect(b.sent).toEqual([]);
  });

  it('a change to rows every market reads pokes everyone', () => {
    const hub = new PokeHub();
    const a = fakeSocket();
    const b = fakeSocket();
    hub.add('m-a', 'd1', a);
    hub.add('m-b', 'd2', b);
    hub.poke(new Set([null]));
    expect([a.sent.length, b.sent.length]).toEqual([1, 1]);
  });

  it('forgets closed sockets and can disconnect a device', () => {
    const hub = new PokeHub();
    const a = fakeSocket();
    const b = fakeSocket();
    hub.add('m', 'd1', a);
    hub.add('m', 'd2', b);
    expect(hub.size).toBe(2);
    a.fireClose();
    expect(hub.size).toBe(1);
    hub.disconnect('d2');
    expect(b.closed).toEqual([4401]);
  });

  it('heartbeats every socket, and drops one that did not answer the previous ping', () => {
    const hub = new PokeHub();
    const answering = fakeSocket();
    const silent = fakeSocket();
    hub.add('m', 'd1', answering);
    hub.add('m', 'd2', silent);

    expect(hub.heartbeat()).toBe(0);
    expect([answering.pings, silent.pings]).toEqual([1, 1]);
    expect(answering.sent).toEqual(['{"type":"heartbeat"}']);
    answering.firePong();

    expect(hub.heartbeat()).toBe(1);
    expect(silent.terminated).toBe(true);
    expect(answering.terminated).toBe(false);
    expect(answering.pings).toBe(2);
    expect(hub.size).toBe(1);
    expect([...hub.deviceIds()]).toEqual(['d1']);
  });
});
