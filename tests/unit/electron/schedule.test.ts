import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextDailyTime, parseClockTime, startNightlyRestart } from '../../../electron/schedule';

const at = (iso: string) => Date.parse(iso);

describe('nextDailyTime (Asia/Shanghai, UTC+8)', () => {
  it('is later the same local day when the time has not come yet', () => {
    // 2026-11-26 22:00 in Chongqing is 14:00 UTC; 03:30 next day local is 19:30 UTC.
    expect(new Date(nextDailyTime(at('2026-11-26T14:00:00Z'), '03:30')).toISOString()).toBe('2026-11-26T19:30:00.000Z');
  });

  it('rolls to tomorrow once the time has passed today', () => {
    // 04:00 local = 20:00 UTC the day before.
    expect(new Date(nextDailyTime(at('2026-11-26T20:00:00Z'), '03:30')).toISOString()).toBe('2026-11-27T19:30:00.000Z');
  });

  it('is right across the UTC date line: 07:00 local is still "today" in UTC+8', () => {
    // 2026-11-27 07:00 local = 2026-11-26 23:00 UTC; 23:00 local the same day = 15:00 UTC on the 27th.
    expect(new Date(nextDailyTime(at('2026-11-26T23:00:00Z'), '23:00')).toISOString()).toBe('2026-11-27T15:00:00.000Z');
  });

  it('does not restart again right after a relaunch at the set minute', () => {
    const justAfter = at('2026-11-26T19:30:00.200Z');
    expect(new Date(nextDailyTime(justAfter, '03:30')).toISOString()).toBe('2026-11-27T19:30:00.000Z');
  });

  it('handles midnight and the last minute of the day', () => {
    expect(new Date(nextDailyTime(at('2026-11-26T10:00:00Z'), '00:00')).toISOString()).toBe('2026-11-26T16:00:00.000Z');
    expect(new Date(nextDailyTime(at('2026-11-26T10:00:00Z'), '23:59')).toISOString()).toBe('2026-11-26T15:59:00.000Z');
  });

  it('is always within one day, whatever the OS time zone', () => {
    const now = at('2026-06-01T05:17:00Z');
    for (let m = 0; m < 24 * 60; m += 37) {
      const hhmm = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      const next = nextDailyTime(now, hhmm);
      expect(next - now).toBeGreaterThanOrEqual(60_000);
      expect(next - now).toBeLessThanOrEqual(86_400_000 + 60_000);
      const local = new Date(next + 8 * 3_600_000);
      expect(local.getUTCHours() * 60 + local.getUTCMinutes()).toBe(m);
    }
  });

  it.each(['3:30', '24:00', '12:60', '', 'noon'])('refuses %j', (bad) => {
    expect(() => parseClockTime(bad)).toThrow(/HH:MM/);
  });
});

describe('startNightlyRestart (fake timers)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires once when the wall clock reaches the time', () => {
    vi.useFakeTimers();
    vi.setSystemTime(at('2026-11-26T19:00:00Z')); // 03:00 local
    const onRestart = vi.fn();
    const s = startNightlyRestart({ time: '03:30', onRestart });
    expect(new Date(s.nextAt).toISOString()).toBe('2026-11-26T19:30:00.000Z');
    vi.advanceTimersByTime(29 * 60_000);
    expect(onRestart).not.toHaveBeenCalled();
    vi.advanceTimersByTime(61_000);
    expect(onRestart).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(86_400_000);
    expect(onRestart).toHaveBeenCalledTimes(1);
  });

  it('catches up after the clock jumps forward (suspend, NTP correction)', () => {
    vi.useFakeTimers();
    vi.setSystemTime(at('2026-11-26T12:00:00Z'));
    const onRestart = vi.fn();
    startNightlyRestart({ time: '03:30', onRestart, checkEveryMs: 30_000 });
    vi.setSystemTime(at('2026-11-26T20:00:00Z'));
    vi.advanceTimersByTime(30_000);
    expect(onRestart).toHaveBeenCalledTimes(1);
  });

  it('can be stopped', () => {
    vi.useFakeTimers();
    vi.setSystemTime(at('2026-11-26T19:29:00Z'));
    const onRestart = vi.fn();
    startNightlyRestart({ time: '03:30', onRestart }).stop();
    vi.advanceTimersByTime(3_600_000);
    expect(onRestart).not.toHaveBeenCalled();
  });
});
