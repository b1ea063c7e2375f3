// The central console's HTTP contract (/admin/api/…): every body the console
// sends and every answer it reads, checked with zod by the server's route
// schemas and by the console's client. Not part of the terminals' protocol:
// the console is served by the same server, so it has no version envelope.
import { z } from 'zod';
import { uuidV7Schema } from '../../domain/ids/uuidv7';
import { isCurrentDistrict } from '../../domain/reference/districts';
import { contentKindSchema } from '../../domain/records/service';
import { printerStateSchema } from './heartbeat';
import { deviceRoleSchema } from './roles';
import {
  MARKET_NAME_RE,
  marketKindSchema,
  marketQueueSchema,
  marketSchema,
  openingHoursSchema,
  serviceTermsSchema,
  staffDutySchema,
  staffSchema,
} from '../../domain/records/market';

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

const text = (max: number) => z.string().trim().min(1).max(max);

/** What an officer fills in for a market; the server adds id and stamp and checks the whole record. */
export const marketInputSchema = z.object({
  name: z.string().trim().regex(MARKET_NAME_RE, {
    error: '名称须为“地点+服务对象+零工市场(驿站)” / name must be place + group + 零工市场 or 零工驿站 (第四条(三))',
  }),
  kind: marketKindSchema,
  district: districtCodeSchema,
  address: text(200),
  hours: z.array(openingHoursSchema).min(1),
  phone: text(20),
  rightsHotline: text(20),
  queue: marketQueueSchema.optional(),
  serviceTerms: serviceTermsSchema.optional(),
});
export type MarketInput = z.infer<typeof marketInputSchema>;

export const marketListSchema = z.object({
  markets: z.array(
    z.object({
      market: marketSchema,
      /** 每个零工市场每月专场招聘不少于 1 次: false when none is held or planned this month. */
      jobFairThisMonth: z.boolean(),
    }),
  ),
});
export type MarketList = z.infer<typeof marketListSchema>;

export const staffInputSchema = z.object({
  name: text(40),
  staffNo: text(20),
  duties: z.array(staffDutySchema).min(1),
});
export type StaffInput = z.infer<typeof staffInputSchema>;

/** The staff list never carries PIN hashes to the browser: only whether one is set. */
export const staffViewSchema = staffSchema.omit({ pinHash: true }).extend({ pinSet: z.boolean() });
export type StaffView = z.infer<typeof staffViewSchema>;
export const staffListSchema = z.object({ staff: z.array(staffViewSchema) });

export const pinResetBodySchema = z.object({
  pin: z.string().regex(/^\d{6,12}$/, { error: 'PIN 须为 6–12 位数字 / a PIN is 6 to 12 digits' }),
});

/** What the public directory (/markets.json) publishes of a market (第十二条 信息公开). */
export const directoryEntrySchema = z.object({
  id: uuidV7Schema,
  name: z.string(),
  kind: marketKindSchema,
  district: z.object({ code: z.string(), name: z.string(), nameEn: z.string() }),
  address: z.string(),
  hours: z.array(openingHoursSchema),
  phone: z.string(),
  rightsHotline: z.string(),
  services: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      labelEn: z.string(),
      materials: z.array(z.string()),
      timeLimitMinutes: z.number().nullable(),
    }),
  ),
  callingRule: z.string(),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;
export const directorySchema = z.object({ formatVersion: z.literal(1), markets: z.array(directoryEntrySchema) });

export const enrolmentCodeBodySchema = z.object({
  role: deviceRoleSchema,
  ttlHours: z.number().int().min(1).max(720).default(24),
});
export const enrolmentCodeViewSchema = z.object({
  code: z.string(),
  marketId: uuidV7Schema,
  role: deviceRoleSchema,
  expiresAt: z.number(),
  /** The code as a QR image (SVG markup) for a terminal's camera or a phone. */
  qrSvg: z.string(),
});
export type EnrolmentCodeView = z.infer<typeof enrolmentCodeViewSchema>;

export const fleetStateSchema = z.enum(['online', 'serving_offline', 'silent', 'revoked']);
export type FleetStateName = z.infer<typeof fleetStateSchema>;

export const fleetDeviceSchema = z.object({
  id: uuidV7Schema,
  label: z.string(),
  role: deviceRoleSchema,
  marketId: z.string(),
  marketName: z.string(),
  enrolledAt: z.number(),
  lastSeenAt: z.number().nullable(),
  state: fleetStateSchema,
  since: z.number(),
  heartbeat: z
    .object({
      receivedAt: z.number(),
      appVersion: z.string(),
      lastSyncAt: z.number().nullable(),
      outboxDepth: z.number(),
      unreadRefusals: z.number(),
      printer: printerStateSchema,
      freeDiskBytes: z.number().nullable(),
    })
    .nullable(),
});
export type FleetDevice = z.infer<typeof fleetDeviceSchema>;
export const fleetSchema = z.object({ devices: z.array(fleetDeviceSchema) });

/** Where a publication goes: one market, every market of a district, or the whole city. */
export const publishTargetSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('market'), marketId: uuidV7Schema }),
  z.object({ scope: z.literal('district'), district: districtCodeSchema }),
  z.object({ scope: z.literal('city') }),
]);
export type PublishTarget = z.infer<typeof publishTargetSchema>;

export const contentInputSchema = z.object({
  target: publishTargetSchema,
  kind: contentKindSchema,
  title: text(100),
  body: text(5000),
  source: z.string().trim().max(200),
  validFrom: z.iso.date(),
  validUntil: z.iso.date().nullable(),
  priority: z.number().int().min(0).max(9).default(5),
});
export type ContentInput = z.infer<typeof contentInputSchema>;

export const jobFairInputSchema = z
  .object({
    target: publishTargetSchema,
    title: text(80),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    venue: text(200),
    organiser: text(100),
    description: z.string().trim().max(2000).default(''),
    listedOnYzp: z.boolean().default(true),
  })
  .refine((f) => f.endsAt > f.startsAt, {
    error: '结束须晚于开始 / the end must be after the start',
    path: ['endsAt'],
  });
export type JobFairInput = z.infer<typeof jobFairInputSchema>;

export const publishedSchema = z.object({ ids: z.array(uuidV7Schema), markets: z.number() });

/** A month (2026-11), a quarter (2026-Q4) or a year (2026); domain/evaluation/period.ts reads it. */
export const evaluationQuerySchema = z.object({ period: z.string().regex(/^\d{4}(-\d{2}|-Q[1-4])?$/) });

// The 渝职聘 feed as the console sees it (docs/feed.md).
export const feedAdapterSchema = z.enum(['http', 'file']);
export const deadLetterSchema = z.object({
  key: z.string(),
  adapter: feedAdapterSchema,
  kind: z.string(),
  marketId: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
});
export type DeadLetterView = z.infer<typeof deadLetterSchema>;
export const feedStatusSchema = z.object({
  /** Deliveries per adapter and status, over the markets in reach. */
  counts: z.array(
    z.object({ adapter: feedAdapterSchema, status: z.enum(['pending', 'delivered', 'dead']), count: z.number().int() }),
  ),
  deadLetters: z.array(deadLetterSchema),
});
export type FeedStatus = z.infer<typeof feedStatusSchema>;
export const retryDeadLetterBodySchema = z.object({
  key: z.string().regex(/^(posting|job_fair|seeker|result):[0-9a-f-]{36}:[0-9a-f]{16}$/),
  adapter: feedAdapterSchema,
});
export const retriedSchema = z.object({ retried: z.number().int() });

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
