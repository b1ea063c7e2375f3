// Every Dexie schema version in order, append-only: add a file, add it here.
import type { Transaction } from 'dexie';
import * as v1 from './v1';
import * as v2 from './v2';
import * as v3 from './v3';
import * as v5 from './v5';
import * as v7 from './v7';

export interface Migration {
  readonly version: number;
  /** Dexie store specs of the tables this version adds or changes (full spec per table). */
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v5, v7];
