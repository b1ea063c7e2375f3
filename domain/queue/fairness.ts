// Who is called next at a window (DESIGN §4). Open and simple on purpose, so
// the lobby display can state it in one sentence:
//   1. anyone who has waited longer than the maximum wait is next, the longest
//      waiting first (nobody is starved by a stream of priority tickets);
//   2. otherwise normal and priority tickets take turns in the configured
//      ratio (e.g. 2 normal : 1 priority), counted over the window's calls;
//      the market's rule says which group the day starts with (by default a
//      waiting priority ticket goes first, as most halls do, then N normal);
//      when the group whose turn it is has nobody waiting, the other goes;
//   3. within a group, first come first served by HLC issue time (then id).
import { z } from 'zod';
import { compareStamps, type HlcStamp } from '../clock/hlc';
import { prioritySchema, type Priority } from '../records/queue';
import { stampMillis } from './ticket-state';

export const PRIORITY_LABELS: Record<Priority, { zh: string; en: string }> = {
  none: { zh: '普通', en: 'regular' },
  elderly: { zh: '老年人', en: 'elderly' },
  disabled: { zh: '残疾人', en: 'disabled' },
  pregnant: { zh: '孕妇', en: 'pregnant' },
  appointment: { zh: '预约', en: 'appointment' },
};

export const callGroupSchema = z.enum(['normal', 'priority']);
export type CallGroup = z.infer<typeof callGroupSchema>;

export const callingRuleSchema = z
  .object({
    /** The interleave: this many normal calls, then this many priority calls. */
    normal: z.number().int().min(0).max(20),
    priority: z.number().int().min(0).max(20),
    /** Which declared priorities count as the priority group. */
    priorityGroups: z.array(prioritySchema.exclude(['none'])).max(4),
    /** After this long anyone is next, whatever the interleave says. */
    maxWaitMinutes: z.number().int().min(1).max(600),
    /**
     * Which group a window's first call of the day goes to. Absent in rules
     * stored before it existed: those mean 'priority' (see startingGroup).
     */
    startWith: callGroupSchema.optional(),
  })
  .refine((r) => r.normal + r.priority > 0, { error: '轮换比例不能为 0:0 / the interleave cannot be 0:0' });
export type CallingRule = z.infer<typeof callingRuleSchema>;

export const DEFAULT_CALLING_RULE: CallingRule = {
  normal: 2,
  priority: 1,
  priorityGroups: ['elderly', 'disabled', 'pregnant', 'appointment'],
  maxWaitMinutes: 30,
  startWith: 'priority',
};

/** Where the interleave starts: a hall serves a waiting priority ticket first unless the market says otherwise. */
export function startingGroup(rule: CallingRule): CallGroup {
  return rule.startWith ?? 'priority';
}

/** What fairness needs to know of a waiting ticket (a TicketState has all of it). */
export interface WaitingTicket {
  readonly ticketId: string;
  readonly lane: string;
  readonly priority: Priority;
  readonly issuedAt: HlcStamp;
  readonly assignedWindow: number | null;
}

/** One earlier call at this window, oldest first in the history. */
export interface PastCall {
  readonly group: CallGroup;
}

export type CallReason = 'overdue' | 'turn' | 'other-group-empty';

export interface NextCall<T extends WaitingTicket> {
  readonly ticket: T;
  readonly group: CallGroup;
  readonly reason: CallReason;
}

export function groupOf(priority: Priority, rule: CallingRule): CallGroup {
  return priority !== 'none' && rule.priorityGroups.includes(priority) ? 'priority' : 'normal';
}

function byIssue(a: WaitingTicket, b: WaitingTicket): number {
  return compareStamps(a.issuedAt, b.issuedAt) || (a.ticketId < b.ticketId ? -1 : a.ticketId > b.ticketId ? 1 : 0);
}

