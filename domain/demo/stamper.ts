// Identity and version stamps for demo records. Ids are UUIDv7 drawn from the
// seeded generator, and every record carries an HLC stamp from one fixed demo
// device, so two runs with one seed write byte-identical stores.

import { initialHlc, nodeIdFromDeviceId, tick, type HlcStamp, type HlcState } from '../clock/hlc';
import { uuidv7 } from '../ids/uuidv7';
import type { Prng } from './prng';

/**
 * The device that "wrote" the demo. A constant rather than a seed product so
 * that any stamp in a demo store is recognisable as demo data.
 */
export const DEMO_DEVICE_ID = '01900000-0000-7000-8000-0000000de3a0';

export interface SyncedStamp {
  readonly id: string;
  readonly hlc: HlcStamp;
  readonly deleted: false;
}

export interface Stamper {
  /** A new record's id (created at `createdMillis`) and its HLC stamp. */
  stamp(createdMillis: number): SyncedStamp;
}

/**
 * Every record is stamped as written at `nowMillis`, the moment the demo is
 * seeded, so no stamp runs ahead of the clock a replica will compare it with;
 * the counter keeps the stamps distinct and in creation order.
 */
export function createStamper(prng: Prng, nowMillis: number): Stamper {
  let clock: HlcState = initialHlc(nodeIdFromDeviceId(DEMO_DEVICE_ID));
  return {
    stamp(createdMillis) {
      if (createdMillis > nowMillis) {
        throw new RangeError('演示记录的创建时间不能晚于当前时间 / a demo record cannot be created after now');
      }
      const next = tick(clock, nowMillis);
      clock = next.state;
      return { id: uuidv7(createdMillis, prng.bytes), hlc: next.stamp, deleted: false };
    },
  };
}
