// Hybrid logical clock (Kulkarni et al.): wall-clock milliseconds plus a
// counter, tagged with the device's node id so that two devices never mint the
// same stamp. Stamps are strings that sort in causal order, which lets every
// store compare them with plain string comparison.
//
// Pure: the caller passes in the physical time; nothing here reads a clock.

import { z } from 'zod';

/** Greatest tolerated lead of a remote stamp over our physical clock. */
export const MAX_DRIFT_MS = 5 * 60 * 1000;
const MAX_COUNTER = 0xffff;
const NODE_RE = /^[0-9a-f]{16}$/;
const STAMP_RE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;

/** `2026-11-26T08:30:00.000Z-0001-0123456789abcdef`: ISO time, counter, node. */
export const hlcStampSchema = z
  .string()
  .regex(STAMP_RE, 'HLC stamp must look like 2026-11-26T08:30:00.000Z-0001-0123456789abcdef')
  .brand<'HlcStamp'>();
export type HlcStamp = z.infer<typeof hlcStampSchema>;

export interface HlcState {
  readonly millis: number;
  readonly counter: number;
  readonly node: string;
}

export type ParsedStamp = HlcState;

export class ClockDriftError extends Error {
  readonly code = 'clock_drift';
  constructor(
    readonly remoteMillis: number,
    readonly localMillis: number,
  ) {
    super(
      `远端时间戳超前本机 ${Math.round((remoteMillis - localMillis) / 1000)} 秒，超过 5 分钟上限 / ` +
        `remote stamp is ${Math.round((remoteMillis - localMillis) / 1000)} s ahead, over the 5-minute limit`,
    );
  }
}

export class ClockOverflowError extends Error {
  readonly code = 'clock_overflow';
  constructor() {
    super('同一毫秒内时间戳计数溢出 / HLC counter overflow within one millisecond');
  }
}

/** A node id is 16 lowercase hex digits, derived from the device id. */
export function nodeIdFromDeviceId(deviceId: string): string {
  const hex = deviceId.replace(/-/g, '').toLowerCase();
  // UUIDv7 ids start with the time; the last 16 hex digits carry the random
  // bits, which is what tells devices apart.
  const node = hex.slice(-16);
  if (!NODE_RE.test(node)) {
    throw new Error(`设备编号无效 / invalid device id for a clock node: ${deviceId}`);
  }
  return node;
}

export function initialHlc(node: string): HlcState {
  if (!NODE_RE.test(node)) throw new Error(`时钟节点编号无效 / invalid clock node id: ${node}`);
  return { millis: 0, counter: 0, node };
}

export function formatStamp(state: HlcState): HlcStamp {
  return `${new Date(state.millis).toISOString()}-${state.counter.toString(16).padStart(4, '0')}-${state.node}` as HlcStamp;
}

export function parseStamp(stamp: string): ParsedStamp {
  const m = STAMP_RE.exec(stamp);
  if (!m) throw new Error(`时间戳格式错误 / malformed HLC stamp: ${stamp}`);
  const [, iso, counter, node] = m as unknown as [string, string, string, string];
  const millis = Date.parse(iso);
  if (Number.isNaN(millis)) throw new Error(`时间戳日期无效 / HLC stamp has an invalid date: ${stamp}`);
  return { millis, counter: parseInt(counter, 16), node };
}

/** Advance the clock for a local event; returns the new state and its stamp. */
export function tick(state: HlcState, physicalMillis: number): { state: HlcState; stamp: HlcStamp } {
  let next: HlcState;
  if (physicalMillis > state.millis) {
    next = { millis: physicalMillis, counter: 0, node: state.node };
  } else {
    if (state.counter >= MAX_COUNTER) throw new ClockOverflowError();
    next = { millis: state.millis, counter: state.counter + 1, node: state.node };
  }
  return { state: next, stamp: formatStamp(next) };
}

/**
 * Merge a stamp received from elsewhere so that our next stamps sort after it.
 * Refuses stamps more than MAX_DRIFT_MS ahead of our physical clock: one
 * device with a wrong clock must not drag every replica into the future.
 */
export function receive(state: HlcState, remote: HlcStamp | string, physicalMillis: number): HlcState {
  const r = parseStamp(remote);
  if (r.millis - physicalMillis > MAX_DRIFT_MS) throw new ClockDriftError(r.millis, physicalMillis);
  const millis = Math.max(state.millis, r.millis, physicalMillis);
  let counter: number;
  if (millis === state.millis && millis === r.millis) counter = Math.max(state.counter, r.counter) + 1;
  else if (millis === state.millis) counter = state.counter + 1;
  else if (millis === r.millis) counter = r.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) throw new ClockOverflowError();
  return { millis, counter, node: state.node };
}

/**
 * Merge a stamp the server has already accepted (it refuses pushes more than
 * MAX_DRIFT_MS ahead of its own clock), e.g. one on a pulled record. Never
 * refused for drift: when it is far ahead of us, our clock is the wrong one,
 * and refusing would stop a slow terminal from ever catching up.
 */
export function receiveAccepted(state: HlcState, remote: HlcStamp | string, physicalMillis: number): HlcState {
  return receive(state, remote, Math.max(physicalMillis, parseStamp(remote).millis));
}

/** Total order on stamps; string order equals causal order by construction. */
export function compareStamps(a: HlcStamp, b: HlcStamp): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
