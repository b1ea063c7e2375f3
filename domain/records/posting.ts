// A job posting (零工岗位) as stored and synced, with the review trail that
// 第十二条(三) asks for: who collected it, who reviewed it, who published it.
import { z } from 'zod';
import { instantSchema, marketScopedFields } from './common';
import { postingContentSchema } from '../posting/content';
import { uuidV7Schema } from '../ids/uuidv7';

export const postingStatusSchema = z.enum([
  'draft',
  'pending_review',
  'published',
  'rejected',
  'filled',
  'expired',
  'withdrawn',
]);
export type PostingStatus = z.infer<typeof postingStatusSchema>;

export const findingSchema = z.object({
  code: z.string().min(1),
  verdict: z.enum(['block', 'warn']),
  field: z.string().min(1),
  message: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  basis: z.string().min(1),
  /** The words that triggered the rule, so a reviewer sees them on the stored posting. */
  quote: z.string().max(200).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const verdictSchema = z.enum(['ok', 'warn', 'block']);
export type Verdict = z.infer<typeof verdictSchema>;

export const screeningSchema = z.object({
  verdict: verdictSchema,
  findings: z.array(findingSchema),
  rulesVersion: z.string().min(1),
});

export const postingSchema = z
  .object({
    ...marketScopedFields,
    ...postingContentSchema.shape,
    employerId: uuidV7Schema,
    status: postingStatusSchema,
    screening: screeningSchema,
    source: z.enum(['window', 'import', 'online']),
    /** 谁收集、谁发布、谁负责: staff ids on the record. */
    collectedBy: uuidV7Schema.nullable(),
    reviewedBy: uuidV7Schema.nullable(),
    reviewNote: z.string().max(500),
    publishedBy: uuidV7Schema.nullable(),
    publishedAt: instantSchema.nullable(),
    createdAt: instantSchema,
  })
  .refine((p) => p.status !== 'published' || p.screening.verdict !== 'block', {
    error: '被拦截的岗位不能发布 / a blocked posting cannot be published',
    path: ['status'],
  })
  .refine((p) => p.status !== 'published' || (p.reviewedBy !== null && p.publishedBy !== null), {
    error: '发布须有审核人和发布人 / a published posting names its reviewer and publisher',
    path: ['publishedBy'],
  });
export type Posting = z.infer<typeof postingSchema>;

/** 即时快招: a seeker asks for a posting; staff match and confirm the result. */
export const applicationSchema = z.object({
  ...marketScopedFields,
  postingId: uuidV7Schema,
  /** Null for a walk-in who has not registered yet. */
  seekerId: uuidV7Schema.nullable(),
  ticketId: uuidV7Schema.nullable(),
  status: z.enum(['requested', 'referred', 'hired', 'declined', 'no_show', 'cancelled']),
  requestedAt: instantSchema,
  /** 结果确认: the staff member who confirmed the outcome. */
  confirmedBy: uuidV7Schema.nullable(),
  confirmedAt: instantSchema.nullable(),
});
export type Application = z.infer<typeof applicationSchema>;
