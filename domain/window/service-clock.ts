// 首问负责 and 限时办结 (第十二条(二)): the first staff member who serves a
// ticket owns it to the end, even through transfers; each service has a time
// limit (a market setting), and a service past its limit is listed so it is
// chased, not forgotten.
import { compareStamps, parseStamp } from '../clock/hlc';
import type { TicketEvent } from '../records/queue';

/** Minutes a service may take before it is overdue, by service code; defaults for the standard services. */
export const DEFAULT_TIME_LIMITS_MIN: Readonly<Record<string, number>> = {
  'seeker-registration': 15,
  'employer-registration': 20,
  'quick-match': 20,
  policy: 15,
  rights: 30,
  'training-startup': 20,
};
export const FALLBACK_TIME_LIMIT_MIN = 20;

export function timeLimitMinutes(serviceCode: string, limits: Readonly<Record<string, number>> = {}): number {
  return limits[serviceCode] ?? DEFAULT_TIME_LIMITS_MIN[serviceCode] ?? FALLBACK_TIME_LIMIT_MIN;
}

/** The owner (首问负责人): the staff member on the first call or serve event, whatever happened after. */
export function firstOwner(events: readonly Pick<TicketEvent, 'type' | 'at' | 'staffId' | 'deleted'>[]): string | null {
  const served = events
    .filter((e) => !e.deleted && (e.type === 'called' || e.type === 'serving') && e.staffId !== null)
    .sort((a, b) => compareStamps(a.at, b.at));
  return served[0]?.staffId ?? null;
}

export interface OpenService {
  readonly ticketId: string;
  readonly display: string;
  readonly serviceCode: string;
  readonly ownerId: string | null;
  /** Wall-clock millis the service started (first call). */
  readonly startedAt: number;
}

export interface ServiceTimer {
  readonly elapsedMs: number;
  readonly limitMs: number;
  readonly remainingMs: number;
  readonly overdue: boolean;
}

export function serviceTimer(
  startedAt: number,
  serviceCode: string,
  now: number,
  limits: Readonly<Record<string, number>> = {},
): ServiceTimer {
  const limitMs = timeLimitMinutes(serviceCode, limits) * 60_000;
  const elapsedMs = Math.max(0, now - startedAt);
  return { elapsedMs, limitMs, remainingMs: limitMs - elapsedMs, overdue: elapsedMs > limitMs };
}

/** Open services past their limit, most overdue first. */
export function overdueServices<S extends OpenService>(
  open: readonly S[],
  now: number,
  limits: Readonly<Record<string, number>> = {},
): (S & { readonly overByMs: number })[] {
  return open
    .map((s) => ({ ...s, overByMs: -serviceTimer(s.startedAt, s.serviceCode, now, limits).remainingMs }))
    .filter((s) => s.overByMs > 0)
    .sort((a, b) => b.overByMs - a.overByMs);
}

/** Millis of the first call, the moment the clock starts. */
export function serviceStartMillis(events: readonly Pick<TicketEvent, 'type' | 'at' | 'deleted'>[]): number | null {
  const first = events
    .filter((e) => !e.deleted && (e.type === 'called' || e.type === 'serving'))
    .sort((a, b) => compareStamps(a.at, b.at))[0];
  return first === undefined ? null : parseStamp(first.at).millis;
}

/** mm:ss, or -mm:ss once overdue, for the panel. */
export function formatTimer(remainingMs: number): string {
  const sign = remainingMs < 0 ? '-' : '';
  const total = Math.floor(Math.abs(remainingMs) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${sign}${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
