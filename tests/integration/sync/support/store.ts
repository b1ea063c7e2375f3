// A real, migrated SQLite store in a fresh temp dir, and a server on it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../../../sync/server/server';
import { migrateToLatest } from '../../../../sync/server/store/migrate';
import { openStore, type Store } from '../../../../sync/server/store/open';

export interface TempStore {
  readonly store: Store;
  readonly path: string;
  cleanup(): Promise<void>;
}

/**
 * With GIG_TEST_PG set to an admin URL (postgres://postgres@127.0.0.1:PORT/postgres)
 * every test gets a fresh PostgreSQL database instead: the same suite then
 * proves the queries on both dialects.
 */
const PG_ADMIN_URL = process.env.GIG_TEST_PG;

/** A fresh, migrated database on the cluster at `adminUrl`, dropped on cleanup. */
export async function tempPgStore(adminUrl: string): Promise<TempStore> {
  const name = `gig_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = openStore({ postgres: url.toString() });
  await migrateToLatest(store);
  return {
    store,
    path: url.toString(),
    cleanup: async () => {
      await store.close();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      try {
        // pool.end() has sent every backend its Terminate; wait for them to go
        // rather than force them (forcing makes the closing clients report errors).
        for (let i = 0; i < 100; i++) {
          const { rows } = await again.query<{ n: string }>(
            'select count(*) as n from pg_stat_activity where datname = $1',
            [name],
          );
          if (rows[0]?.n === '0') break;
          await new Promise((r) => setTimeout(r, 10));
        }
        await again.query(`drop database ${name} with (force)`);
      } finally {
        await again.end();
      }
    },
  };
}

export async function tempStore(): Promise<TempStore> {
  if (PG_ADMIN_URL !== undefined && PG_ADMIN_URL !== '') return tempPgStore(PG_ADMIN_URL);
  const dir = mkdtempSync(join(tmpdir(), 'gig-sync-'));
  const path = join(dir, 'gig.sqlite');
  const store = openStore({ sqlite: path });
  await migrateToLatest(store);
  return {
    store,
    path,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A clock tests can move. */
export interface TestClock {
  now: number;
  readonly read: () => number;
}

export const T0 = Date.parse('2026-11-26T08:00:00.000Z');

export function testClock(start = T0): TestClock {
  const clock = {
    now: start,
    read: () => clock.now,
  };
  return clock;
}

export interface TestServer {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly clock: TestClock;
  close(): Promise<void>;
}

export async function testServer(options: Partial<Omit<ServerOptions, 'db' | 'clock'>> = {}): Promise<TestServer> {
  const temp = await tempStore();
  const clock = testClock();
  const app = buildServer({ db: temp.store, clock: clock.read, ...options });
  await app.ready();
  return {
    app,
    store: temp.store,
    clock,
    close: async () => {
      await app.close();
      await temp.cleanup();
    },
  };
}

/** A fresh server for every test of the file that calls this at its top level; read it through the getter. */
export function serverPerTest(options: Partial<Omit<ServerOptions, 'db' | 'clock'>> = {}): () => TestServer {
  let current: TestServer | null = null;
  beforeEach(async () => {
    current = await testServer(options);
  });
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  return () => {
    if (current === null) throw new Error('serverPerTest: read the server inside a test');
    return current;
  };
}
