// The call flow at one window (issue 4 "Caller: the window"; DESIGN §4, 第十二条).
// Components render its state and send events; the machine owns the rules:
//
//   idle ──CALL_NEXT / CALL_NUMBER──▶ claiming ──ok──▶ recording ──▶ called
//     ▲                                 │ lost: tell the window, offer the next
//     │                                 │ unreachable: the offline rule decides
//     │                                 ▼
//     └────────────── idle ◀─ NO_SHOW / TRANSFER ── called ──START──▶ serving ──FINISH──▶ idle
//
// Every action is written as the ticket event it is (`called`, `recalled`,
// `serving`, `done`, `no_show`, `transferred`) with the staff member and the
// window; finishing also writes the ledger entry (台账) with the staff member
// responsible (首问负责: whoever called the ticket owns it to the end). Writes
// and claims are injected (CallerDeps) so the machine runs headless in tests.
import { assign, fromPromise, setup, type SnapshotFrom } from 'xstate';
import { stampMillis } from '../../domain/queue/ticket-state';
import { DEFAULT_CALLING_RULE, type CallingRule, type PastCall, groupOf } from '../../domain/queue/fairness';
import { firstInOrder } from '../../domain/queue/wait-prediction';
import { mayCallOffline } from '../../domain/queue/offline';
import type { WindowLanes } from '../../domain/queue/config';
import { isWaiting, type TicketState } from '../../domain/queue/ticket-state';
import type { Priority, TicketEvent } from '../../domain/records/queue';
import type { ServiceOutcome, ServiceRecord } from '../../domain/records/service';
import type { ClaimResponse } from '../../sync/protocol/queue';
import { isAuthorityUnreachable } from '../../sync/client/queue-claim';
import { SyncError } from '../../sync/client/errors';

/** A ticket of today's queue as the window sees it: its derived state and what the kiosk attached. */
export type CallerTicket = TicketState & { readonly postingId: string | null };

export type TicketEventDraft = Omit<TicketEvent, 'id' | 'hlc' | 'deleted' | 'at'>;
export type ServiceRecordDraft = Omit<ServiceRecord, 'id' | 'hlc' | 'deleted'>;

export interface CallerDeps {
  /** The authority's verdict; throws (SyncError) when it cannot be had. */
  claim(input: { ticketId: string; windowNumber: number }): Promise<ClaimResponse>;
  /** Append one ticket event (one local transaction). */
  append(draft: TicketEventDraft): Promise<void>;
  /** Append the `done` event and the ledger entry in one local transaction. */
  finish(done: TicketEventDraft, record: ServiceRecordDraft): Promise<void>;
}

export interface CallerWindow {
  readonly marketId: string;
  /** This terminal (the device id): tickets it issued may be called offline. */
  readonly terminalId: string;
  readonly windowNumber: number;
  readonly lanes: readonly string[];
  /** Every window of the market, for the offline rule (exclusive lanes). */
  readonly windows: readonly WindowLanes[];
}

export interface CurrentTicket {
  readonly ticketId: string;
  readonly display: string;
  readonly day: string;
  readonly lane: string;
  readonly serviceCode: string;
  readonly priority: Priority;
  readonly issuedAtMs: number;
  readonly postingId: string | null;
  readonly transferCount: number;
  readonly calledAtMs: number;
  readonly startedAtMs: number | null;
  /** 首问负责: the staff member who called it owns it. */
  readonly ownerStaffId: string;
  /** Called without the authority's claim (the offline rule allowed it). */
  readonly offline: boolean;
}

export const FINISH_OUTCOMES = ['completed', 'referred', 'notice_given', 'consulted', 'escalated'] as const;
export type FinishOutcome = (typeof FINISH_OUTCOMES)[number] & ServiceOutcome;

export type CallerNotice =
  | { readonly kind: 'queueEmpty' }
  | { readonly kind: 'numberNotFound'; readonly display: string }
  | { readonly kind: 'numberNotWaiting'; readonly display: string }
  | { readonly kind: 'lost'; readonly display: string; readonly byWindow: number; readonly offer: string | null }
  | { readonly kind: 'offlineBlocked'; readonly display: string; readonly offer: string | null }
  | { readonly kind: 'calledOffline'; readonly display: string }
  | { readonly kind: 'claimRefused'; readonly message: { zh: string; en: string } }
  | { readonly kind: 'writeFailed'; readonly detail: string }
  | { readonly kind: 'materialsRequired' }
  | { readonly kind: 'notLoggedIn' };

