// One entry of a posting's history (谁收集、谁发布、谁负责): who did what to it,
// when, on which version, and the content as they left it. Append-only and
// synced like ticket events, so two offline edits of one posting both reach
// every replica even though only the later stamp's version stands
// (domain/window/posting-history reads them back as a timeline).
import { z } from 'zod';
import { hlcStampSchema } from '../clock/hlc';
import { uuidV7Schema } from '../ids/uuidv7';
import { postingContentSchema } from '../posting/content';
import { POSTING_ACTIONS } from '../window/posting-history';
import { instantSchema, marketScopedFields } from './common';
import { postingStatusSchema } from './posting';

export const postingActionSchema = z.enum(POSTING_ACTIONS);

export const postingHistoryEntrySchema = z.object({
  ...marketScopedFields,
  postingId: uuidV7Schema,
  action: postingActionSchema,
  staffId: uuidV7Schema.nullable(),
  at: instantSchema,
  /** The posting's stamp this change was made on; null for the first collection. */
  baseHlc: hlcStampSchema.nullable(),
  /** The stamp the posting carried after this change. */
  resultHlc: hlcStampSchema,
  status: postingStatusSchema,
  /** Reject reasons, a publish justification, or why the server refused. */
  note: z.string().trim().max(500),
  content: postingContentSchema.nullable(),
});
export type PostingHistoryEntry = z.infer<typeof postingHistoryEntrySchema>;
