// Start-up of a terminal's renderer: open its store, find its sync credentials
// (from localStorage in a browser, from the Electron main process inside the
// shell), or make them from a one-time code in the address, and start the sync
// engine. A terminal without credentials shows the enrolment screen.
import { SyncEngine } from '../../sync/client';
import { openTerminalDb, type TerminalDb } from '../db/database';
import type { DeviceContext } from '../db/device';
import { createDexieReplica } from '../db/replica-port';
import { storageMonitorOf } from '../db/storage-fault';
import { restoreParkedExport } from '../db/store-export';
import {
  credentialStoreFor,
  enrolTerminal,
  rememberCredentials,
  type CredentialStore,
  type SyncCredentials,
} from './credentials';
import { terminalFacts } from './terminal-facts';

export interface TerminalSession {
  readonly db: TerminalDb;
  readonly ctx: DeviceContext | null;
  readonly engine: SyncEngine | null;
}

/** The terminal's store could not be opened, or what was parked before clearing it could not be put back. */
export class StorageOpenError extends Error {
  readonly code = 'storage_open_failed';
  constructor(
    readonly dbName: string,
    cause: unknown,
  ) {
    super(
      `本机数据库 ${dbName} 无法打开 / the local store ${dbName} cannot be opened: ${
        cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)
      }`,
      { cause },
    );
  }
}

/**
 * Open the store, watch it for faults from the first transaction on, and put
 * back what a recovery parked before clearing it, before anything syncs.
 */
async function openStore(dbName: string): Promise<TerminalDb> {
  try {
    const db = await openTerminalDb(dbName);
    storageMonitorOf(db);
    await restoreParkedExport(db);
    return db;
  } catch (error) {
    throw new StorageOpenError(dbName, error);
  }
}

export function startSync(db: TerminalDb, ctx: DeviceContext, credentials: SyncCredentials): SyncEngine {
  const engine = new SyncEngine({
    replica: createDexieReplica(db, ctx),
    baseUrl: credentials.baseUrl,
    token: credentials.token,
    createSocket: (url, protocols) => new WebSocket(url, protocols),
    heartbeat: { facts: () => terminalFacts() },
    onError: (error) => {
      // The status badge shows the failure; this line is for the operator's console.
      console.warn(`同步失败 / sync failed [${error.code}]: ${error.bilingual.en}`);
    },
  });
  engine.start();
  window.addEventListener('pagehide', () => {
    // Releases the Web Lock so another window of this terminal takes over.
    void engine.stop();
  });
  return engine;
}

/**
 * The enrolment code in the address (`?enrol=`, as `npm start` and the browser
 * suite pass it), removed from it so it is not left on screen or in history.
 */
function takeEnrolCode(): string | null {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('enrol');
  if (code === null) return null;
  url.searchParams.delete('enrol');
  window.history.replaceState(null, '', url.toString());
  return code;
}

export async function startTerminal(
  dbName: string,
  label: string,
  now: () => number = Date.now,
  store?: CredentialStore,
): Promise<TerminalSession> {
  const db = await openStore(dbName);
  const credentialStore = store ?? credentialStoreFor(db);
  let credentials = await credentialStore.load();
  const code = takeEnrolCode();
  if (credentials === null && code !== null) credentials = await enrolTerminal(credentialStore, db, code, label);
  if (credentials === null) return { db, ctx: null, engine: null };
  rememberCredentials(db, credentials);
  const ctx: DeviceContext = { deviceId: credentials.deviceId, now };
  return { db, ctx, engine: startSync(db, ctx, credentials) };
}
