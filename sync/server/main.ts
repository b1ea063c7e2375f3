// `npm run server -- --port 8787 --db ./data/gig.sqlite` (or `--pg postgres://…`):
// open and migrate the store (with --demo, load the demo market into an
// empty one), then serve until SIGINT/SIGTERM. With --pg, pokes fan out to
// the other processes of the store through LISTEN/NOTIFY; with --upstream,
// the server is a market hub relaying to the central server.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseCli } from './cli-options';
import { ensureDemoMarket } from './demo-seed';
import { PgPokeFanout, type PokeFanout } from './poke-fanout';
import { PokeHub } from './poke-hub';
import { connectHub, hubPort } from './relay/connect';
import { HubRelay } from './relay/hub-relay';
import { UpstreamPoke } from './relay/upstream-poke';
import { FeedScheduler } from './feed/scheduler';
import { buildServer } from './server';
import { migrateToLatest } from './store/migrate';
import { openStore } from './store/open';
import { TombstonePurge } from './store/purge-schedule';

async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2));
  if ('sqlite' in options.location) mkdirSync(dirname(options.location.sqlite), { recursive: true });
  const store = openStore(options.location);
  const ran = await migrateToLatest(store);
  const pokeHub = new PokeHub();
  const warn = (message: string, err: unknown) => {
    process.stderr.write(`${message}: ${err instanceof Error ? err.message : String(err)}\n`);
  };
  let fanout: PokeFanout | undefined;
  if ('postgres' in options.location) {
    fanout = await PgPokeFanout.start({
      connectionString: options.location.postgres,
      hub: pokeHub,
      warn,
      ...(options.pokeChannel === undefined ? {} : { channel: options.pokeChannel }),
    });
  }
  let relay: HubRelay | undefined;
  let upstreamPoke: UpstreamPoke | undefined;
  let connection;
  if (options.upstream !== undefined) {
    connection = await connectHub(store, {
      upstreamUrl: options.upstream.url,
      code: options.upstream.code,
      label: options.upstream.label,
    });
  }
  // From the environment, not the command line, so the token is not shown by ps.
  const metricsToken = process.env['GIG_METRICS_TOKEN'];
  if (metricsToken !== undefined && metricsToken.length < 24)
    throw new Error('GIG_METRICS_TOKEN 至少 24 个字符 / GIG_METRICS_TOKEN must be at least 24 characters');
  const app = buildServer({
    db: store,
    logger: { level: options.logLevel },
    ...(metricsToken === undefined ? {} : { metrics: { token: metricsToken } }),
    pokeHub,
    admin: { staticDir: options.adminDir },
    ...(fanout === undefined ? {} : { pokeFanout: fanout }),
    ...(connection === undefined
      ? {}
      : {
          relay: hubPort(connection.upstream, () => {
            relay?.trigger();
          }),
        }),
  });
  if (ran.length > 0) app.log.info({ migrations: ran }, 'migrated the store');
  if (connection !== undefined) {
    relay = new HubRelay({
      store,
      upstream: connection.upstream,
      poke: (markets) => {
        pokeHub.poke(markets);
        fanout?.publish(markets).catch((err: unknown) => {
          app.log.warn({ err }, 'poke fan-out failed');
        });
      },
      log: app.log,
    });
    const started = relay;
    upstreamPoke = new UpstreamPoke({
      upstreamUrl: connection.identity.upstreamUrl,
      token: connection.identity.token,
      onPoke: () => {
        started.trigger();
      },
      warn: (obj, message) => {
        app.log.warn(obj, message);
      },
    });
    app.log.info({ upstream: connection.identity.upstreamUrl, hub: connection.identity.deviceId }, 'relay mode');
  }
  if (options.demo) {
    const demo = await ensureDemoMarket(store, Date.now());
    app.log.info(demo, demo.seeded ? 'loaded the demo market' : 'the store already holds a market');
  }
  const purge = new TombstonePurge({
    db: store.db,
    clock: Date.now,
    retentionMs: options.retentionMs,
    onPurged: (count) => {
      if (count > 0) app.log.info({ count }, 'purged tombstones');
    },
    onError: (err) => {
      app.log.warn({ err }, 'tombstone purge failed; trying again next time');
    },
  });
  const feedOptions = options.feed;
  const feed =
    feedOptions === undefined
      ? undefined
      : new FeedScheduler({
          db: store.db,
          clock: Date.now,
          intervalMs: feedOptions.intervalMs,
          ...(feedOptions.url === undefined ? {} : { httpUrl: feedOptions.url }),
          ...(feedOptions.dir === undefined ? {} : { fileDir: feedOptions.dir }),
          onRound: (round) => {
            if (round.queued + round.pushed + round.pushFailed + round.written > 0) app.log.info(round, 'feed round');
          },
          onError: (err) => {
            app.log.warn({ err }, 'feed round failed; trying again next time');
          },
        });
  const stop = async () => {
    purge.stop();
    await feed?.stop();
    upstreamPoke?.stop();
    await relay?.stop();
    await app.close();
    await fanout?.close();
    await store.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop().catch((err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        process.exitCode = 1;
      });
    });
  }
  await app.listen({ port: options.port, host: options.host });
  purge.start();
  // Purge once at start too: a server restarted every night would otherwise never reach the hourly tick.
  purge.runOnce().catch((err: unknown) => {
    app.log.warn({ err }, 'tombstone purge failed; trying again next time');
  });
  relay?.start();
  upstreamPoke?.start();
  feed?.start();
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
