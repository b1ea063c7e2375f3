// Device enrolment: a one-time code made by an operator is traded once for a
// device id and a bearer token; the server keeps only hashes of both secrets.
import { z } from 'zod';
import { terminalRoleSchema } from '../../domain/records/market';
import { uuidV7Schema } from '../../domain/ids/uuidv7';
import { versionEnvelope } from './envelope';

import { ENROLMENT_CODE_RE, normaliseEnrolmentCode } from '../../domain/ids/enrolment-code';

export { ENROLMENT_CODE_RE, normaliseEnrolmentCode };

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
