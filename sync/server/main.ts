// `npm run server -- --port 8787 --db ./data/gig.sqlite` (or `--pg postgres://…`):
// open and migrate the store (with --demo, load the demo market into an
// empty one), then serve until SIGINT/SIGTERM.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensureDemoMarket } from './demo-seed';
import { buildServer } from './server';
import { migrateToLatest } from './store/migrate';
import { parseCli } from './cli-options';
import { openStore } from './store/open';

async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2));
  if ('sqlite' in options.location) mkdirSync(dirname(options.location.sqlite), { recursive: true });
  const store = openStore(options.location);
  const ran = await migrateToLatest(store);
  const app = buildServer({ db: store, logger: { level: 'info' } });
  if (ran.length > 0) app.log.info({ migrations: ran }, 'migrated the store');
  if (options.demo) {
    const demo = await ensureDemoMarket(store, Date.now());
    app.log.info(demo, demo.seeded ? 'loaded the demo market' : 'the store already holds a market');
  }
  const stop = async () => {
    await app.close();
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
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
