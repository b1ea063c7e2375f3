// The sync status of a terminal, owned by one XState machine (DESIGN §2: state
// machines own flows; components render). The engine sends it events; the
// renderer reads it through the selectors below and shows a badge. No React here.
//
//   idle ──STARTED──▶ syncing ──SUCCEEDED──▶ online
//                       │  ▲                  │
//                FAILED │  └────STARTED───────┘
//                       ▼
//               offline (since …) / error      updateRequired (sticky)
//
// "Offline since" is kept in context, not tied to a state: it is set by the
// first failure after a success and cleared only by the next success, so the
// retries in between (syncing → offline → syncing …) keep the original time.
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Bilingual } from '../protocol/errors';

export interface SyncFailure {
  readonly code: string;
  readonly message: Bilingual;
}

export type SyncStatusEvent =
  | { readonly type: 'SYNC.STARTED'; readonly at: number }
  | { readonly type: 'SYNC.SUCCEEDED'; readonly at: number; readonly pending: number }
  | {
      readonly type: 'SYNC.FAILED';
      readonly at: number;
      /** `offline`: no connection; `error`: the server or this terminal is wrong. */
      readonly kind: 'offline' | 'error';
      readonly failure: SyncFailure;
    }
  | { readonly type: 'SYNC.UPDATE_REQUIRED'; readonly at: number; readonly failure: SyncFailure }
  /** Another window of this terminal holds the sync lock and runs the loop. */
  | { readonly type: 'SYNC.STANDBY' }
  | { readonly type: 'PENDING.CHANGED'; readonly count: number }
  | { readonly type: 'REJECTED.CHANGED'; readonly count: number }
  | { readonly type: 'POKE.CONNECTED' }
  | { readonly type: 'POKE.DISCONNECTED' };

export interface SyncStatusContext {
  readonly now: () => number;
  /** A cycle with no answer after this long shows as offline (the engine's own time-outs abort it). */
  readonly syncTimeoutMs: number;
  readonly lastSuccessAt: number | null;
  readonly lastAttemptAt: number | null;
  readonly offlineSince: number | null;
  readonly pendingCount: number;
  readonly rejectedCount: number;
  readonly failure: SyncFailure | null;
  readonly pokeConnected: boolean;
}

export interface SyncStatusInput {
  /** The clock for the watchdog's "offline since" (injected: tests run on fake time). */
  readonly now: () => number;
  readonly syncTimeoutMs?: number;
  readonly pendingCount?: number;
}

export const DEFAULT_SYNC_TIMEOUT_MS = 90_000;

const WATCHDOG_FAILURE: SyncFailure = {
  code: 'timeout',
  message: { zh: '同步长时间无响应', en: 'sync has had no answer for a long time' },
};

