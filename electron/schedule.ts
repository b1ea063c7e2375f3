// Main process. The nightly restart: a fresh process every night keeps a
// terminal that runs for months from slowly leaking memory or GPU state, and
// picks up a staged update. The time is the market's local time
// (Asia/Shanghai, UTC+8 all year: China has had no daylight saving since 1991),
// so the computation is a fixed offset and does not depend on the OS time zone.

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
export const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/** Parse `HH:MM` (24-hour) to minutes after midnight; throws on anything else. */
export function parseClockTime(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new RangeError(`时间格式应为 HH:MM / time must be HH:MM: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * The next instant (epoch ms) at which the local clock in UTC+8 reads `hhmm`,
 * at least `minDelayMs` after `nowMs` (so a relaunch at 03:30:00.2 does not
 * schedule another one for 03:30 the same night).
 */
export function nextDailyTime(
  nowMs: number,
  hhmm: string,
  minDelayMs = MINUTE_MS,
  offsetMs = SHANGHAI_OFFSET_MS,
): number {
  const minutes = parseClockTime(hhmm);
  const localNow = nowMs + offsetMs;
  const localMidnight = Math.floor(localNow / DAY_MS) * DAY_MS;
  let candidate = localMidnight + minutes * MINUTE_MS - offsetMs;
  if (candidate - nowMs < minDelayMs) candidate += DAY_MS;
  return candidate;
}

export interface NightlyRestart {
  /** Epoch ms of the planned restart. */
  readonly nextAt: number;
  stop(): void;
}

/**
 * Check the wall clock every `checkEveryMs` rather than sleeping for hours in
 * one setTimeout: a long timer drifts across suspend and clock corrections
 * (NTP sync after boot), a periodic comparison does not.
 */
export function startNightlyRestart(opts: {
  time: string;
  onRestart: () => void;
  now?: () => number;
  checkEveryMs?: number;
}): NightlyRestart {
  const now = opts.now ?? Date.now;
  const nextAt = nextDailyTime(now(), opts.time);
  const timer = setInterval(() => {
    if (now() >= nextAt) {
      clearInterval(timer);
      opts.onRestart();
    }
  }, opts.checkEveryMs ?? 30_000);
  return {
    nextAt,
    stop() {
      clearInterval(timer);
    },
  };
}
