import { describe, expect, it } from 'vitest';
import {
  fleetState,
  IDLE_SILENT_AFTER_MS,
  nextOnlineSince,
  SILENT_AFTER_MS,
  STALE_AFTER_MS,
} from '../../../../domain/fleet/fleet-state';

const T = 1_800_000_000_000;
const beat = (over: Partial<Parameters<typeof fleetState>[0] & object> = {}) => ({
  receivedAt: T,
  onlineSince: T - 60_000,
  outboxDepth: 0,
  previousOutboxDepth: 0,
  ...over,
});

describe('fleet state', () => {
  it('is silent since enrolment for a device that never sent a heartbeat', () => {
    expect(fleetState(null, T - 5, T)).toEqual({ state: 'silent', since: T - 5 });
  });
  it('is online since the start of the unbroken run while heartbeats are fresh', () => {
    expect(fleetState(beat(), T, T + STALE_AFTER_MS)).toEqual({ state: 'online', since: T - 60_000 });
  });
  it('gives a terminal with a growing outbox the long threshold and an idle one the short one', () => {
    const growing = beat({ outboxDepth: 4, previousOutboxDepth: 1 });
    expect(fleetState(growing, T, T + IDLE_SILENT_AFTER_MS + 1).state).toBe('serving_offline');
    expect(fleetState(beat(), T, T + IDLE_SILENT_AFTER_MS + 1)).toEqual({
      state: 'silent',
      since: T + IDLE_SILENT_AFTER_MS,
    });
    expect(fleetState(growing, T, T + SILENT_AFTER_MS + 1)).toEqual({ state: 'silent', since: T + SILENT_AFTER_MS });
  });
  it('starts a new online run after a gap longer than the stale threshold', () => {
    expect(nextOnlineSince(null, T)).toBe(T);
    expect(nextOnlineSince(beat(), T + 30_000)).toBe(T - 60_000);
    expect(nextOnlineSince(beat(), T + STALE_AFTER_MS + 1)).toBe(T + STALE_AFTER_MS + 1);
  });
});
