// Pull: changes after a cursor, in the server's commit order, a page at a
// time. A cursor belongs to one epoch of the store; a cursor from another
// epoch (the store was recreated or restored) or one older than the
// tombstones still kept gets a reset: drop the cursor, keep the outbox, pull
// again from the start.
import { z } from 'zod';
import { recordTableSchema } from '../../domain/records/registry';
import { bilingualSchema } from './errors';
import { versionEnvelope } from './envelope';
import { MAX_PULL_LIMIT } from './limits';

/** Opaque to the client; the server writes a decimal version. */
export const cursorSchema = z.string().regex(/^\d{1,15}$/, 'cursor is what the server last returned');

export const pullRequestSchema = z.object({
  ...versionEnvelope,
  /** Null on the first pull (or after a reset). */
  cursor: cursorSchema.nullable(),
  /** The epoch the cursor belongs to; null together with the cursor. */
  epoch: z.string().min(1).max(64).nullable(),
  limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

/** Records travel as plain objects; the receiving replica parses them with `parseRecord`. */
export const changeSchema = z.object({
  table: recordTableSchema,
  record: z.record(z.string(), z.unknown()),
});
export type Change = z.infer<typeof changeSchema>;

export const pullPageSchema = z.object({
  type: z.literal('page'),
  changes: z.array(changeSchema),
  nextCursor: cursorSchema,
  hasMore: z.boolean(),
  epoch: z.string().min(1),
});
export type PullPage = z.infer<typeof pullPageSchema>;

export const RESET_REASONS = ['unknown_epoch', 'cursor_too_old', 'cursor_ahead'] as const;

export const pullResetSchema = z.object({
  type: z.literal('reset'),
  reason: z.enum(RESET_REASONS),
  epoch: z.string().min(1),
  message: bilingualSchema,
});
export type PullReset = z.infer<typeof pullResetSchema>;

export const pullResponseSchema = z.discriminatedUnion('type', [pullPageSchema, pullResetSchema]);
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const RESET_MESSAGES: Readonly<Record<PullReset['reason'], z.infer<typeof bilingualSchema>>> = {
  unknown_epoch: {
    zh: '服务器数据已重建，正在重新下载',
    en: 'the server store was recreated: pulling everything again',
  },
  cursor_too_old: {
    zh: '离线时间过长，正在重新下载全部数据',
    en: 'offline for longer than deletions are kept: pulling everything again',
  },
  cursor_ahead: {
    zh: '同步位置超出服务器记录，正在重新下载',
    en: 'the cursor is ahead of the server: pulling everything again',
  },
};
