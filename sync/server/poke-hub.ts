// Open poke sockets by market. After a commit that changed a market's rows,
// every socket of that market gets a data-less poke (rows every market reads
// poke everyone); several processes fan out through PostgreSQL LISTEN/NOTIFY
// (poke-fanout.ts). A heartbeat keeps both ends honest about dead connections.
import type { HeartbeatMessage, PokeMessage } from '../protocol/poke';

/** The part of a `ws` socket the hub uses (tests can pass a fake). */
export interface PokeSocket {
  readonly readyState: number;
  readonly OPEN: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  ping(): void;
  /** Drop the connection at once, without the closing handshake a dead peer would never answer. */
  terminate(): void;
  on(event: 'close' | 'pong', listener: () => void): unknown;
}

interface Connection {
  readonly deviceId: string;
  readonly socket: PokeSocket;
  /** Answered the last ping (or has just connected). */
  alive: boolean;
}

const POKE: string = JSON.stringify({ type: 'poke' } satisfies PokeMessage);
const HEARTBEAT: string = JSON.stringify({ type: 'heartbeat' } satisfies HeartbeatMessage);

export class PokeHub {
  private readonly byMarket = new Map<string, Set<Connection>>();

  add(marketId: string, deviceId: string, socket: PokeSocket): void {
    const conn: Connection = { deviceId, socket, alive: true };
    const set = this.byMarket.get(marketId) ?? new Set<Connection>();
    set.add(conn);
    this.byMarket.set(marketId, set);
    socket.on('close', () => {
      set.delete(conn);
      if (set.size === 0 && this.byMarket.get(marketId) === set) this.byMarket.delete(marketId);
    });
    socket.on('pong', () => {
      conn.alive = true;
    });
  }

  /**
   * One heartbeat round: a socket that has not answered the previous round's
   * ping is dead and is terminated (its close event forgets it); every other
   * open socket gets a ping and a heartbeat message. Returns how many went.
   */
  heartbeat(): number {
    let terminated = 0;
    for (const set of this.byMarket.values()) {
      for (const conn of set) {
        if (!conn.alive) {
          conn.socket.terminate();
          terminated += 1;
          continue;
        }
        if (conn.socket.readyState !== conn.socket.OPEN) continue;
        conn.alive = false;
        conn.socket.ping();
        conn.socket.send(HEARTBEAT);
      }
    }
    return terminated;
  }

  /** Poke every socket of these markets; `null` means every market. */
  poke(markets: ReadonlySet<string | null>): void {
    const targets = markets.has(null)
      ? [...this.byMarket.values()]
      : [...markets].flatMap((m) => (m === null ? [] : [this.byMarket.get(m) ?? new Set<Connection>()]));
    for (const set of targets) {
      for (const { socket } of set) {
        // A socket closing right now just misses this poke; it pulls on reconnect.
        if (socket.readyState === socket.OPEN) socket.send(POKE);
      }
    }
  }

  /** Close a device's sockets at once (revocation). */
  disconnect(deviceId: string): void {
    for (const set of this.byMarket.values()) {
      for (const c of set) if (c.deviceId === deviceId) c.socket.close(4401, 'revoked');
    }
  }

  /** Devices with at least one open socket. */
  deviceIds(): Set<string> {
    const ids = new Set<string>();
    for (const set of this.byMarket.values()) for (const c of set) ids.add(c.deviceId);
    return ids;
  }

  get size(): number {
    let n = 0;
    for (const set of this.byMarket.values()) n += set.size;
    return n;
  }
}
