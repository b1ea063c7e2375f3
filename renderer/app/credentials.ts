// A terminal's sync credentials: the device id and token it got by trading a
// one-time enrolment code with the server. In a browser they are kept in
// localStorage beside the terminal's database; under Electron the main
// process keeps the token with safeStorage (the Electron-shell issue).
import { z } from 'zod';
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

const storageKey = (db: TerminalDb) => `gig-kiosk:sync:${db.name}`;

export function loadCredentials(db: TerminalDb, storage: Storage = localStorage): SyncCredentials | null {
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

export class ForeignDatabaseError extends Error {
  readonly code = 'foreign_database';
  constructor() {
    super(
      '本机数据库属于另一台设备，请清除后重新注册 / this database belongs to another device: clear it and enrol again',
    );
  }
}

/** Trade a one-time code for credentials and bind the database to the device the server made. */
export async function enrol(
  db: TerminalDb,
  baseUrl: string,
  code: string,
  label: string,
  storage: Storage = localStorage,
): Promise<SyncCredentials> {
  const enrolled = await enrolDevice({ baseUrl }, code.trim(), label);
  const bound = await readMeta(db, 'deviceId');
  if (bound !== undefined && bound !== enrolled.deviceId) throw new ForeignDatabaseError();
  await setMarketId(db, enrolled.marketId);
  const credentials: SyncCredentials = {
    deviceId: enrolled.deviceId,
    token: enrolled.token,
    baseUrl,
    marketId: enrolled.marketId,
  };
  storage.setItem(storageKey(db), JSON.stringify(credentials));
  return credentials;
}
