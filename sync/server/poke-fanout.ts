// Pokes across several server processes sharing one PostgreSQL store
// (DESIGN §7): after a commit, a process NOTIFYs the store's poke channel with
// the market id; every process LISTENs on it and pokes its own sockets. The
// payload is `<market id or *> <sender>` so a process does not poke its own
// sockets a second time (it pokes them directly, without the round trip).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { PokeHub } from './poke-hub';

export const DEFAULT_POKE_CHANNEL = 'gig_poke';
const CHANNEL_RE = /^[a-z_][a-z0-9_]{0,62}$/;
const ALL = '*';
const RECONNECT_MS = 1000;

export interface PokeFanout {
  /** Tell the other processes; resolves once the notification is sent. */
  publish(markets: ReadonlySet<string | null>): Promise<void>;
  close(): Promise<void>;
}

export interface PgPokeFanoutOptions {
  readonly connectionString: string;
  readonly hub: PokeHub;
  readonly channel?: string;
  /** Where a lost listener connection is reported (it reconnects by itself). */
  readonly warn: (message: string, err: unknown) => void;
}

export function encodePokePayload(market: string | null, sender: string): string {
  return `${market ?? ALL} ${sender}`;
}

/** The markets to poke, or undefined when the notification is one's own or not ours. */
export function decodePokePayload(payload: string, self: string): Set<string | null> | undefined {
  const [market, sender] = payload.split(' ');
  if (market === undefined || market === '' || sender === undefined || sender === self) return undefined;
  return new Set([market === ALL ? null : market]);
}

export class PgPokeFanout implements PokeFanout {
  private readonly sender = randomBytes(8).toString('hex');
  private readonly channel: string;
  private readonly publisher: pg.Pool;
  private listener: pg.Client | undefined;
  private closed = false;
  private reconnect: NodeJS.Timeout | undefined;

  private constructor(private readonly options: PgPokeFanoutOptions) {
    this.channel = options.channel ?? DEFAULT_POKE_CHANNEL;
    if (!CHANNEL_RE.test(this.channel)) throw new RangeError(`通道名无效 / invalid channel name: ${this.channel}`);
    // Two connections at most: notifications are tiny and sent after commit.
    this.publisher = new pg.Pool({ connectionString: options.connectionString, max: 2 });
    this.publisher.on('error', (err) => {
      options.warn('poke publisher connection failed', err);
    });
  }

  /** Connects the listener before resolving, so no poke sent after start is missed. */
  static async start(options: PgPokeFanoutOptions): Promise<PgPokeFanout> {
    const fanout = new PgPokeFanout(options);
    await fanout.listen();
    return fanout;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.connectionString });
    client.on('notification', (msg) => {
      if (msg.channel !== this.channel || msg.payload === undefined) return;
      const markets = decodePokePayload(msg.payload, this.sender);
      if (markets !== undefined) this.options.hub.poke(markets);
    });
    client.on('error', (err) => {
      this.options.warn('poke listener connection failed', err);
      this.retry(client);
    });
    client.on('end', () => {
      this.retry(client);
    });
    await client.connect();
    await client.query(`LISTEN ${this.channel}`);
    this.listener = client;
  }

  private retry(client: pg.Client): void {
    if (this.closed || this.listener !== client || this.reconnect !== undefined) return;
    this.listener = undefined;
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      this.listen()
        .then(() => {
          // Notifications sent while the listener was away are gone: poke
          // everyone once, the pull that follows costs little.
          this.options.hub.poke(new Set([null]));
        })
        .catch((err: unknown) => {
          this.options.warn('poke listener reconnect failed', err);
          if (!this.closed) this.scheduleAgain();
        });
    }, RECONNECT_MS);
    this.reconnect.unref();
  }

  private scheduleAgain(): void {
    const stub = new pg.Client({ connectionString: this.options.connectionString });
    this.listener = stub;
    this.retry(stub);
  }

  async publish(markets: ReadonlySet<string | null>): Promise<void> {
    const payloads = markets.has(null)
      ? [encodePokePayload(null, this.sender)]
      : [...markets].map((m) => encodePokePayload(m, this.sender));
    for (const p of payloads) await this.publisher.query('select pg_notify($1, $2)', [this.channel, p]);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnect !== undefined) clearTimeout(this.reconnect);
    const listener = this.listener;
    this.listener = undefined;
    if (listener !== undefined) await listener.end();
    await this.publisher.end();
  }
}