/** Whose turn it is by the interleave alone, given the window's past calls. */
export function groupInTurn(history: readonly PastCall[], rule: CallingRule): CallGroup {
  if (rule.priority === 0) return 'normal';
  if (rule.normal === 0) return 'priority';
  const last = history[history.length - 1];
  if (last === undefined) return startingGroup(rule);
  let run = 0;
  for (let i = history.length - 1; i >= 0 && history[i]?.group === last.group; i--) run++;
  const quota = last.group === 'normal' ? rule.normal : rule.priority;
  if (run < quota) return last.group;
  return last.group === 'normal' ? 'priority' : 'normal';
}

export interface NextTicketOptions {
  /** The calling window: tickets transferred to another named window are not its to call. */
  readonly windowNumber?: number;
}

/**
 * The ticket to call next at a window serving `lanes`, or null when nobody
 * waits there. `waiting` holds callable tickets (see isWaiting); `now` is the
 * wall clock in milliseconds.
 */
export function nextTicket<T extends WaitingTicket>(
  waiting: readonly T[],
  history: readonly PastCall[],
  rule: CallingRule,
  now: number,
  lanes: readonly string[],
  options: NextTicketOptions = {},
): NextCall<T> | null {
  const mine = waiting
    .filter((t) => lanes.includes(t.lane))
    .filter((t) => t.assignedWindow === null || t.assignedWindow === options.windowNumber)
    .sort(byIssue);
  const first = mine[0];
  if (first === undefined) return null;
  const maxWaitMs = rule.maxWaitMinutes * 60_000;
  // The earliest issued has waited longest: if anyone is overdue, it is.
  if (now - stampMillis(first.issuedAt) >= maxWaitMs) {
    return { ticket: first, group: groupOf(first.priority, rule), reason: 'overdue' };
  }
  const turn = groupInTurn(history, rule);
  const inTurn = mine.find((t) => groupOf(t.priority, rule) === turn);
  if (inTurn !== undefined) return { ticket: inTurn, group: turn, reason: 'turn' };
  return { ticket: first, group: groupOf(first.priority, rule), reason: 'other-group-empty' };
}

function listZh(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}或${items[items.length - 1] ?? ''}`;
}

function listEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

/** The rule in one sentence each, for the lobby display (信息公开). */
export function describeRule(rule: CallingRule): { zh: string; en: string } {
  const groups = rule.priorityGroups.map((g) => PRIORITY_LABELS[g]);
  const zhGroups = listZh(groups.map((g) => g.zh));
  const enGroups = listEn(groups.map((g) => g.en));
  let zh: string;
  let en: string;
  if (groups.length === 0 || rule.priority === 0) {
    zh = '按取号先后顺序叫号';
    en = 'Tickets are called in the order they were taken';
  } else if (rule.normal === 0) {
    zh = `${zhGroups}优先叫号，其余按取号先后顺序`;
    en = `${capitalise(enGroups)} tickets go first; the rest in the order they were taken`;
  } else if (startingGroup(rule) === 'priority') {
    zh =
      `${zhGroups}号优先：先叫 ${rule.priority} 位优先号，再叫 ${rule.normal} 位普通号，依次轮换；` +
      '同类按取号先后顺序';
    en =
      `Priority tickets (${enGroups}) first: ${rule.priority} priority, then ${rule.normal} regular, ` +
      'and so on in turn; within each group, first come first served';
  } else {
    zh = `每叫 ${rule.normal} 位普通号，优先叫 ${rule.priority} 位${zhGroups}号；同类按取号先后顺序`;
    en =
      `After every ${rule.normal} regular ticket${rule.normal === 1 ? '' : 's'}, ` +
      `${rule.priority} priority ticket${rule.priority === 1 ? '' : 's'} (${enGroups}) ` +
      `${rule.priority === 1 ? 'is' : 'are'} called; within each group, first come first served`;
  }
  zh += `；等候超过 ${rule.maxWaitMinutes} 分钟者优先。`;
  en += `. Anyone waiting over ${rule.maxWaitMinutes} minutes is called next.`;
  return { zh, en };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
