import { describe, expect, it } from 'vitest';
import { PokeHub, type PokeSocket } from '../../../../sync/server/poke-hub';

function fakeSocket(): PokeSocket & { sent: string[]; closed: number[]; fireClose(): void } {
  let onClose: () => void = () => undefined;
  const s = {
    readyState: 1,
    OPEN: 1,
    sent: [] as string[],
    closed: [] as number[],
    send(data: string) {
      s.sent.push(data);
    },
    close(code?: number) {
      s.closed.push(code ?? 0);
    },
    on(_event: 'close', listener: () => void) {
      onClose = listener;
      return s;
    },
    fireClose() {
      onClose();
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
});
