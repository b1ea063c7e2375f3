// A seeker's "call staff" (呼叫工作人员) from a kiosk: a synced record, so it
// reaches every window of the market through the server like any other change
// (a push pokes the market), and the window that answers says so on the same
// record, which the kiosk pulls back to tell the seeker who is coming.
//
// Nothing personal: which kiosk, when, and on which screen the seeker was;
// the one who answers is named by window and badge number (工号, worn on the
// badge anyway under 挂牌上岗), never by name or phone.
import { z } from 'zod';
import { instantSchema, marketScopedFields, nonEmptyText } from './common';
import { uuidV7Schema } from '../ids/uuidv7';

/** Where the seeker was when they asked: the kiosk's screens. */
export const helpScreenSchema = z.enum(['home', 'ticket', 'jobs']);
export type HelpScreen = z.infer<typeof helpScreenSchema>;

/**
 * open: waiting for a window; taken: someone is on the way; done: handled;
 * cancelled: the seeker withdrew it, or the kiosk gave up because it could
 * not reach the server (it told the seeker to go to a window instead).
 */
export const helpStatusSchema = z.enum(['open', 'taken', 'done', 'cancelled']);
export type HelpStatus = z.infer<typeof helpStatusSchema>;

/** The statuses a kiosk may write (sync/protocol/permissions). */
export const KIOSK_HELP_STATUSES: readonly HelpStatus[] = ['open', 'cancelled'];

export const helpResponderSchema = z.object({
  terminalId: uuidV7Schema,
  windowNumber: z.number().int().min(1).max(99),
  /** 工号 of the staff member on the way. */
  staffNo: nonEmptyText(20),
});
export type HelpResponder = z.infer<typeof helpResponderSchema>;

export const helpRequestSchema = z
  .object({
    ...marketScopedFields,
    kioskId: uuidV7Schema,
    /** The kiosk's label, so staff know where to go ("大厅自助查询机"). */
    kioskLabel: nonEmptyText(40),
    screen: helpScreenSchema,
    requestedAt: instantSchema,
    status: helpStatusSchema,
    takenBy: helpResponderSchema.nullable(),
    takenAt: instantSchema.nullable(),
  })
  .refine((r) => (r.status === 'taken' ? r.takenBy !== null : r.status === 'open' ? r.takenBy === null : true), {
    error: '“已接单”须写明接单窗口 / a taken request names who took it, and only then',
    path: ['takenBy'],
  });
export type HelpRequest = z.infer<typeof helpRequestSchema>;

/** Still needs someone: shown on the windows until taken or withdrawn. */
export function isOpenHelp(r: Pick<HelpRequest, 'status' | 'deleted'>): boolean {
  return !r.deleted && r.status === 'open';
}
