import { describe, expect, it } from 'vitest';
import type { Terminal } from '../../../../domain/records/market';
import {
  loadWindowSetting,
  resolveWindow,
  saveWindowSetting,
  windowChoices,
} from '../../../../renderer/state/caller-window-setting';
import { id, MARKET, NOW } from './caller-fixtures';

function caller(windowNumber: number | null, lanes: string[], extra: Partial<Terminal> = {}): Terminal {
  return {
    id: id(),
    hlc: '2026-11-26T00:00:00.000Z-0000-aaaaaaaaaaaaaaaa' as Terminal['hlc'],
    deleted: false,
    marketId: MARKET,
    role: 'caller',
    label: `${String(windowNumber)}号窗口`,
    windowNumber,
    lanes,
    enrolledAt: new Date(NOW).toISOString(),
    revoked: false,
    ...extra,
  };
}

describe('caller window setting', () => {
  const one = caller(1, ['C', 'A']);
  const two = caller(2, ['B', 'C']);
  const kiosk = caller(null, [], { role: 'kiosk' });

  it("uses this device's own Terminal record when there is one, whatever was chosen locally", () => {
    expect(resolveWindow([one, two, kiosk], two.id, 1)).toEqual({
      windowNumber: 2,
      lanes: ['B', 'C'],
      source: 'terminal-record',
    });
  });

  it('otherwise takes the lanes of the window chosen locally from that window’s record', () => {
    expect(resolveWindow([one, two, kiosk], id(), 1)).toEqual({
      windowNumber: 1,
      lanes: ['A', 'C'],
      source: 'local-setting',
    });
  });

  it('asks for a choice when there is none, or the chosen window no longer exists', () => {
    expect(resolveWindow([one, two], id(), null)).toBeNull();
    expect(resolveWindow([one, two], id(), 7)).toBeNull();
    expect(resolveWindow([one, { ...two, revoked: true }], id(), 2)).toBeNull();
  });

  it('offers each window number once, with the lanes of all its records', () => {
    expect(windowChoices([one, two, caller(1, ['D']), kiosk])).toEqual([
      { number: 1, lanes: ['A', 'C', 'D'] },
      { number: 2, lanes: ['B', 'C'] },
    ]);
  });

  it('keeps the choice in storage and ignores a damaged entry', () => {
    saveWindowSetting('db-w', 3);
    expect(loadWindowSetting('db-w')).toBe(3);
    localStorage.setItem('gig-kiosk:caller-window:db-x', '{"windowNumber":"x"}');
    expect(loadWindowSetting('db-x')).toBeNull();
    expect(loadWindowSetting('db-none')).toBeNull();
  });
});
