// Device enrolment: a one-time code made by an operator is traded once for a
// device id and a bearer token; the server keeps only hashes of both secrets.
import { z } from 'zod';
import { terminalRoleSchema } from '../../domain/records/market';
import { uuidV7Schema } from '../../domain/ids/uuidv7';
import { versionEnvelope } from './envelope';

/** 16 characters of Crockford base32, typed with or without dashes. */
export const ENROLMENT_CODE_RE = /^[0-9A-HJKMNP-TV-Z]{16}$/;

/** Upper-case and drop separators, so `abcd-efgh …` as typed matches the stored hash. */
export function normaliseEnrolmentCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

export const enrolRequestSchema = z.object({
  ...versionEnvelope,
  code: z
    .string()
    .max(40)
    .transform(normaliseEnrolmentCode)
    .pipe(z.string().regex(ENROLMENT_CODE_RE, 'enrolment code is 16 letters and digits')),
  /** What the operator calls this terminal (shown in device lists). */
  label: z.string().trim().min(1).max(40),
});
export type EnrolRequest = z.input<typeof enrolRequestSchema>;

export const enrolResponseSchema = z.object({
  deviceId: uuidV7Schema,
  token: z.string().min(32),
  marketId: uuidV7Schema,
  role: terminalRoleSchema,
  epoch: z.string().min(1),
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;
