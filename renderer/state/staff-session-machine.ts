// Who is at the window (issue 4 "Caller"): PIN login checked locally against
// the synced hash (so it works offline), a lockout after repeated wrong PINs,
// and an automatic lock after a spell of inactivity. The call flow keeps its
// ticket while the window is locked; only the person changes.
//
//   loggedOut ──LOGIN──▶ verifying ──right──▶ loggedIn ──idle / LOCK──▶ loggedOut
//        ▲                   │wrong / damaged                 ▲ ACTIVITY (restarts the idle timer)
//        └───────────────────┘                                └──┘
import { assign, fromPromise, setup, type SnapshotFrom } from 'xstate';
import {
  attemptsLeft,
  DEFAULT_LOCKOUT_POLICY,
  lockRemainingMs,
  NO_FAILURES,
  recordFailure,
  type LockoutPolicy,
  type LockoutState,
} from '../../domain/staff/lockout';
import { verifyPin } from '../../domain/staff/pin';

export const DEFAULT_IDLE_LOCK_MS = 5 * 60_000;

export interface StaffIdentity {
  readonly id: string;
  readonly name: string;
  readonly staffNo: string;
}

export interface StaffCandidate extends StaffIdentity {
  readonly pinHash: string | null;
}

export type LoginNotice =
  | { readonly kind: 'wrongPin'; readonly attemptsLeft: number }
  | { readonly kind: 'locked'; readonly until: number }
  | { readonly kind: 'noPin' }
  | { readonly kind: 'damagedPin' }
  | { readonly kind: 'autoLocked' };

export type Lockouts = Readonly<Record<string, LockoutState>>;

export interface StaffSessionInput {
  readonly now: () => number;
  readonly idleMs?: number;
  readonly policy?: LockoutPolicy;
  /** Lockouts kept from before a reload (see staff-lockout-store). */
  readonly lockouts?: Lockouts;
  /** Called whenever the lockouts change, so they survive a reload. */
  readonly saveLockouts?: (lockouts: Lockouts) => void;
}

export interface StaffSessionContext {
  readonly now: () => number;
  readonly idleMs: number;
  readonly policy: LockoutPolicy;
  readonly lockouts: Lockouts;
  readonly saveLockouts: (lockouts: Lockouts) => void;
  readonly staff: StaffIdentity | null;
  /** Who last logged in: the auto-lock screen offers them first. */
  readonly lastStaffId: string | null;
  readonly attempt: { readonly staff: StaffIdentity; readonly pin: string; readonly pinHash: string } | null;
  readonly notice: LoginNotice | null;
}

export type StaffSessionEvent =
  | { readonly type: 'LOGIN'; readonly staff: StaffCandidate; readonly pin: string }
  | { readonly type: 'ACTIVITY' }
  | { readonly type: 'LOCK' }
  | { readonly type: 'DISMISS' };

const identity = (s: StaffCandidate): StaffIdentity => ({ id: s.id, name: s.name, staffNo: s.staffNo });

function lockoutOf(context: StaffSessionContext, staffId: string): LockoutState {
  return context.lockouts[staffId] ?? NO_FAILURES;
}

export const staffSessionMachine = setup({
  types: {
    context: {} as StaffSessionContext,
    events: {} as StaffSessionEvent,
    input: {} as StaffSessionInput,
  },
  actors: {
    verify: fromPromise<boolean, { pin: string; pinHash: string }>(({ input }) => verifyPin(input.pin, input.pinHash)),
  },
  delays: {
    idle: ({ context }) => context.idleMs,
  },
  guards: {
    hasNoPin: ({ event }) => event.type === 'LOGIN' && event.staff.pinHash === null,
    isLockedOut: ({ context, event }) =>
      event.type === 'LOGIN' && lockRemainingMs(lockoutOf(context, event.staff.id), context.now()) > 0,
    pinMatched: (_, matched: boolean) => matched,
  },
  actions: {
    persist: ({ context }) => {
      context.saveLockouts(context.lockouts);
    },
  },
}).createMachine({
  id: 'staffSession',
  context: ({ input }) => ({
    now: input.now,
    idleMs: input.idleMs ?? DEFAULT_IDLE_LOCK_MS,
    policy: input.policy ?? DEFAULT_LOCKOUT_POLICY,
    lockouts: input.lockouts ?? {},
    saveLockouts:
      input.saveLockouts ??
      (() => {
        // Nothing to keep: tests and screens without storage.
      }),
    staff: null,
    lastStaffId: null,
    attempt: null,
    notice: null,
  }),
  initial: 'loggedOut',
  states: {
    loggedOut: {
      on: {
        LOGIN: [
          { guard: 'hasNoPin', actions: assign({ notice: { kind: 'noPin' } }) },
          {
            guard: 'isLockedOut',
            actions: assign({
              notice: ({ context, event }) => ({
                kind: 'locked',
                until: lockoutOf(context, event.staff.id).lockedUntil ?? context.now(),
              }),
            }),
          },
          {
            target: 'verifying',
            actions: assign({
              attempt: ({ event }) => ({
                staff: identity(event.staff),
                pin: event.pin,
                pinHash: event.staff.pinHash ?? '',
              }),
              notice: null,
            }),
          },
        ],
        DISMISS: { actions: assign({ notice: null }) },
      },
    },
    verifying: {
      invoke: {
        src: 'verify',
        input: ({ context }) => ({ pin: context.attempt?.pin ?? '', pinHash: context.attempt?.pinHash ?? '' }),
        onDone: [
          {
            guard: { type: 'pinMatched', params: ({ event }) => event.output },
            target: 'loggedIn',
            actions: [
              assign(({ context }) => {
                const staff = context.attempt?.staff ?? null;
                const lockouts = Object.fromEntries(
                  Object.entries(context.lockouts).filter(([id]) => id !== staff?.id),
                );
                return { staff, lastStaffId: staff?.id ?? null, attempt: null, notice: null, lockouts };
              }),
              'persist',
            ],
          },
          {
            target: 'loggedOut',
            actions: [
              assign(({ context }) => {
                const staffId = context.attempt?.staff.id ?? '';
                const next = recordFailure(lockoutOf(context, staffId), context.now(), context.policy);
                const notice: LoginNotice =
                  next.lockedUntil !== null
                    ? { kind: 'locked', until: next.lockedUntil }
                    : { kind: 'wrongPin', attemptsLeft: attemptsLeft(next, context.policy) };
                return { attempt: null, notice, lockouts: { ...context.lockouts, [staffId]: next } };
              }),
              'persist',
            ],
          },
        ],
        // Not a wrong PIN: the stored hash cannot be read, so it does not count against the person.
        onError: { target: 'loggedOut', actions: assign({ attempt: null, notice: { kind: 'damagedPin' } }) },
      },
    },
    loggedIn: {
      after: {
        idle: {
          target: 'loggedOut',
          actions: assign({ staff: null, notice: { kind: 'autoLocked' } }),
        },
      },
      on: {
        ACTIVITY: { target: 'loggedIn', reenter: true },
        LOCK: { target: 'loggedOut', actions: assign({ staff: null, notice: null }) },
      },
    },
  },
});

export type StaffSessionSnapshot = SnapshotFrom<typeof staffSessionMachine>;