export interface CallerInput {
  readonly window: CallerWindow;
  readonly deps: CallerDeps;
  readonly now: () => number;
  readonly rule?: CallingRule;
}

type Phase = 'idle' | 'called' | 'serving';

interface PendingWrite {
  readonly write:
    | { readonly kind: 'append'; readonly draft: TicketEventDraft }
    | { readonly kind: 'finish'; readonly done: TicketEventDraft; readonly record: ServiceRecordDraft };
  /** Where the flow goes, and the ticket it holds, once the write is stored. */
  readonly next: Phase;
  readonly nextCurrent: CurrentTicket | null;
  readonly nextNotice: CallerNotice | null;
  /** Where it goes back to if the write fails. */
  readonly back: Phase;
}

export interface CallerContext {
  readonly window: CallerWindow;
  readonly deps: CallerDeps;
  readonly now: () => number;
  readonly rule: CallingRule;
  readonly staffId: string | null;
  readonly queue: readonly CallerTicket[];
  readonly current: CurrentTicket | null;
  /** The ticket being claimed. */
  readonly candidate: CallerTicket | null;
  /**
   * Tickets this window lost a claim for, with their transfer count then: not
   * offered again unless a later transfer puts them back in a queue.
   */
  readonly lost: Readonly<Record<string, number>>;
  /**
   * Tickets this window called, with their transfer count then. The live
   * queue lags a write by a moment; without this a quick F1 after "no-show"
   * could offer the same ticket again. A later transfer back makes it callable.
   */
  readonly calledHere: Readonly<Record<string, number>>;
  /** The last claim found no authority; calling next then prefers what may be called offline. */
  readonly offline: boolean;
  readonly pending: PendingWrite | null;
  readonly notice: CallerNotice | null;
}

export type CallerEvent =
  | { readonly type: 'QUEUE'; readonly tickets: readonly CallerTicket[] }
  | { readonly type: 'STAFF'; readonly staffId: string | null }
  | { readonly type: 'CALL_NEXT' }
  | { readonly type: 'CALL_NUMBER'; readonly display: string }
  | { readonly type: 'RECALL' }
  | { readonly type: 'NO_SHOW' }
  | { readonly type: 'START' }
  | { readonly type: 'TRANSFER'; readonly toLane: string; readonly toWindow: number | null }
  | {
      readonly type: 'FINISH';
      readonly outcome: FinishOutcome;
      readonly missingMaterials: readonly string[];
      readonly note: string;
    }
  | { readonly type: 'DISMISS' };

/** This window's past calls today, oldest first, for the interleave. */
export function windowHistory(queue: readonly CallerTicket[], windowNumber: number, rule: CallingRule): PastCall[] {
  return queue
    .filter((t) => t.firstCalledAt !== null && t.windowNumber === windowNumber)
    .sort((a, b) => ((a.firstCalledAt ?? '') < (b.firstCalledAt ?? '') ? -1 : 1))
    .map((t) => ({ group: groupOf(t.priority, rule) }));
}

export function mayCallHereOffline(ticket: CallerTicket, window: CallerWindow): boolean {
  return mayCallOffline(ticket, { terminalId: window.terminalId, windowNumber: window.windowNumber }, window.windows);
}

