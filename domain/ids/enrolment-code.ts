// One-time enrolment codes: what an operator reads out and a terminal's
// enrolment screen (browser or Electron) and the server all accept.

/** 16 characters of Crockford base32, typed with or without dashes. */
export const ENROLMENT_CODE_RE = /^[0-9A-HJKMNP-TV-Z]{16}$/;

/** Upper-case and drop separators, so `abcd-efgh …` as typed matches the stored hash. */
export function normaliseEnrolmentCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}
