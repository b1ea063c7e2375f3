import { describe, expect, it } from 'vitest';
import type { HlcStamp } from '../../../../domain/clock/hlc';
import {
  firstOwner,
  formatTimer,
  overdueServices,
  serviceTimer,
  timeLimitMinutes,
} from '../../../../domain/window/service-clock';

const at = (min: number): HlcStamp =>
  `2026-12-03T02:${String(min).padStart(2, '0')}:00.000Z-0000-aaaaaaaaaaaaaaaa` as HlcStamp;
const T0 = Date.parse('2026-12-03T02:00:00.000Z');

describe('首问负责', () => {
  it('keeps the first staff member who served as owner through a transfer and a second call', () => {
    const events = [
      { type: 'called' as const, at: at(5), staffId: 'bob', deleted: false },
      { type: 'transferred' as const, at: at(3), staffId: 'alice', deleted: false },
      { type: 'called' as const, at: at(1), staffId: 'alice', deleted: false },
    ];
    expect(firstOwner(events)).toBe('alice');
  });
  it('has no owner before anyone called', () => {
    expect(firstOwner([{ type: 'printed', at: at(0), staffId: null, deleted: false }])).toBeNull();
  });
});

describe('限时办结', () => {
  it('uses the market’s limit, the default for a standard service, or the fallback', () => {
    expect(timeLimitMinutes('policy', { policy: 8 })).toBe(8);
    expect(timeLimitMinutes('rights')).toBe(30);
    expect(timeLimitMinutes('unknown')).toBe(20);
  });
  it('turns overdue one moment after the limit', () => {
    expect(serviceTimer(T0, 'policy', T0 + 15 * 60_000).overdue).toBe(false);
    expect(serviceTimer(T0, 'policy', T0 + 15 * 60_000 + 1).overdue).toBe(true);
  });
  it('lists overdue services most overdue first', () => {
    const open = [
      { ticketId: 'a', display: 'A001', serviceCode: 'policy', ownerId: null, startedAt: T0 },
      { ticketId: 'b', display: 'E001', serviceCode: 'rights', ownerId: null, startedAt: T0 },
      { ticketId: 'c', display: 'D002', serviceCode: 'policy', ownerId: null, startedAt: T0 - 10 * 60_000 },
    ];
    expect(overdueServices(open, T0 + 20 * 60_000).map((s) => s.display)).toEqual(['D002', 'A001']);
  });
  it('formats the remaining time and the time over', () => {
    expect(formatTimer(65_000)).toBe('01:05');
    expect(formatTimer(-125_000)).toBe('-02:05');
  });
});
