// Bring a store to the latest schema. Kysely's migrator records what ran and
// takes a lock, on SQLite and PostgreSQL alike, so two processes starting
// together do not both migrate.
import { Migrator } from 'kysely';
import { migrationProvider } from '../migrations';
import type { Store } from './open';

export class MigrationError extends Error {
  readonly code = 'migration_failed';
}

/** Runs every pending migration; returns the names of those that ran. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const migrator = new Migrator({ db: store.db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '(unknown)';
    throw new MigrationError(`数据库迁移失败 (${failed}) / migration ${failed} failed`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
