// A gig market (零工市场) or station (零工驿站), and the terminals in it.
import { z } from 'zod';
import { clockTimeSchema, instantSchema, nonEmptyText, syncedFields, marketScopedFields } from './common';
import { uuidV7Schema } from '../ids/uuidv7';
import { queueServicesSchema } from '../queue/config';
import { callingRuleSchema } from '../queue/fairness';
import { windowSettingsSchema } from '../window/settings';

/**
 * 第四条(三): 地点(区县/街镇/社区) + 重点服务对象(行业或群体) + 零工市场(驿站).
 * We can check the suffix and that something stands before it; whether the
 * prefix names a real place is for the operator who registers the market.
 */
export const MARKET_NAME_RE = /^\S.{1,40}零工(市场|驿站)$/u;

export const marketKindSchema = z.enum(['market', 'station']);
export type MarketKind = z.infer<typeof marketKindSchema>;

export const openingHoursSchema = z.object({
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: z.array(z.number().int().min(1).max(7)).min(1),
  open: clockTimeSchema,
  close: clockTimeSchema,
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;

/** How a market runs its queue: its one-stop services with their lane letters, and its calling rule. */
export const marketQueueSchema = z.object({
  services: queueServicesSchema,
  callingRule: callingRuleSchema,
});
export type MarketQueue = z.infer<typeof marketQueueSchema>;

/**
 * 第十二条(二) 一次性告知 and 限时办结, per queue service (by its code): the
 * materials to bring, and the time within which the service is finished.
 * Published in the market directory; absent on markets that have not set them.
 */
export const serviceTermsSchema = z
  .array(
    z.object({
      service: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
      materials: z.array(nonEmptyText(100)).max(30),
      timeLimitMinutes: z
        .number()
        .int()
        .min(1)
        .max(60 * 24 * 30),
    }),
  )
  .max(26);
export type ServiceTerms = z.infer<typeof serviceTermsSchema>;

export const marketSchema = z
  .object({
    ...syncedFields,
    name: z.string().trim().regex(MARKET_NAME_RE, {
      error:
        '名称须为“地点+服务对象+零工市场(驿站)” / name must follow 第四条(三): place + group + 零工市场 or 零工驿站',
    }),
    kind: marketKindSchema,
    /** District code from domain/reference/districts. */
    district: nonEmptyText(10),
    address: nonEmptyText(200),
    hours: z.array(openingHoursSchema).min(1),
    phone: nonEmptyText(20),
    /** 第九条(一): the rights-protection complaint line, shown on every screen. */
    rightsHotline: nonEmptyText(20),
    /** Local calendar days (ticket numbering, ledgers) are counted in this zone. */
    timeZone: z.literal('Asia/Shanghai'),
    /** Absent until the market configures it; then the standard services and rule apply (domain/queue/market-queue). */
    queue: marketQueueSchema.optional(),
    /** The window's settings (four-eyes, time limits, checklists); absent: domain/window/settings defaults. */
    window: windowSettingsSchema.optional(),
    serviceTerms: serviceTermsSchema.optional(),
  })
  .refine((m) => m.name.endsWith(m.kind === 'market' ? '零工市场' : '零工驿站'), {
    error: '名称后缀与类型不符 / the name suffix does not match the kind (market or station)',
    path: ['kind'],
  });
export type Market = z.infer<typeof marketSchema>;

export const terminalRoleSchema = z.enum(['kiosk', 'display', 'caller']);
export type TerminalRole = z.infer<typeof terminalRoleSchema>;

export const terminalSchema = z.object({
  ...marketScopedFields,
  role: terminalRoleSchema,
  label: nonEmptyText(40),
  /** The one-stop window a caller serves (窗口号), for announcements. */
  windowNumber: z.number().int().min(1).max(99).nullable(),
  /** Lane letters this caller serves. */
  lanes: z.array(z.string().regex(/^[A-Z]$/)),
  enrolledAt: instantSchema,
  revoked: z.boolean(),
});
export type Terminal = z.infer<typeof terminalSchema>;

export const staffDutySchema = z.enum(['window', 'collector', 'reviewer', 'publisher', 'admin']);
export type StaffDuty = z.infer<typeof staffDutySchema>;

export const staffSchema = z.object({
  ...marketScopedFields,
  name: nonEmptyText(40),
  /** 工号, shown on the window badge (挂牌上岗). */
  staffNo: nonEmptyText(20),
  duties: z.array(staffDutySchema).min(1),
  /** A slow-KDF hash of the PIN (never the PIN); null until one is set. */
  pinHash: z.string().min(1).max(300).nullable(),
  active: z.boolean(),
});
export type Staff = z.infer<typeof staffSchema>;

export const staffIdSchema = uuidV7Schema;
