// Device tokens and enrolment codes: random, shown once, stored only as
// SHA-256 hashes. Both carry enough entropy (256 and 80 bits) that a fast
// hash is safe; a slow KDF would only slow down every authenticated request.
import { createHash, randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

/** 16 Crockford base32 characters (no I, L, O, U): easy to read out and type. */
export function newEnrolmentCode(): string {
  const bytes = randomBytes(16);
  let code = '';
  for (const b of bytes) code += CROCKFORD[b & 31] ?? '0';
  return code;
}

/** `ABCD-EFGH-JKMN-PQRS`, as shown to the operator. */
export function formatEnrolmentCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-');
}
