// The service ledger (台账, 第十二条(四)), special recruitment events
// (专场招聘, 第七条(三)), published content, and the two feedback channels
// (好差评 survey 第十七条, in ./rating; 留言簿 第五条(二)).
import { z } from 'zod';
import { instantSchema, localDaySchema, marketScopedFields, nonEmptyText, syncedFields } from './common';
import { uuidV7Schema } from '../ids/uuidv7';

export const serviceOutcomeSchema = z.enum([
  'completed', // 即时快办: done on the spot
  'referred', // a seeker sent to a posting
  'notice_given', // 一次性告知: materials missing, told once in full
  'consulted', // 政策咨询 answered
  'escalated', // 权益维护 handed to mediation or legal aid
  'no_show',
]);
export type ServiceOutcome = z.infer<typeof serviceOutcomeSchema>;

export const serviceRecordSchema = z.object({
  ...marketScopedFields,
  day: localDaySchema,
  serviceCode: z.string().min(1).max(40),
  ticketId: uuidV7Schema.nullable(),
  /** 首问负责: the staff member who owns this service. */
  staffId: uuidV7Schema,
  seekerId: uuidV7Schema.nullable(),
  employerId: uuidV7Schema.nullable(),
  postingId: uuidV7Schema.nullable(),
  outcome: serviceOutcomeSchema,
  /** 一次性告知: the missing materials, listed once. */
  missingMaterials: z.array(nonEmptyText(100)).max(20),
  startedAt: instantSchema,
  finishedAt: instantSchema,
  note: z.string().trim().max(500),
});
export type ServiceRecord = z.infer<typeof serviceRecordSchema>;

export const recruitmentEventSchema = z.object({
  ...marketScopedFields,
  title: nonEmptyText(80),
  startsAt: instantSchema,
  endsAt: instantSchema,
  venue: nonEmptyText(200),
  organiser: nonEmptyText(100),
  description: z.string().trim().max(2000),
  employerIds: z.array(uuidV7Schema).max(200),
  /** 第七条(三): every job fair is also listed on the city platform 渝职聘. */
  listedOnYzp: z.boolean(),
});
export type RecruitmentEvent = z.infer<typeof recruitmentEventSchema>;

export const contentKindSchema = z.enum(['policy', 'training', 'notice', 'startup']);
export type ContentKind = z.infer<typeof contentKindSchema>;

/** Policy, training, notices and start-up services; marketId null = city-wide. */
export const contentItemSchema = z.object({
  ...syncedFields,
  marketId: uuidV7Schema.nullable(),
  kind: contentKindSchema,
  title: nonEmptyText(100),
  body: nonEmptyText(5000),
  source: z.string().trim().max(200),
  validFrom: localDaySchema,
  validUntil: localDaySchema.nullable(),
  /** Higher first on the display ticker. */
  priority: z.number().int().min(0).max(9),
});
export type ContentItem = z.infer<typeof contentItemSchema>;

export const feedbackSchema = z.object({
  ...marketScopedFields,
  category: z.enum(['suggestion', 'complaint', 'praise', 'other']),
  message: nonEmptyText(1000),
  /** Optional, only when the writer wants an answer. */
  contactPhone: z.string().trim().max(20).nullable(),
  at: instantSchema,
  status: z.enum(['open', 'answered', 'closed']),
  reply: z.string().trim().max(1000),
});
export type Feedback = z.infer<typeof feedbackSchema>;
