// What a posting says (第七条(一)): the fields a stored, publishable posting
// must have. The exchange format (import/export) is looser on purpose so the
// screener can report a missing field as a finding instead of a parse error.
import { z } from 'zod';
import { localDaySchema, nonEmptyText } from '../records/common';

export const PAY_UNITS = ['hour', 'day', 'piece', 'task', 'month'] as const;
export const PAY_METHODS = ['daily', 'weekly', 'monthly', 'on_completion'] as const;
export const payUnitSchema = z.enum(PAY_UNITS);
export const payMethodSchema = z.enum(PAY_METHODS);
export type PayUnit = z.infer<typeof payUnitSchema>;
export type PayMethod = z.infer<typeof payMethodSchema>;

export const postingContentSchema = z.object({
  title: nonEmptyText(60),
  /** 职业(工种), as the employer wrote it. */
  occupation: nonEmptyText(40),
  /** The curated occupation it maps to (domain/reference/occupations), when one fits. */
  occupationCode: z.string().min(1).max(40).nullable(),
  /** 技能要求 */
  skills: nonEmptyText(500),
  /** 工作地点 */
  location: z.object({ district: nonEmptyText(20), address: nonEmptyText(200) }),
  /** 工作时长 */
  duration: nonEmptyText(200),
  /** 工作内容 */
  content: nonEmptyText(2000),
  /** 薪资待遇 and 计酬方式 */
  pay: z.object({
    amount: z.number().positive(),
    unit: payUnitSchema,
    method: payMethodSchema,
  }),
  headcount: z.number().int().min(1).max(10_000),
  validUntil: localDaySchema,
  contact: z.object({ name: nonEmptyText(40), phone: nonEmptyText(20) }),
});
export type PostingContent = z.infer<typeof postingContentSchema>;