/** The fair next ticket for this window, leaving out `exclude`; offline, only what may be called offline. */
export function pickNext(
  context: Pick<CallerContext, 'queue' | 'window' | 'rule' | 'now' | 'lost' | 'calledHere'>,
  options: { readonly exclude?: readonly string[]; readonly offlineOnly?: boolean } = {},
): CallerTicket | null {
  const excluded = new Set(options.exclude ?? []);
  const settled = (t: CallerTicket, seen: Readonly<Record<string, number>>) =>
    t.transferCount <= (seen[t.ticketId] ?? -1);
  const waiting = context.queue.filter(
    (t) =>
      isWaiting(t) &&
      !excluded.has(t.ticketId) &&
      !settled(t, context.calledHere) &&
      !settled(t, context.lost) &&
      (options.offlineOnly !== true || mayCallHereOffline(t, context.window)),
  );
  // The same order the slip and the phone page predict from (domain/queue/wait-prediction).
  const next = firstInOrder(
    waiting,
    windowHistory(context.queue, context.window.windowNumber, context.rule),
    context.rule,
    context.now(),
    context.window.lanes,
    { windowNumber: context.window.windowNumber },
  );
  return next?.ticket ?? null;
}

function findByNumber(queue: readonly CallerTicket[], display: string): CallerTicket | undefined {
  const wanted = display.trim().toUpperCase();
  return queue.find((t) => t.display === wanted);
}

function toCurrent(t: CallerTicket, staffId: string, calledAtMs: number, offline: boolean): CurrentTicket {
  return {
    ticketId: t.ticketId,
    display: t.display,
    day: t.day,
    lane: t.lane,
    serviceCode: t.serviceCode,
    priority: t.priority,
    issuedAtMs: stampMillis(t.issuedAt),
    postingId: t.postingId,
    transferCount: t.transferCount,
    calledAtMs,
    startedAtMs: null,
    ownerStaffId: staffId,
    offline,
  };
}

/** A ticket this window already holds (after a reload): called or serving here by this terminal. */
function openTicketHere(queue: readonly CallerTicket[], window: CallerWindow): CallerTicket | undefined {
  return queue.find(
    (t) =>
      (t.phase === 'called' || t.phase === 'serving') &&
      t.calledBy === window.terminalId &&
      t.windowNumber === window.windowNumber,
  );
}

function restored(t: CallerTicket, fallbackStaff: string): CurrentTicket {
  const base = toCurrent(t, t.staffId ?? fallbackStaff, t.calledAt === null ? 0 : stampMillis(t.calledAt), false);
  return { ...base, startedAtMs: t.servingAt === null ? null : stampMillis(t.servingAt) };
}

function eventDraft(
  context: CallerContext,
  ticketId: string,
  type: TicketEventDraft['type'],
  extra: Partial<Pick<TicketEventDraft, 'toLane' | 'outcome' | 'windowNumber'>> = {},
): TicketEventDraft {
  return {
    marketId: context.window.marketId,
    ticketId,
    type,
    terminalId: context.window.terminalId,
    staffId: context.staffId,
    windowNumber: context.window.windowNumber,
    toLane: null,
    outcome: null,
    ...extra,
  };
}

function errorDetail(error: unknown): string {
  if (error instanceof SyncError) return `${error.bilingual.zh} / ${error.bilingual.en}`;
  return error instanceof Error ? error.message : String(error);
}

/** What a won (or offline-allowed) call writes and where it leads. */
function callWrite(context: CallerContext, ticket: CallerTicket, offline: boolean): PendingWrite {
  const staffId = context.staffId ?? '';
  return {
    write: { kind: 'append', draft: eventDraft(context, ticket.ticketId, 'called') },
    next: 'called',
    nextCurrent: toCurrent(ticket, staffId, context.now(), offline),
    nextNotice: offline ? { kind: 'calledOffline', display: ticket.display } : null,
    back: 'idle',
  };
}

