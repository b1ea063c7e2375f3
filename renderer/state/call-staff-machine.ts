// One "呼叫工作人员" from the kiosk, from the press to the person arriving
// (issue 12). The kiosk says only what is true at each step:
//
//   sending ─written─▶ awaiting ─server has it─▶ delivered ─a window took it─▶ coming
//      │                  │ no answer in time, refused, or nothing to sync with
//      └──write failed────┴──────────▶ notSent (withdrawn, so nobody comes later to an empty kiosk)
//
// "Delivered" is the server's acknowledgement of the request's mutation (it
// leaves the outbox only then); "coming" is the window's answer on the same
// record, brought back by a pull. Until then the kiosk never says staff were
// told. The writes are injected actors, so the machine runs headless in tests.
import { assign, fromPromise, setup } from 'xstate';
import type { HelpResponder } from '../../domain/records/help';
import type { Delivery } from '../db/help-requests';

export const DEFAULT_ACK_TIMEOUT_MS = 10_000;

export type NotSentReason = 'offline' | 'refused' | 'writeFailed';

export interface CallStaffInput {
  /** Whether this kiosk syncs at all (enrolled, with a server); if not, nothing can be sent. */
  readonly canSend: boolean;
  /** How long to wait for the server's acknowledgement before telling the seeker to go to a window. */
  readonly ackTimeoutMs?: number;
}

export interface CallStaffContext {
  readonly canSend: boolean;
  readonly ackTimeoutMs: number;
  readonly responder: HelpResponder | null;
  readonly reason: NotSentReason | null;
}

export type CallStaffEvent =
  | { readonly type: 'DELIVERY'; readonly delivery: Delivery }
  | { readonly type: 'TAKEN'; readonly responder: HelpResponder }
  | { readonly type: 'CANCEL' }
  | { readonly type: 'CLOSE' };

export const callStaffMachine = setup({
  types: {
    context: {} as CallStaffContext,
    events: {} as CallStaffEvent,
    input: {} as CallStaffInput,
  },
  actors: {
    // Replaced by the kiosk with the real writes (renderer/db/help-requests) and by tests with fakes.
    open: fromPromise<undefined>(() => Promise.reject(new Error('没有配置呼叫写入 / no help-request writer provided'))),
    withdraw: fromPromise<undefined>(() =>
      Promise.reject(new Error('没有配置撤回写入 / no help-request withdrawal provided')),
    ),
  },
  delays: {
    ackTimeout: ({ context }) => context.ackTimeoutMs,
  },
  guards: {
    canSend: ({ context }) => context.canSend,
  },
  actions: {
    takeResponder: assign({
      responder: ({ event }) => (event.type === 'TAKEN' ? event.responder : null),
    }),
  },
}).createMachine({
  id: 'callStaff',
  context: ({ input }) => ({
    canSend: input.canSend,
    ackTimeoutMs: input.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS,
    responder: null,
    reason: null,
  }),
  initial: 'sending',
  states: {
    sending: {
      invoke: {
        src: 'open',
        onDone: [
          { guard: 'canSend', target: 'awaiting' },
          { target: 'notSent', actions: assign({ reason: 'offline' }) },
        ],
        onError: { target: 'failed', actions: assign({ reason: 'writeFailed' }) },
      },
    },
    awaiting: {
      on: {
        DELIVERY: [
          { guard: ({ event }) => event.delivery === 'delivered', target: 'delivered' },
          {
            guard: ({ event }) => event.delivery === 'refused',
            target: 'notSent',
            actions: assign({ reason: 'refused' }),
          },
        ],
        TAKEN: { target: 'coming', actions: 'takeResponder' },
        CANCEL: 'withdrawing',
      },
      after: { ackTimeout: { target: 'notSent', actions: assign({ reason: 'offline' }) } },
    },
    delivered: {
      on: {
        TAKEN: { target: 'coming', actions: 'takeResponder' },
        CANCEL: 'withdrawing',
      },
    },
    coming: {
      on: { CLOSE: 'closed' },
    },
    notSent: {
      // Withdrawn at once: if the request reaches the server later, the windows see it already withdrawn.
      invoke: { src: 'withdraw', onError: 'failed' },
      on: { CLOSE: 'closed' },
    },
    /** Not even the local write went through: there is nothing to withdraw. */
    failed: {
      on: { CLOSE: 'closed' },
    },
    withdrawing: {
      invoke: { src: 'withdraw', onDone: 'closed', onError: 'closed' },
    },
    closed: { type: 'final' },
  },
});

/** What the kiosk tells the seeker, by the machine's state. */
export type CallStaffView = 'sending' | 'awaiting' | 'delivered' | 'coming' | 'notSent' | 'closed';

export function viewOf(value: string): CallStaffView {
  if (value === 'failed') return 'notSent';
  if (value === 'withdrawing') return 'closed';
  return value as CallStaffView;
}
