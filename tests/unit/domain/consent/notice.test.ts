import { describe, expect, it } from 'vitest';
import { CONSENT_NOTICES, checkConsent, currentNotice, isKnownVersion } from '../../../../domain/consent/notice';

describe('consent notice', () => {
  const current = currentNotice('2026-11-26');

  it('accepts the version shown today only when the seeker ticked the box', () => {
    expect(checkConsent({ ticked: true, version: current.version }, '2026-11-26')).toBe('ok');
    expect(checkConsent({ ticked: false, version: current.version }, '2026-11-26')).toBe('not_ticked');
  });

  it('refuses a version that was never shown', () => {
    expect(checkConsent({ ticked: true, version: '1999-01-v9' }, '2026-11-26')).toBe('unknown_version');
    expect(isKnownVersion('1999-01-v9')).toBe(false);
  });

  it('never asks for 婚育, 民族 or 宗教 except to say it will not', () => {
    for (const n of CONSENT_NOTICES) {
      const text = n.zh.join('');
      expect(text).toContain('不会询问婚育、民族、宗教');
      expect(n.en.length).toBe(n.zh.length);
    }
  });

  it('every version is unique and ordered by the day it is first shown', () => {
    const versions = CONSENT_NOTICES.map((n) => n.version);
    expect(new Set(versions).size).toBe(versions.length);
    const days = CONSENT_NOTICES.map((n) => n.from);
    expect([...days].sort()).toEqual(days);
    expect(isKnownVersion(current.version)).toBe(true);
  });
});
