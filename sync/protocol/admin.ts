// The central console's HTTP contract (/admin/api/…): every body the console
// sends and every answer it reads, checked with zod by the server's route
// schemas and by the console's client. Not part of the terminals' protocol:
// the console is served by the same server, so it has no version envelope.
import { z } from 'zod';
import { uuidV7Schema } from '../../domain/ids/uuidv7';
import { isCurrentDistrict } from '../../domain/reference/districts';

export const ADMIN_API = '/admin/api';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'gig_admin';

/** city: every market; district: its district's markets; market: one market. */
export const adminRoleSchema = z.enum(['city', 'district', 'market']);
export type AdminRole = z.infer<typeof adminRoleSchema>;

export const districtCodeSchema = z
  .string()
  .regex(/^\d{6}$/)
  .refine(isCurrentDistrict, { error: '不是现行区县代码 / not a current district code' });

export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, {
    error: '用户名为 3–40 位小写字母、数字或 ._- / username: 3–40 of a-z 0-9 . _ -',
  });

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const passwordSchema = z
  .string()
  .min(10, { error: '密码至少 10 位 / a password has at least 10 characters' })
  .max(200);

/** Where an account may act, as a tagged union so a scope can never be half set. */
export const adminScopeSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('city') }),
  z.object({ role: z.literal('district'), district: districtCodeSchema }),
  z.object({ role: z.literal('market'), district: districtCodeSchema, marketId: uuidV7Schema }),
]);
export type AdminScope = z.infer<typeof adminScopeSchema>;

export const accountViewSchema = z.object({
  id: uuidV7Schema,
  username: z.string(),
  displayName: z.string(),
  scope: adminScopeSchema,
  active: z.boolean(),
  lockedUntil: z.number().nullable(),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export const signInBodySchema = z.object({
  username: z.string().trim().min(1).max(40),
  password: z.string().min(1).max(200),
});
export type SignInBody = z.infer<typeof signInBodySchema>;

/** Sign-in and /me answer with the account and the token every change must carry in CSRF_HEADER. */
export const sessionViewSchema = z.object({ account: accountViewSchema, csrfToken: z.string().min(1) });
export type SessionView = z.infer<typeof sessionViewSchema>;

export const createAccountBodySchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(40),
  password: passwordSchema,
  scope: adminScopeSchema,
});
export type CreateAccountBody = z.infer<typeof createAccountBodySchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.number(),
  username: z.string(),
  action: z.string(),
  target: z.string(),
  marketId: z.string().nullable(),
  district: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListSchema = z.object({ entries: z.array(auditEntrySchema) });

export const ADMIN_ERROR_CODES = [
  'malformed_request',
  'unauthenticated',
  'forbidden',
  'csrf_invalid',
  'bad_credentials',
  'locked_out',
  'rate_limited',
  'not_found',
  'conflict',
  'invalid_record',
  'internal',
] as const;
export const adminErrorCodeSchema = z.enum(ADMIN_ERROR_CODES);
export type AdminErrorCode = z.infer<typeof adminErrorCodeSchema>;

export const adminErrorBodySchema = z.object({
  code: adminErrorCodeSchema,
  message: z.object({ zh: z.string(), en: z.string() }),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type AdminErrorBody = z.infer<typeof adminErrorBodySchema>;