export const callerMachine = setup({
  types: {
    context: {} as CallerContext,
    events: {} as CallerEvent,
    input: {} as CallerInput,
  },
  actors: {
    claim: fromPromise<ClaimResponse, { deps: CallerDeps; ticketId: string; windowNumber: number }>(({ input }) =>
      input.deps.claim({ ticketId: input.ticketId, windowNumber: input.windowNumber }),
    ),
    record: fromPromise<null, { deps: CallerDeps; pending: PendingWrite }>(async ({ input }) => {
      const { write } = input.pending;
      if (write.kind === 'append') await input.deps.append(write.draft);
      else await input.deps.finish(write.done, write.record);
      return null;
    }),
  },
  guards: {
    loggedIn: ({ context }) => context.staffId !== null,
    hasNext: ({ context }) => pickNext(context, { offlineOnly: context.offline }) !== null,
    numberWaiting: ({ context, event }) => {
      if (event.type !== 'CALL_NUMBER') return false;
      const t = findByNumber(context.queue, event.display);
      return t !== undefined && isWaiting(t);
    },
    numberKnown: ({ context, event }) =>
      event.type === 'CALL_NUMBER' && findByNumber(context.queue, event.display) !== undefined,
    // Guards run before the transition's actions: read the new queue from the event.
    openCalled: ({ context, event }) =>
      event.type === 'QUEUE' && openTicketHere(event.tickets, context.window)?.phase === 'called',
    openServing: ({ context, event }) =>
      event.type === 'QUEUE' && openTicketHere(event.tickets, context.window)?.phase === 'serving',
    claimWon: ({ event }) => 'output' in event && (event.output as ClaimResponse).status === 'ok',
    mayCallCandidateOffline: ({ context, event }) =>
      'error' in event &&
      isAuthorityUnreachable(event.error) &&
      context.candidate !== null &&
      mayCallHereOffline(context.candidate, context.window),
    unreachable: ({ event }) => 'error' in event && isAuthorityUnreachable(event.error),
    materialsMissing: ({ event }) =>
      event.type === 'FINISH' &&
      event.outcome === 'notice_given' &&
      event.missingMaterials.filter((m) => m.trim() !== '').length === 0,
    nextIsCalled: ({ context }) => context.pending?.next === 'called',
    nextIsServing: ({ context }) => context.pending?.next === 'serving',
    backIsCalled: ({ context }) => context.pending?.back === 'called',
    backIsServing: ({ context }) => context.pending?.back === 'serving',
  },
  actions: {
    takeQueue: assign({ queue: ({ event }) => (event.type === 'QUEUE' ? event.tickets : []) }),
    refuseLoggedOut: assign({ notice: { kind: 'notLoggedIn' } }),
    // For `transferred` the event's window is the window it goes to (domain/queue/ticket-state), or none.
    planTransfer: assign(({ context, event }) => {
      if (event.type !== 'TRANSFER' || context.current === null) return {};
      const back: Phase = context.current.startedAtMs === null ? 'called' : 'serving';
      return {
        notice: null,
        pending: {
          write: {
            kind: 'append',
            draft: eventDraft(context, context.current.ticketId, 'transferred', {
              toLane: event.toLane,
              windowNumber: event.toWindow,
            }),
          },
          next: 'idle',
          nextCurrent: null,
          nextNotice: null,
          back,
        } satisfies PendingWrite,
      };
    }),
  },
}).createMachine({
  id: 'caller',
  context: ({ input }) => ({
    window: input.window,
    deps: input.deps,
    now: input.now,
    rule: input.rule ?? DEFAULT_CALLING_RULE,
    staffId: null,
    queue: [],
    current: null,
    candidate: null,
    lost: {},
    calledHere: {},
    offline: false,
    pending: null,
    notice: null,
  }),
  on: {
    QUEUE: { actions: 'takeQueue' },
    STAFF: { actions: assign({ staffId: ({ event }) => event.staffId }) },
    DISMISS: { actions: assign({ notice: null }) },
  },
  initial: 'idle',
  states: {
    idle: {
      on: {
        QUEUE: [
          {
            guard: 'openCalled',
            target: 'called',
            actions: [
              'takeQueue',
              assign({
                current: ({ context }) => {
                  const t = openTicketHere(context.queue, context.window);
                  return t === undefined ? null : restored(t, context.staffId ?? '');
                },
              }),
            ],
          },
          {
            guard: 'openServing',
            target: 'serving',
            actions: [
              'takeQueue',
              assign({
                current: ({ context }) => {
                  const t = openTicketHere(context.queue, context.window);
                  return t === undefined ? null : restored(t, context.staffId ?? '');
                },
              }),
            ],
          },
          { actions: 'takeQueue' },
        ],
        CALL_NEXT: [
          { guard: { type: 'loggedIn' }, actions: [], target: 'choosingNext' },
          { actions: 'refuseLoggedOut' },
        ],
        CALL_NUMBER: [
          { guard: ({ context }) => context.staffId === null, actions: 'refuseLoggedOut' },
          {
            guard: 'numberWaiting',
            target: 'claiming',
            actions: assign({
              candidate: ({ context, event }) => findByNumber(context.queue, event.display) ?? null,
              notice: null,
            }),
          },
          {
            guard: 'numberKnown',
            actions: assign({
              notice: ({ event }) => ({ kind: 'numberNotWaiting', display: event.display.trim().toUpperCase() }),
            }),
          },
          {
            actions: assign({
              notice: ({ event }) => ({ kind: 'numberNotFound', display: event.display.trim().toUpperCase() }),
            }),
          },
        ],
      },
    },
    choosingNext: {
      always: [
        {
          guard: 'hasNext',
          target: 'claiming',
          actions: assign({
            candidate: ({ context }) => pickNext(context, { offlineOnly: context.offline }),
            notice: null,
          }),
        },
        // Cut off and nothing here may be called offline: still ask, the authority may be back.
        {
          guard: ({ context }) => context.offline && pickNext(context) !== null,
          target: 'claiming',
          actions: assign({ candidate: ({ context }) => pickNext(context), notice: null }),
        },
        { target: 'idle', actions: assign({ notice: { kind: 'queueEmpty' } }) },
      ],
    },
    claiming: {
      invoke: {
        src: 'claim',
        input: ({ context }) => ({
          deps: context.deps,
          ticketId: context.candidate?.ticketId ?? '',
          windowNumber: context.window.windowNumber,
        }),
        onDone: [
          {
            guard: 'claimWon',
            target: 'recording',
            actions: assign(({ context }) => ({
              offline: false,
              pending: context.candidate === null ? null : callWrite(context, context.candidate, false),
            })),
          },
          {
            target: 'idle',
            actions: assign(({ context, event }) => {
              const display = context.candidate?.display ?? '';
              const lost =
                context.candidate === null
                  ? context.lost
                  : { ...context.lost, [context.candidate.ticketId]: context.candidate.transferCount };
              const offer = pickNext({ ...context, lost })?.display ?? null;
              const byWindow = event.output.status === 'lost' ? event.output.by.windowNumber : 0;
              return {
                lost,
                offline: false,
                candidate: null,
                notice: { kind: 'lost', display, byWindow, offer } satisfies CallerNotice,
              };
            }),
          },
        ],
        onError: [
          {
            guard: 'mayCallCandidateOffline',
            target: 'recording',
            actions: assign(({ context }) => ({
              offline: true,
              pending: context.candidate === null ? null : callWrite(context, context.candidate, true),
            })),
          },
          {
            guard: 'unreachable',
            target: 'idle',
            actions: assign(({ context }) => {
              const display = context.candidate?.display ?? '';
              const offer = pickNext(context, { offlineOnly: true })?.display ?? null;
              return {
                offline: true,
                candidate: null,
                notice: { kind: 'offlineBlocked', display, offer } satisfies CallerNotice,
              };
            }),
          },
          {
            target: 'idle',
            actions: assign(({ event }) => ({
              candidate: null,
              notice: {
                kind: 'claimRefused',
                message:
                  event.error instanceof SyncError
                    ? event.error.bilingual
                    : { zh: errorDetail(event.error), en: errorDetail(event.error) },
              } satisfies CallerNotice,
            })),
          },
        ],
      },
    },
    recording: {
      invoke: {
        src: 'record',
        input: ({ context }) => {
          if (context.pending === null) throw new Error('recording without a pending write');
          return { deps: context.deps, pending: context.pending };
        },
        onDone: [
          {
            guard: 'nextIsCalled',
            target: 'called',
            actions: assign(({ context }) => ({
              calledHere:
                context.pending?.nextCurrent == null
                  ? context.calledHere
                  : {
                      ...context.calledHere,
                      [context.pending.nextCurrent.ticketId]: context.pending.nextCurrent.transferCount,
                    },
              current: context.pending?.nextCurrent ?? null,
              notice: context.pending?.nextNotice ?? null,
              pending: null,
              candidate: null,
            })),
          },
          {
            guard: 'nextIsServing',
            target: 'serving',
            actions: assign(({ context }) => ({
              current: context.pending?.nextCurrent ?? null,
              notice: context.pending?.nextNotice ?? null,
              pending: null,
            })),
          },
          {
            target: 'idle',
            actions: assign(({ context }) => ({
              current: null,
              notice: context.pending?.nextNotice ?? null,
              pending: null,
              candidate: null,
            })),
          },
        ],
        onError: [
          {
            guard: 'backIsCalled',
            target: 'called',
            actions: assign({
              pending: null,
              notice: ({ event }) => ({ kind: 'writeFailed', detail: errorDetail(event.error) }),
            }),
          },
          {
            guard: 'backIsServing',
            target: 'serving',
            actions: assign({
              pending: null,
              notice: ({ event }) => ({ kind: 'writeFailed', detail: errorDetail(event.error) }),
            }),
          },
          {
            target: 'idle',
            actions: assign({
              pending: null,
              candidate: null,
              notice: ({ event }) => ({ kind: 'writeFailed', detail: errorDetail(event.error) }),
            }),
          },
        ],
      },
    },
    called: {
      on: {
        RECALL: {
          guard: 'loggedIn',
          target: 'recording',
          actions: assign(({ context }) => ({
            notice: null,
            pending: {
              write: { kind: 'append', draft: eventDraft(context, context.current?.ticketId ?? '', 'recalled') },
              next: 'called',
              nextCurrent: context.current,
              nextNotice: null,
              back: 'called',
            } satisfies PendingWrite,
          })),
        },
        NO_SHOW: {
          guard: 'loggedIn',
          target: 'recording',
          actions: assign(({ context }) => ({
            notice: null,
            pending: {
              write: { kind: 'append', draft: eventDraft(context, context.current?.ticketId ?? '', 'no_show') },
              next: 'idle',
              nextCurrent: null,
              nextNotice: null,
              back: 'called',
            } satisfies PendingWrite,
          })),
        },
        START: {
          guard: 'loggedIn',
          target: 'recording',
          actions: assign(({ context }) => ({
            notice: null,
            pending: {
              write: { kind: 'append', draft: eventDraft(context, context.current?.ticketId ?? '', 'serving') },
              next: 'serving',
              nextCurrent: context.current === null ? null : { ...context.current, startedAtMs: context.now() },
              nextNotice: null,
              back: 'called',
            } satisfies PendingWrite,
          })),
        },
        TRANSFER: { guard: 'loggedIn', target: 'recording', actions: 'planTransfer' },
      },
    },
    serving: {
      on: {
        TRANSFER: { guard: 'loggedIn', target: 'recording', actions: 'planTransfer' },
        FINISH: [
          { guard: 'materialsMissing', actions: assign({ notice: { kind: 'materialsRequired' } }) },
          {
            guard: 'loggedIn',
            target: 'recording',
            actions: assign(({ context, event }) => {
              const current = context.current;
              if (current === null) return {};
              const now = context.now();
              const outcome = event.outcome;
              const materials =
                outcome === 'notice_given' ? event.missingMaterials.map((m) => m.trim()).filter((m) => m !== '') : [];
              const record: ServiceRecordDraft = {
                marketId: context.window.marketId,
                day: current.day,
                serviceCode: current.serviceCode,
                ticketId: current.ticketId,
                staffId: current.ownerStaffId,
                seekerId: null,
                employerId: null,
                postingId: current.postingId,
                outcome,
                missingMaterials: materials,
                startedAt: new Date(current.startedAtMs ?? current.calledAtMs).toISOString(),
                finishedAt: new Date(now).toISOString(),
                note: event.note.trim(),
              };
              return {
                notice: null,
                pending: {
                  write: {
                    kind: 'finish',
                    done: eventDraft(context, current.ticketId, 'done', { outcome }),
                    record,
                  },
                  next: 'idle',
                  nextCurrent: null,
                  nextNotice: null,
                  back: 'serving',
                } satisfies PendingWrite,
              };
            }),
          },
        ],
      },
    },
  },
});

export type CallerSnapshot = SnapshotFrom<typeof callerMachine>;
export type CallerMachine = typeof callerMachine;
