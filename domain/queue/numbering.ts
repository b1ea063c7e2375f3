// Ticket numbers, unique per (market, local day, lane) without asking anyone
// at the moment of issue (DESIGN §4).
//
// THE NUMBER SPACE of one (market, day, lane), 1..9999 (the ticket schema's range):
//
//   1 .. 8999     leased blocks. The server (or the market hub) hands out
//                 blocks upward from 1 — {from: 1, to: 50}, {from: 51, to: 100},
//                 … — each to exactly one terminal, and syncs the lease as data,
//                 so no block is ever handed out twice. A block never crosses
//                 8999 (the last one is cut short there).
//   9000 .. 9999  fallback bands of 50, one per band index k = 0..19 of the
//                 market: band k is 9000 + 50k .. 9049 + 50k (k = 0: 9000–9049,
//                 k = 1: 9050–9099, … k = 19: 9950–9999). A terminal issues from
//                 its band only when it holds no unused leased number, e.g. cut
//                 off from the server after its leases ran out.
//
// The band index is the terminal's issuing slot in its market: the server
// assigns the lowest free one to a device on its first lease and returns it
// with every lease (sync/protocol/queue.ts, LeaseResponse.bandIndex), so no two
// devices of a market share one. A terminal that has never reached the server
// has no band (null) and can issue only from leases. sync/protocol/queue.ts
// takes its constants from here, so the server and the terminals share one
// layout.
//
// Leases are disjoint, bands are disjoint, and leases never reach 9000, so two
// terminals cannot produce the same number however long they are cut off.
//
// Numbers are shown as lane + at least three digits: A001, A023, A999, A1000, A9012.
import { z } from 'zod';

export const LEASE_MIN = 1;
export const LEASE_MAX = 8999;
export const BAND_BASE = 9000;
export const BAND_SIZE = 50;
export const ISSUING_SLOTS = 20;

/** A block of numbers leased to one terminal for one (market, day, lane); both ends included. */
export const numberBlockSchema = z
  .object({
    from: z.number().int().min(LEASE_MIN).max(LEASE_MAX),
    to: z.number().int().min(LEASE_MIN).max(LEASE_MAX),
  })
  .refine((b) => b.from <= b.to, { error: '号段起点大于终点 / block starts after it ends' });
export type NumberBlock = z.infer<typeof numberBlockSchema>;

/** When to ask for more: lease 50 at a time, ask again at 20 left. */
export interface LeasePolicy {
  readonly blockSize: number;
  readonly refillAt: number;
}
export const DEFAULT_LEASE_POLICY: LeasePolicy = { blockSize: 50, refillAt: 20 };

export class NumbersExhaustedError extends Error {
  readonly code = 'numbers_exhausted';
  constructor(lane: string) {
    super(
      `队列 ${lane} 今日本机可用号码已用完，请连接服务器后再取号 / ` +
        `this terminal has no numbers left for lane ${lane} today; reconnect to the server to issue more`,
    );
  }
}

/** The fallback band of band index `slot` (0..19). */
export function fallbackBand(slot: number): { from: number; to: number } {
  if (!Number.isInteger(slot) || slot < 0 || slot >= ISSUING_SLOTS) {
    throw new RangeError(
      `号段序号须为 0–${ISSUING_SLOTS - 1}：${slot} / band index must be 0..${ISSUING_SLOTS - 1}: ${slot}`,
    );
  }
  const from = BAND_BASE + slot * BAND_SIZE;
  return { from, to: from + BAND_SIZE - 1 };
}

/** `A023`: the lane letter and the number, three digits, four from 1000. */
export function formatDisplayNumber(lane: string, n: number): string {
  if (!/^[A-Z]$/.test(lane)) throw new RangeError(`队列字母无效：${lane} / invalid lane letter: ${lane}`);
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`号码超出范围：${n} / number out of range: ${n}`);
  return `${lane}${String(n).padStart(3, '0')}`;
}

export function parseDisplayNumber(display: string): { lane: string; number: number } {
  const m = /^([A-Z])(\d{3,4})$/.exec(display);
  if (m === null || (m[2]?.length === 4 && m[2].startsWith('0'))) {
    throw new Error(`号码格式错误：${display} / malformed ticket number: ${display}`);
  }
  const number = Number(m[2]);
  if (number < 1) throw new Error(`号码格式错误：${display} / malformed ticket number: ${display}`);
  return { lane: m[1] ?? '', number };
}

export interface NumberingInput {
  readonly lane: string;
  /** The blocks this terminal holds for this (market, day, lane). */
  readonly leases: readonly NumberBlock[];
  /** Numbers already issued in this (market, day, lane), by anyone this replica knows of. */
  readonly used: ReadonlySet<number>;
  /** The terminal's band index, or null before the server has assigned one. */
  readonly slot: number | null;
}

export interface NextNumber {
  readonly number: number;
  readonly display: string;
  readonly source: 'lease' | 'band';
}

function* leasedNumbers(leases: readonly NumberBlock[]): Generator<number> {
  const ordered = [...leases].sort((a, b) => a.from - b.from);
  for (const b of ordered) for (let n = b.from; n <= b.to; n++) yield n;
}

/** Unused numbers left in this terminal's leases. */
export function leasedRemaining(leases: readonly NumberBlock[], used: ReadonlySet<number>): number {
  let left = 0;
  for (const n of leasedNumbers(leases)) if (!used.has(n)) left++;
  return left;
}

/** Whether to ask the server for another block now. */
export function needsRefill(
  leases: readonly NumberBlock[],
  used: ReadonlySet<number>,
  policy: LeasePolicy = DEFAULT_LEASE_POLICY,
): boolean {
  return leasedRemaining(leases, used) <= policy.refillAt;
}

/**
 * The next number to issue: the lowest unused number of the leases, in block
 * order; with none left, the lowest unused number of the terminal's band.
 * Throws NumbersExhaustedError when neither is left (or there is no band).
 * Pure: the caller stores the ticket (and with it the number, in `used`).
 */
export function nextNumber(input: NumberingInput): NextNumber {
  for (const n of leasedNumbers(input.leases)) {
    if (n > LEASE_MAX) break;
    if (!input.used.has(n)) return { number: n, display: formatDisplayNumber(input.lane, n), source: 'lease' };
  }
  if (input.slot === null) throw new NumbersExhaustedError(input.lane);
  const band = fallbackBand(input.slot);
  for (let n = band.from; n <= band.to; n++) {
    if (!input.used.has(n)) return { number: n, display: formatDisplayNumber(input.lane, n), source: 'band' };
  }
  throw new NumbersExhaustedError(input.lane);
}
