// The two sides of 即时快招: employers (用工主体) and seekers (求职人员).
// Seekers carry only what 第七条(二) needs: never 婚育, 民族, 宗教 (PIPL:
// collect the minimum); the ID number is optional.
import { z } from 'zod';
import { clockTimeSchema, instantSchema, localDaySchema, marketScopedFields, nonEmptyText } from './common';
import { payMethodSchema, payUnitSchema } from '../posting/content';

export const employerKindSchema = z.enum(['company', 'individual_business', 'person', 'public_body']);

export const employerSchema = z.object({
  ...marketScopedFields,
  name: nonEmptyText(100),
  kind: employerKindSchema,
  /** 统一社会信用代码; checked with domain/ids/credit-code where present. */
  creditCode: z.string().length(18).nullable(),
  /**
   * The employer's contact person. Null only in the public projection that
   * kiosks pull (sync/protocol/public-records.ts): a seeker sees the
   * posting's own contact, masked, never the employer record's.
   */
  contact: z.object({ name: nonEmptyText(40), phone: nonEmptyText(20) }).nullable(),
  district: nonEmptyText(10).nullable(),
  address: z.string().trim().max(200),
  registeredBy: z.string().nullable(),
  registeredAt: instantSchema,
});
export type Employer = z.infer<typeof employerSchema>;

export const consentSchema = z.object({
  /**
   * Version of the privacy notice the seeker agreed to. A kiosk checks it
   * against domain/consent/notice before writing; the record keeps any
   * version, since windows and older terminals wrote their own.
   */
  noticeVersion: nonEmptyText(20),
  at: instantSchema,
});

export const availabilitySchema = z.object({
  weekdays: z.array(z.number().int().min(1).max(7)),
  from: clockTimeSchema,
  to: clockTimeSchema,
});

export const seekerSchema = z.object({
  ...marketScopedFields,
  name: nonEmptyText(40),
  phone: nonEmptyText(20),
  idNumber: z.string().length(18).nullable(),
  /** Occupation codes from domain/reference/occupations. */
  skills: z.array(z.string().min(1).max(40)).max(20),
  /** Free-text skill notes (证书, 工龄). */
  skillNote: z.string().trim().max(300),
  availability: z.array(availabilitySchema).max(7),
  /** District codes the seeker will work in. */
  areas: z.array(z.string().min(1).max(10)).max(40),
  /** 期望薪资 and 计酬方式; null when not stated (records before this field read as null). */
  expectedPay: z
    .object({ amount: z.number().positive().max(100_000), unit: payUnitSchema, method: payMethodSchema.nullable() })
    .nullable()
    .default(null),
  /** 从哪天起能上工; null = from now. */
  availableFrom: localDaySchema.nullable().default(null),
  consent: consentSchema,
  registeredVia: z.enum(['kiosk', 'window', 'online']),
  registeredAt: instantSchema,
});
export type Seeker = z.infer<typeof seekerSchema>;
