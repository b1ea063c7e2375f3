import { describe, expect, it } from 'vitest';
import { hashForRole, roleFromHash } from '../../../../renderer/app/route';

describe('role routing', () => {
  it('reads the role from the hash, with or without a slash or trailing path', () => {
    expect(roleFromHash('#/kiosk')).toBe('kiosk');
    expect(roleFromHash('#display')).toBe('display');
    expect(roleFromHash('#/caller/3?x=1')).toBe('caller');
  });

  it('answers null for an unknown or empty role instead of guessing', () => {
    expect(roleFromHash('')).toBeNull();
    expect(roleFromHash('#/admin')).toBeNull();
    expect(roleFromHash('#/KIOSK')).toBeNull();
  });

  it('round-trips every role', () => {
    for (const role of ['kiosk', 'display', 'caller'] as const) expect(roleFromHash(hashForRole(role))).toBe(role);
  });
});