export const syncStatusMachine = setup({
  types: {
    context: {} as SyncStatusContext,
    events: {} as SyncStatusEvent,
    input: {} as SyncStatusInput,
  },
  delays: {
    syncWatchdog: ({ context }) => context.syncTimeoutMs,
  },
  actions: {
    recordAttempt: assign({
      lastAttemptAt: ({ event }) => (event.type === 'SYNC.STARTED' ? event.at : null),
    }),
    recordSuccess: assign(({ event, context }) =>
      event.type === 'SYNC.SUCCEEDED'
        ? { lastSuccessAt: event.at, offlineSince: null, failure: null, pendingCount: event.pending }
        : context,
    ),
    recordFailure: assign(({ event, context }) => {
      if (event.type !== 'SYNC.FAILED' && event.type !== 'SYNC.UPDATE_REQUIRED') return context;
      return { failure: event.failure, offlineSince: context.offlineSince ?? event.at };
    }),
    recordWatchdog: assign(({ context }) => ({
      failure: WATCHDOG_FAILURE,
      offlineSince: context.offlineSince ?? context.now(),
    })),
    setPending: assign({
      pendingCount: ({ event, context }) =>
        event.type === 'PENDING.CHANGED' ? Math.max(0, event.count) : context.pendingCount,
    }),
    setRejected: assign({
      rejectedCount: ({ event, context }) =>
        event.type === 'REJECTED.CHANGED' ? Math.max(0, event.count) : context.rejectedCount,
    }),
    pokeUp: assign({ pokeConnected: true }),
    pokeDown: assign({ pokeConnected: false }),
  },
  guards: {
    isOfflineFailure: ({ event }) => event.type === 'SYNC.FAILED' && event.kind === 'offline',
  },
}).createMachine({
  id: 'syncStatus',
  context: ({ input }) => ({
    now: input.now,
    syncTimeoutMs: input.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS,
    lastSuccessAt: null,
    lastAttemptAt: null,
    offlineSince: null,
    pendingCount: input.pendingCount ?? 0,
    rejectedCount: 0,
    failure: null,
    pokeConnected: false,
  }),
  initial: 'idle',
  // Counts and the poke flag change in every state, including updateRequired.
  on: {
    'PENDING.CHANGED': { actions: 'setPending' },
    'REJECTED.CHANGED': { actions: 'setRejected' },
    'POKE.CONNECTED': { actions: 'pokeUp' },
    'POKE.DISCONNECTED': { actions: 'pokeDown' },
  },
  states: {
    idle: {
      on: {
        'SYNC.STARTED': { target: 'syncing', actions: 'recordAttempt' },
        'SYNC.STANDBY': { target: 'standby' },
      },
    },
    standby: {
      on: {
        'SYNC.STARTED': { target: 'syncing', actions: 'recordAttempt' },
      },
    },
    syncing: {
      after: {
        syncWatchdog: { target: 'offline', actions: 'recordWatchdog' },
      },
      on: {
        'SYNC.SUCCEEDED': { target: 'online', actions: 'recordSuccess' },
        'SYNC.FAILED': [
          { guard: 'isOfflineFailure', target: 'offline', actions: 'recordFailure' },
          { target: 'error', actions: 'recordFailure' },
        ],
        'SYNC.UPDATE_REQUIRED': { target: 'updateRequired', actions: 'recordFailure' },
        'SYNC.STANDBY': { target: 'standby' },
      },
    },
    online: {
      on: {
        'SYNC.STARTED': { target: 'syncing', actions: 'recordAttempt' },
        'SYNC.STANDBY': { target: 'standby' },
      },
    },
    offline: {
      on: {
        'SYNC.STARTED': { target: 'syncing', actions: 'recordAttempt' },
        // A late answer to the cycle the watchdog gave up on still counts.
        'SYNC.SUCCEEDED': { target: 'online', actions: 'recordSuccess' },
        'SYNC.FAILED': [
          { guard: 'isOfflineFailure', target: 'offline', actions: 'recordFailure' },
          { target: 'error', actions: 'recordFailure' },
        ],
        'SYNC.UPDATE_REQUIRED': { target: 'updateRequired', actions: 'recordFailure' },
        'SYNC.STANDBY': { target: 'standby' },
      },
    },
    error: {
      on: {
        'SYNC.STARTED': { target: 'syncing', actions: 'recordAttempt' },
        'SYNC.STANDBY': { target: 'standby' },
      },
    },
    // Sticky: only a new build (a new actor) leaves it.
    updateRequired: {},
  },
});

export type SyncStatusSnapshot = SnapshotFrom<typeof syncStatusMachine>;

export type SyncStatusKind = 'idle' | 'standby' | 'syncing' | 'online' | 'offline' | 'error' | 'update-required';

/** What a badge needs, in plain data. */
export interface SyncStatusView {
  readonly kind: SyncStatusKind;
  readonly lastSuccessAt: number | null;
  /** Set while offline or in error: when the last success ended. */
  readonly offlineSince: number | null;
  readonly pendingCount: number;
  readonly rejectedCount: number;
  readonly failure: SyncFailure | null;
  readonly pokeConnected: boolean;
}

const KIND_OF_STATE: Readonly<Record<string, SyncStatusKind>> = {
  idle: 'idle',
  standby: 'standby',
  syncing: 'syncing',
  online: 'online',
  offline: 'offline',
  error: 'error',
  updateRequired: 'update-required',
};

export function selectSyncKind(snapshot: SyncStatusSnapshot): SyncStatusKind {
  return typeof snapshot.value === 'string' ? (KIND_OF_STATE[snapshot.value] ?? 'idle') : 'idle';
}

export function selectSyncStatus(snapshot: SyncStatusSnapshot): SyncStatusView {
  const c = snapshot.context;
  return {
    kind: selectSyncKind(snapshot),
    lastSuccessAt: c.lastSuccessAt,
    offlineSince: c.offlineSince,
    pendingCount: c.pendingCount,
    rejectedCount: c.rejectedCount,
    failure: c.failure,
    pokeConnected: c.pokeConnected,
  };
}

export const selectPendingCount = (snapshot: SyncStatusSnapshot): number => snapshot.context.pendingCount;
export const selectRejectedCount = (snapshot: SyncStatusSnapshot): number => snapshot.context.rejectedCount;
export const selectLastSuccessAt = (snapshot: SyncStatusSnapshot): number | null => snapshot.context.lastSuccessAt;
export const selectOfflineSince = (snapshot: SyncStatusSnapshot): number | null => snapshot.context.offlineSince;
