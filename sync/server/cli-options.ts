// The server's command line, parsed apart from main.ts so it can be tested
// without starting anything.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TOMBSTONE_RETENTION_MS } from './store/retention';
import type { StoreLocation } from './store/open';

const USAGE = `用法 / usage: npm run server -- [--port 8787] [--host 127.0.0.1] [--db ./data/gig.sqlite | --pg postgres://…] [--demo]
    [--upstream http://central:8787 [--enrol CODE] [--label NAME]] [--retention-days 90] [--poke-channel gig_poke]
    [--feed-url https://yzp.example/feed] [--feed-dir ./data/feed] [--feed-interval-s 60] [--admin-dir ./dist/renderer]
    [--log-level info|warn|error]`;

/** Pino levels an operator may pick; info logs every request. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
const isLogLevel = (v: string): v is LogLevel => (LOG_LEVELS as readonly string[]).includes(v);

const DAY_MS = 24 * 60 * 60 * 1000;

export interface UpstreamOptions {
  readonly url: string;
  /** Needed on the first start only; the token is kept in the hub's store. */
  readonly code: string | undefined;
  readonly label: string;
}

export interface CliOptions {
  readonly port: number;
  readonly host: string;
  readonly location: StoreLocation;
  /** Load the demo market into an empty store (the embedded default). */
  readonly demo: boolean;
  /** Relay (market hub) mode: serve the LAN and sync with this central server. */
  readonly upstream?: UpstreamOptions;
  /** How long tombstones are kept before the scheduled purge. */
  readonly retentionMs: number;
  /** PostgreSQL LISTEN/NOTIFY channel shared by the processes of one store. */
  readonly pokeChannel?: string;
  /** The 渝职聘 feed; absent: the scheduler does not run. */
  readonly feed?: FeedCliOptions;
  /** The renderer build holding admin.html, served at /admin. */
  readonly adminDir: string;
  /** Warn keeps a busy server's log (and the CPU it costs) to what needs a look. */
  readonly logLevel: LogLevel;
}

export interface FeedCliOptions {
  readonly url?: string;
  readonly dir?: string;
  readonly intervalMs: number;
}

function parseFeed(values: {
  'feed-url'?: string | undefined;
  'feed-dir'?: string | undefined;
  'feed-interval-s'?: string | undefined;
}): FeedCliOptions | undefined {
  const url = values['feed-url'];
  const dir = values['feed-dir'];
  if (url === undefined && dir === undefined) {
    if (values['feed-interval-s'] !== undefined)
      throw new Error(
        `--feed-interval-s 须与 --feed-url 或 --feed-dir 同用 / needs --feed-url or --feed-dir\n${USAGE}`,
      );
    return undefined;
  }
  if (url !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`推送地址无效 / invalid --feed-url: ${url}\n${USAGE}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      throw new Error(`推送地址须为 http(s) / --feed-url must be http(s): ${url}\n${USAGE}`);
  }
  const seconds = Number(values['feed-interval-s'] ?? '60');
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 86_400)
    throw new Error(`推送间隔须在 1 到 86400 秒之间 / --feed-interval-s must be 1..86400\n${USAGE}`);
  return {
    intervalMs: Math.round(seconds * 1000),
    ...(url === undefined ? {} : { url }),
    ...(dir === undefined ? {} : { dir: resolve(dir) }),
  };
}

export function parseCli(argv: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string' },
      pg: { type: 'string' },
      demo: { type: 'boolean', default: false },
      upstream: { type: 'string' },
      enrol: { type: 'string' },
      label: { type: 'string', default: 'hub' },
      'retention-days': { type: 'string' },
      'poke-channel': { type: 'string' },
      'feed-url': { type: 'string' },
      'feed-dir': { type: 'string' },
      'feed-interval-s': { type: 'string' },
      'admin-dir': { type: 'string', default: './dist/renderer' },
      'log-level': { type: 'string', default: 'info' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`端口无效 / invalid port: ${values.port}\n${USAGE}`);
  if (values.db !== undefined && values.pg !== undefined)
    throw new Error(`--db 与 --pg 只能选一个 / choose --db or --pg\n${USAGE}`);
  const location: StoreLocation =
    values.pg !== undefined ? { postgres: values.pg } : { sqlite: resolve(values.db ?? './data/gig.sqlite') };
  if (values.enrol !== undefined && values.upstream === undefined)
    throw new Error(`--enrol 须与 --upstream 同用 / --enrol needs --upstream\n${USAGE}`);
  let upstream: UpstreamOptions | undefined;
  if (values.upstream !== undefined) {
    let url: URL;
    try {
      url = new URL(values.upstream);
    } catch {
      throw new Error(`上游地址无效 / invalid --upstream URL: ${values.upstream}\n${USAGE}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new Error(`上游地址须为 http(s) / --upstream must be http(s): ${values.upstream}\n${USAGE}`);
    upstream = { url: url.origin, code: values.enrol, label: values.label };
  }
  let retentionMs = TOMBSTONE_RETENTION_MS;
  if (values['retention-days'] !== undefined) {
    const days = Number(values['retention-days']);
    if (!Number.isFinite(days) || days < 1 || days > 3650)
      throw new Error(`保留天数须在 1 到 3650 之间 / --retention-days must be 1..3650\n${USAGE}`);
    retentionMs = Math.round(days * DAY_MS);
  }
  const feed = parseFeed(values);
  const logLevel = values['log-level'];
  if (!isLogLevel(logLevel)) throw new Error(`日志级别无效 / invalid --log-level: ${logLevel}\n${USAGE}`);
  return {
    logLevel,
    port,
    host: values.host,
    location,
    demo: values.demo,
    retentionMs,
    adminDir: resolve(values['admin-dir']),
    ...(feed === undefined ? {} : { feed }),
    ...(upstream === undefined ? {} : { upstream }),
    ...(values['poke-channel'] === undefined ? {} : { pokeChannel: values['poke-channel'] }),
  };
}
