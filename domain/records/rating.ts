// 服务评价 (第十七条): a seeker rates the market's service on three aspects,
// five levels each, with optional reason chips. Anonymous on purpose: the
// record names no seeker, only the ticket when one was taken in the session,
// and a ticket is rated once (the server refuses a second rating for it).
// The table keeps its first name, surveyResponses, so stored ratings stay valid.
import { z } from 'zod';
import { instantSchema, marketScopedFields } from './common';
import { uuidV7Schema } from '../ids/uuidv7';

/** 5 非常满意 … 1 非常不满意. */
export const fiveLevelSchema = z.number().int().min(1).max(5);
export type FiveLevel = z.infer<typeof fiveLevelSchema>;

export const RATING_LEVELS: readonly { readonly level: FiveLevel; readonly zh: string; readonly en: string }[] = [
  { level: 5, zh: '非常满意', en: 'Very satisfied' },
  { level: 4, zh: '满意', en: 'Satisfied' },
  { level: 3, zh: '一般', en: 'Neutral' },
  { level: 2, zh: '不满意', en: 'Dissatisfied' },
  { level: 1, zh: '非常不满意', en: 'Very dissatisfied' },
];

export const RATING_ASPECTS = ['environment', 'process', 'result'] as const;
export type RatingAspect = (typeof RATING_ASPECTS)[number];

/**
 * Reason chips: a tap instead of writing. Each belongs to one aspect and says
 * whether it is praise or a complaint, so a chip is only offered beside a
 * matching level (praise at 4–5, complaints at 1–3).
 */
export const RATING_REASONS = {
  clean_hall: { aspect: 'environment', praise: true, zh: '大厅整洁', en: 'Clean hall' },
  enough_seats: { aspect: 'environment', praise: true, zh: '座位充足', en: 'Enough seats' },
  crowded: { aspect: 'environment', praise: false, zh: '太拥挤', en: 'Too crowded' },
  hard_to_find: { aspect: 'environment', praise: false, zh: '窗口难找', en: 'Hard to find the window' },
  short_wait: { aspect: 'process', praise: true, zh: '等得不久', en: 'Short wait' },
  patient_staff: { aspect: 'process', praise: true, zh: '工作人员耐心', en: 'Patient staff' },
  long_wait: { aspect: 'process', praise: false, zh: '等太久', en: 'Waited too long' },
  unclear: { aspect: 'process', praise: false, zh: '没讲清楚', en: 'Not explained clearly' },
  found_work: { aspect: 'result', praise: true, zh: '找到活了', en: 'Found work' },
  solved: { aspect: 'result', praise: true, zh: '问题解决了', en: 'Problem solved' },
  no_suitable_job: { aspect: 'result', praise: false, zh: '没有合适的活', en: 'No suitable job' },
  not_solved: { aspect: 'result', praise: false, zh: '问题没解决', en: 'Problem not solved' },
} as const satisfies Record<string, { aspect: RatingAspect; praise: boolean; zh: string; en: string }>;
export type RatingReason = keyof typeof RATING_REASONS;
export const RATING_REASON_CODES = Object.keys(RATING_REASONS) as RatingReason[];
export const ratingReasonSchema = z.enum(RATING_REASON_CODES as [RatingReason, ...RatingReason[]]);

/** The chips that fit one aspect at one level. */
export function reasonsFor(aspect: RatingAspect, level: FiveLevel): RatingReason[] {
  return RATING_REASON_CODES.filter((r) => {
    const reason = RATING_REASONS[r];
    return reason.aspect === aspect && reason.praise === level >= 4;
  });
}

export const ratingSchema = z
  .object({
    ...marketScopedFields,
    respondent: z.enum(['seeker', 'employer']),
    /** 服务环境, 服务过程, 服务结果. */
    environment: fiveLevelSchema,
    process: fiveLevelSchema,
    result: fiveLevelSchema,
    /** Chips; absent in ratings written before chips existed. */
    reasons: z.array(ratingReasonSchema).max(RATING_REASON_CODES.length).default([]),
    comment: z.string().trim().max(500),
    /** The ticket taken in the same session, when there was one; null for a rating from the tile. */
    ticketId: uuidV7Schema.nullable(),
    at: instantSchema,
  })
  .refine((r) => new Set(r.reasons).size === r.reasons.length, {
    error: '评价理由重复 / a reason is given twice',
    path: ['reasons'],
  })
  .refine(
    (r) =>
      r.reasons.every((code) => reasonsFor(RATING_REASONS[code].aspect, r[RATING_REASONS[code].aspect]).includes(code)),
    { error: '理由与评分不符 / a reason does not fit the level given', path: ['reasons'] },
  );
export type Rating = z.infer<typeof ratingSchema>;
