// The server store an operator command works on. Commands never create one:
// an empty store made here would hold codes or PINs no running server knows.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT_USAGE, write, type CliIO } from './io';
import { migrateToLatest } from '../sync/server/store/migrate';
import { openStore, type Store, type StoreLocation } from '../sync/server/store/open';

/** The `--db FILE` / `--pg URL` options every store command takes, for parseArgs. */
export const STORE_OPTIONS = {
  db: { type: 'string' },
  pg: { type: 'string' },
} as const;

/** Where the store is, from the parsed options; throws an Error whose message is for the operator. */
export function storeLocationOf(values: {
  readonly db?: string | undefined;
  readonly pg?: string | undefined;
}): StoreLocation {
  if (values.db !== undefined && values.pg !== undefined)
    throw new Error('--db 与 --pg 只能选一个 / choose --db or --pg');
  return values.pg !== undefined ? { postgres: values.pg } : { sqlite: resolve(values.db ?? './data/gig.sqlite') };
}

/** A bilingual line when the store cannot be the server's, else null. */
export function serverStoreProblem(location: StoreLocation): string | null {
  if ('sqlite' in location && !existsSync(location.sqlite)) {
    return `找不到服务器数据库 / no server database at ${location.sqlite} (start the server once first)`;
  }
  return null;
}

/** Open the (existing) store, bring its schema up to date, run `work`, and close it whatever happens. */
export async function withServerStore<T>(location: StoreLocation, work: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(location);
  try {
    await migrateToLatest(store);
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * Parse a store command's arguments and check its store. On a problem it is
 * said on standard error (a bad argument with the usage) and the answer is the
 * exit code to return.
 */
export async function storeCommandArgs<A extends { readonly location: StoreLocation }>(
  argv: readonly string[],
  io: CliIO,
  parse: (argv: readonly string[]) => A,
  usage: string,
): Promise<A | typeof EXIT_USAGE> {
  let args: A;
  try {
    args = parse(argv);
  } catch (e) {
    await write(io.stderr, `${e instanceof Error ? e.message : String(e)}\n${usage}`);
    return EXIT_USAGE;
  }
  const problem = serverStoreProblem(args.location);
  if (problem !== null) {
    await write(io.stderr, `${problem}\n`);
    return EXIT_USAGE;
  }
  return args;
}
