// A terminal's state on the console's fleet list, from its last heartbeat:
//   online 在线        — a heartbeat within STALE_AFTER_MS;
//   serving offline 离线服务中 — heartbeats stopped, but the terminal was last
//                       seen working without the server (its outbox growing),
//                       or it stopped only recently, and SILENT_AFTER_MS has not passed;
//   silent 失联        — nothing for SILENT_AFTER_MS (or never a heartbeat).
// Each with since-when, so an officer sees how long it has been.

/** Three missed heartbeats (every 30 s). */
export const STALE_AFTER_MS = 90_000;
/** A market can run a whole day on its own before its terminals count as lost. */
export const SILENT_AFTER_MS = 4 * 60 * 60 * 1000;
/** An idle terminal whose heartbeats stop is given this long before it counts as lost. */
export const IDLE_SILENT_AFTER_MS = 30 * 60 * 1000;

export type FleetState = 'online' | 'serving_offline' | 'silent';

export interface LastHeartbeat {
  readonly receivedAt: number;
  /** Start of the current unbroken run of heartbeats. */
  readonly onlineSince: number;
  readonly outboxDepth: number;
  readonly previousOutboxDepth: number;
}

export interface FleetVerdict {
  readonly state: FleetState;
  readonly since: number;
}

export interface FleetThresholds {
  readonly staleAfterMs: number;
  readonly silentAfterMs: number;
  readonly idleSilentAfterMs: number;
}

export const DEFAULT_THRESHOLDS: FleetThresholds = {
  staleAfterMs: STALE_AFTER_MS,
  silentAfterMs: SILENT_AFTER_MS,
  idleSilentAfterMs: IDLE_SILENT_AFTER_MS,
};

export function fleetState(
  last: LastHeartbeat | null,
  enrolledAt: number,
  now: number,
  t: FleetThresholds = DEFAULT_THRESHOLDS,
): FleetVerdict {
  if (last === null) return { state: 'silent', since: enrolledAt };
  const quiet = now - last.receivedAt;
  if (quiet <= t.staleAfterMs) return { state: 'online', since: last.onlineSince };
  const growing = last.outboxDepth > last.previousOutboxDepth || last.outboxDepth > 0;
  const limit = growing ? t.silentAfterMs : t.idleSilentAfterMs;
  if (quiet <= limit) return { state: 'serving_offline', since: last.receivedAt };
  return { state: 'silent', since: last.receivedAt + limit };
}

/** A heartbeat after this long a gap starts a new online run. */
export function nextOnlineSince(previous: LastHeartbeat | null, now: number, t = DEFAULT_THRESHOLDS): number {
  if (previous === null || now - previous.receivedAt > t.staleAfterMs) return now;
  return previous.onlineSince;
}
