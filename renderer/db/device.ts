// The device's clock and mutation counter, read and written inside the caller's
// transaction so that an aborted write leaves both exactly as they were.
import { initialHlc, nodeIdFromDeviceId, type HlcState } from '../../domain/clock/hlc';
import { uuidV7Schema, type RandomBytes } from '../../domain/ids/uuidv7';
import type { TerminalDb } from './database';
import { DeviceMismatchError, InvalidDeviceIdError } from './errors';
import { readMeta, writeMeta } from './meta';

/** Who is writing and what time it is; injected so tests control both. */
export interface DeviceContext {
  readonly deviceId: string;
  readonly now: () => number;
  readonly random?: RandomBytes;
}

export interface DeviceState {
  readonly hlc: HlcState;
  readonly nextMutationId: number;
}

/**
 * The device's state, binding the database to `ctx.deviceId` on first use.
 * Mutation ids are gap-free per device, so one database must never be
 * written under two device ids.
 */
export async function claimDeviceState(db: TerminalDb, ctx: DeviceContext): Promise<DeviceState> {
  if (!uuidV7Schema.safeParse(ctx.deviceId).success) throw new InvalidDeviceIdError(ctx.deviceId);
  const stored = await readMeta(db, 'deviceId');
  if (stored === undefined) await writeMeta(db, 'deviceId', ctx.deviceId);
  else if (stored !== ctx.deviceId) throw new DeviceMismatchError(stored, ctx.deviceId);
  const hlc = (await readMeta(db, 'hlc')) ?? initialHlc(nodeIdFromDeviceId(ctx.deviceId));
  const nextMutationId = (await readMeta(db, 'nextMutationId')) ?? 1;
  return { hlc, nextMutationId };
}

export async function saveDeviceState(db: TerminalDb, state: DeviceState): Promise<void> {
  await writeMeta(db, 'hlc', state.hlc);
  await writeMeta(db, 'nextMutationId', state.nextMutationId);
}
