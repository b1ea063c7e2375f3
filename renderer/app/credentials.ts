// A terminal's sync credentials: the device id and token it got by trading a
// one-time enrolment code with the server. The exchange itself is the same
// everywhere (sync/client's enrolDevice, answers checked with sync/protocol's
// schemas); where the result is kept differs. In a browser it sits in
// localStorage beside the terminal's database and the server is the page's
// own origin; inside the Electron shell (`'gigKiosk' in window`) main keeps
// it with safeStorage and the server is the one in the terminal config.
import { z } from 'zod';
import type { TerminalRole } from '../../domain/records/market';
import type { Bilingual, GigKioskApi } from '../../electron/ipc-contract';
import { enrolDevice } from '../../sync/client';
import type { TerminalDb } from '../db/database';
import { readMeta, setMarketId } from '../db/meta';

const credentialsSchema = z.object({
  deviceId: z.uuidv7(),
  token: z.string().min(32),
  baseUrl: z.string().min(1),
  marketId: z.uuidv7(),
});
export type SyncCredentials = z.infer<typeof credentialsSchema>;

/** Where a terminal keeps its credentials and which server it enrols with. */
export interface CredentialStore {
  readonly kind: 'browser' | 'shell';
  /** The sync server's base URL. */
  serverUrl(): Promise<string>;
  load(): Promise<SyncCredentials | null>;
  /** Keep freshly enrolled credentials; `role` is the role the server enrolled the device as. */
  save(credentials: SyncCredentials, role: TerminalRole): Promise<void>;
}

const storageKey = (db: TerminalDb) => `gig-kiosk:sync:${db.name}`;

/**
 * The credentials the running terminal started with, by database name. Screens
 * that open their own transports (the kiosk's number lease, the caller's
 * claims) call loadCredentials synchronously; under the shell the token is in
 * main, not in localStorage, so start-up leaves it here for them.
 */
const current = new Map<string, SyncCredentials>();

export function rememberCredentials(db: TerminalDb, credentials: SyncCredentials): void {
  current.set(db.name, credentials);
}

export function loadCredentials(db: TerminalDb, storage: Storage = localStorage): SyncCredentials | null {
  const held = current.get(db.name);
  if (held !== undefined) return held;
  const saved = storage.getItem(storageKey(db));
  if (saved === null) return null;
  try {
    const parsed = credentialsSchema.safeParse(JSON.parse(saved));
    return parsed.success ? parsed.data : null;
  } catch {
    // A damaged entry is as good as none: the terminal asks to be enrolled again.
    return null;
  }
}

/** The browser mode: localStorage, and the sync server reached through the page's origin. */
export function browserCredentialStore(
  db: TerminalDb,
  origin: string,
  storage: Storage = localStorage,
): CredentialStore {
  return {
    kind: 'browser',
    serverUrl: () => Promise.resolve(origin),
    load: () => Promise.resolve(loadCredentials(db, storage)),
    save(credentials) {
      storage.setItem(storageKey(db), JSON.stringify(credentials));
      return Promise.resolve();
    },
  };
}

/** Main refused to keep the credentials (a code of another role or market, a storage failure). */
export class ShellRefusedError extends Error {
  readonly code = 'shell_refused';
  constructor(
    readonly reason: string,
    readonly bilingual: Bilingual,
  ) {
    super(`${bilingual.zh} / ${bilingual.en}`);
    this.name = 'ShellRefusedError';
  }
}

/** The Electron shell: main keeps the token (safeStorage); the server is the config's. */
export function shellCredentialStore(api: GigKioskApi): CredentialStore {
  return {
    kind: 'shell',
    serverUrl: async () => (await api.getConfig()).serverUrl,
    async load() {
      const answer = await api.getCredentials();
      if (!answer.enrolled) {
        // The enrolment screen follows; the operator's console says why a terminal that had a token lost it.
        if (answer.message !== null) console.warn(`设备凭据不可用 / credentials unavailable: ${answer.message.en}`);
        return null;
      }
      return { deviceId: answer.deviceId, token: answer.token, baseUrl: answer.serverUrl, marketId: answer.marketId };
    },
    async save(credentials, role) {
      const answer = await api.saveCredentials({
        deviceId: credentials.deviceId,
        token: credentials.token,
        marketId: credentials.marketId,
        role,
      });
      if (!answer.ok) throw new ShellRefusedError(answer.reason, answer.message);
    },
  };
}

/** Feature detection, not `typeof window.require`: the preload defines `window.gigKiosk` or nothing. */
export function credentialStoreFor(db: TerminalDb, win: Window = window): CredentialStore {
  if ('gigKiosk' in win && win.gigKiosk !== undefined) return shellCredentialStore(win.gigKiosk);
  return browserCredentialStore(db, win.location.origin);
}

export class ForeignDatabaseError extends Error {
  readonly code = 'foreign_database';
  constructor() {
    super(
      '本机数据库属于另一台设备，请清除后重新注册 / this database belongs to another device: clear it and enrol again',
    );
  }
}

/** Trade a one-time code for credentials, bind the database to the device the server made, and keep them. */
export async function enrolTerminal(
  store: CredentialStore,
  db: TerminalDb,
  code: string,
  label: string,
): Promise<SyncCredentials> {
  const baseUrl = await store.serverUrl();
  const enrolled = await enrolDevice({ baseUrl }, code.trim(), label);
  const bound = await readMeta(db, 'deviceId');
  if (bound !== undefined && bound !== enrolled.deviceId) throw new ForeignDatabaseError();
  const credentials: SyncCredentials = {
    deviceId: enrolled.deviceId,
    token: enrolled.token,
    baseUrl,
    marketId: enrolled.marketId,
  };
  // Kept before the database is bound: a refusal by the shell (wrong role or market) leaves the store untouched.
  await store.save(credentials, enrolled.role);
  await setMarketId(db, enrolled.marketId);
  return credentials;
}

/** The browser mode's enrolment, as before the shell existed. */
export function enrol(
  db: TerminalDb,
  baseUrl: string,
  code: string,
  label: string,
  storage: Storage = localStorage,
): Promise<SyncCredentials> {
  return enrolTerminal(browserCredentialStore(db, baseUrl, storage), db, code, label);
}
