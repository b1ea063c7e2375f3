import { describe, expect, it } from 'vitest';
import { ENROLMENT_CODE_RE, normaliseEnrolmentCode } from '../../../../sync/protocol/enrol';
import { formatEnrolmentCode, hashSecret, newDeviceToken, newEnrolmentCode } from '../../../../sync/server/secrets';

describe('secrets', () => {
  it('enrolment codes are 16 unambiguous characters and survive formatting and lower case', () => {
    const code = newEnrolmentCode();
    expect(code).toMatch(ENROLMENT_CODE_RE);
    expect(normaliseEnrolmentCode(formatEnrolmentCode(code).toLowerCase())).toBe(code);
  });

  it('tokens are random and hashes are SHA-256 hex', () => {
    expect(newDeviceToken()).not.toBe(newDeviceToken());
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
