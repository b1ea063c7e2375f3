// The outbound feed to 渝职聘 (第七条(三), 第十三条(二) 全量接入): one JSON object
// per item, the same in the daily JSON Lines file and in the HTTP push body.
// `formatVersion` is raised on any incompatible change; fields are only ever
// added within a version. `key` is the idempotency key: the same key means the
// same item (a receiver that sees it twice keeps one), and a changed record
// gets a new key (its body digest changes). Documented in docs/feed.md.
import { z } from 'zod';
import { uuidV7Schema } from '../../domain/ids/uuidv7';
import { seekerSchema } from '../../domain/records/people';
import { applicationSchema, postingSchema } from '../../domain/records/posting';
import { recruitmentEventSchema } from '../../domain/records/service';

export const FEED_FORMAT_VERSION = 1;
export const IDEMPOTENCY_HEADER = 'idempotency-key';

export const feedKindSchema = z.enum(['posting', 'job_fair', 'seeker', 'result']);
export type FeedKind = z.infer<typeof feedKindSchema>;

/** The seeker as the platform receives it: the ID number never leaves the market system. */
export const feedSeekerSchema = seekerSchema.omit({ idNumber: true, hlc: true, deleted: true });

const base = {
  formatVersion: z.literal(FEED_FORMAT_VERSION),
  key: z.string().regex(/^(posting|job_fair|seeker|result):[0-9a-f-]{36}:[0-9a-f]{16}$/),
  recordId: uuidV7Schema,
  marketId: uuidV7Schema,
  /** When the item was queued (ms since the epoch). */
  queuedAt: z.number().int(),
};

export const feedItemSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('posting'), posting: postingSchema }),
  z.object({ ...base, kind: z.literal('job_fair'), jobFair: recruitmentEventSchema }),
  z.object({ ...base, kind: z.literal('seeker'), seeker: feedSeekerSchema }),
  z.object({ ...base, kind: z.literal('result'), result: applicationSchema }),
]);
export type FeedItem = z.infer<typeof feedItemSchema>;
