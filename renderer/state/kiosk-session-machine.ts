// One kiosk session (DESIGN §5): which screen the kiosk shows, the "call
// staff" request, and the idle reset. After `idleMs` without input a countdown
// with a visible "继续 / continue" appears; when it runs out the kiosk goes back
// to the home screen and `generation` goes up, which the screens use as a key
// so every piece of flow state of the last person is thrown away with them.
import { assign, setup } from 'xstate';

export type KioskScreen = 'home' | 'ticket' | 'jobs';

export const DEFAULT_IDLE_MS = 90_000;
export const DEFAULT_COUNTDOWN_SECONDS = 20;

export interface SessionInput {
  readonly idleMs?: number;
  readonly countdownSeconds?: number;
}

export interface SessionContext {
  readonly idleMs: number;
  readonly countdownSeconds: number;
  readonly screen: KioskScreen;
  /** Seconds left on the countdown overlay. */
  readonly remaining: number;
  readonly staffCalled: boolean;
  /** Goes up on every reset; screens keyed by it start from nothing. */
  readonly generation: number;
}

export type SessionEvent =
  /** Any touch, click or key: the person is still there. */
  | { type: 'ACTIVITY' }
  | { type: 'CONTINUE' }
  | { type: 'OPEN'; screen: KioskScreen }
  | { type: 'HOME' }
  | { type: 'CALL_STAFF' }
  | { type: 'DISMISS_STAFF' };

const wipe = assign<SessionContext, SessionEvent, undefined, SessionEvent, never>({
  screen: 'home',
  staffCalled: false,
  remaining: 0,
  generation: ({ context }) => context.generation + 1,
});

export const kioskSessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- XState reads the input type from this value's type
    input: {} as SessionInput,
  },
  delays: {
    idle: ({ context }) => context.idleMs,
  },
}).createMachine({
  id: 'kioskSession',
  context: ({ input }) => ({
    idleMs: input.idleMs ?? DEFAULT_IDLE_MS,
    countdownSeconds: input.countdownSeconds ?? DEFAULT_COUNTDOWN_SECONDS,
    screen: 'home',
    remaining: 0,
    staffCalled: false,
    generation: 0,
  }),
  on: {
    OPEN: { target: '.active', reenter: true, actions: assign({ screen: ({ event }) => event.screen }) },
    HOME: { target: '.active', reenter: true, actions: assign({ screen: 'home' }) },
    CALL_STAFF: { target: '.active', reenter: true, actions: assign({ staffCalled: true }) },
    DISMISS_STAFF: { target: '.active', reenter: true, actions: assign({ staffCalled: false }) },
  },
  initial: 'active',
  states: {
    active: {
      // Re-entering restarts the idle timer.
      on: { ACTIVITY: { target: 'active', reenter: true } },
      after: {
        idle: [
          // The home screen shows nothing personal: no countdown there, just a quiet reset.
          {
            guard: ({ context }) => context.screen === 'home' && !context.staffCalled,
            target: 'active',
            reenter: true,
            actions: wipe,
          },
          { target: 'warning', actions: assign({ remaining: ({ context }) => context.countdownSeconds }) },
        ],
      },
    },
    warning: {
      // A touch anywhere but the button does not count: the overlay asks for "继续" on purpose.
      on: { CONTINUE: { target: 'active', actions: assign({ remaining: 0 }) } },
      after: {
        1000: [
          {
            guard: ({ context }) => context.remaining > 1,
            target: 'warning',
            reenter: true,
            actions: assign({ remaining: ({ context }) => context.remaining - 1 }),
          },
          { target: 'active', actions: wipe },
        ],
      },
    },
  },
});
