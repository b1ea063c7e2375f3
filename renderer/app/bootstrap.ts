// Start-up of a terminal's renderer: open its store, give the device an id
// the first time, and on the embedded default seed the demo market into an
// empty store as if it had been pulled (so nothing lands in the outbox).
import { localDay } from '../../domain/clock/local-day';
import { generateDemoMarket } from '../../domain/demo/generate';
import { DEMO_SEED, demoRecords } from '../../domain/demo/records';
import { uuidv7 } from '../../domain/ids/uuidv7';
import { openTerminalDb, recordTable, type TerminalDb } from '../db/database';
import type { DeviceContext } from '../db/device';
import { readMeta } from '../db/meta';
import { applyRemoteChanges } from '../db/outbox';

/** The demo's epoch: a real server's first pull sees a different one and resets. */
export const DEMO_EPOCH = 'embedded-demo';

export async function deviceContext(db: TerminalDb, now: () => number): Promise<DeviceContext> {
  const stored = await readMeta(db, 'deviceId');
  return { deviceId: stored ?? uuidv7(now()), now };
}

/** Seed the demo market into an empty store; a store with a market is left alone. */
export async function seedDemoIfEmpty(db: TerminalDb, ctx: DeviceContext): Promise<boolean> {
  if ((await recordTable(db, 'markets').count()) > 0) return false;
  const nowMillis = ctx.now();
  const demo = generateDemoMarket({ seed: DEMO_SEED, today: localDay(nowMillis), nowMillis });
  await applyRemoteChanges(db, ctx, demoRecords(demo), { value: '0', epoch: DEMO_EPOCH });
  return true;
}

export async function startTerminal(dbName: string, now: () => number = Date.now) {
  const db = await openTerminalDb(dbName);
  const ctx = await deviceContext(db, now);
  await seedDemoIfEmpty(db, ctx);
  return { db, ctx };
}
