// The migrations, in order. Listed by hand (not read from the directory) so
// they work the same under tsx, in a bundle and in tests.
import type { Migration, MigrationProvider } from 'kysely';
import * as m001 from './001-initial';
import * as m002 from './002-queue-and-relay';
import * as m003 from './003-restore-rebase';
import * as m004 from './004-console';
import * as m005 from './005-rating-tickets';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001-initial': m001,
  '002-queue-and-relay': m002,
  '003-restore-rebase': m003,
  '004-console': m004,
  '005-rating-tickets': m005,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...MIGRATIONS }),
};
