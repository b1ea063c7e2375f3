import { describe, expect, it } from 'vitest';
import { checkVersion, MIN_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../../../../sync/protocol/version';

describe('protocol versions', () => {
  it('accepts the current and the previous version, refuses older and newer', () => {
    expect(MIN_PROTOCOL_VERSION).toBe(PROTOCOL_VERSION - 1);
    expect(checkVersion(PROTOCOL_VERSION, PROTOCOL_VERSION, MIN_PROTOCOL_VERSION)).toBe('ok');
    expect(checkVersion(PROTOCOL_VERSION - 1, PROTOCOL_VERSION, MIN_PROTOCOL_VERSION)).toBe('ok');
    expect(checkVersion(PROTOCOL_VERSION - 2, PROTOCOL_VERSION, MIN_PROTOCOL_VERSION)).toBe('too_old');
    expect(checkVersion(PROTOCOL_VERSION + 1, PROTOCOL_VERSION, MIN_PROTOCOL_VERSION)).toBe('too_new');
  });
});
