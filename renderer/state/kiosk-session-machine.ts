// One kiosk session (DESIGN §5): which screen the kiosk shows (attract, home,
// job search, a posting, the ticket flow, a part-2 "coming" page), the way
// back, elder mode, the "call staff" request, and the idle reset. After
// `idleMs` without input a countdown with a visible "继续 / continue" appears;
// when it runs out the kiosk goes back to the attract screen and `generation`
// goes up, which the screens use as a key so every piece of flow state of the
// last person (search text, filters, chosen posting, ticket) is thrown away.
import { assign, setup } from 'xstate';

/** The home tiles that part 2 (registration, recommendations, information, survey) fills in. */
export const COMING_TILES = [
  'register',
  'recommend',
  'policy',
  'training',
  'startup',
  'rights',
  'directory',
  'rating',
] as const;
export type ComingTile = (typeof COMING_TILES)[number];

export type KioskScreen = 'attract' | 'home' | 'ticket' | 'jobs' | 'posting' | 'coming';

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
  /** Screens to go back to, most recent last; the home screen is the floor. */
  readonly history: readonly KioskScreen[];
  /** The posting shown on the detail screen and carried into 我要报名. */
  readonly postingId: string | null;
  readonly coming: ComingTile | null;
  /** 长辈模式: bigger targets and text, slower voice, fewer items per screen. */
  readonly elder: boolean;
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
  /** The attract screen was tapped. */
  | { type: 'START' }
  | { type: 'OPEN'; screen: 'home' | 'ticket' | 'jobs' }
  | { type: 'OPEN_POSTING'; postingId: string }
  | { type: 'OPEN_COMING'; tile: ComingTile }
  /** 我要报名: the ticket flow for the posting on screen. */
  | { type: 'APPLY' }
  /** 我要报名 from a list (为你推荐): the ticket flow for that posting, back to the list after. */
  | { type: 'APPLY_FOR'; postingId: string }
  | { type: 'BACK' }
  | { type: 'HOME' }
  | { type: 'SET_ELDER'; elder: boolean }
  | { type: 'CALL_STAFF' }
  | { type: 'DISMISS_STAFF' };

const wipe = assign<SessionContext, SessionEvent, undefined, SessionEvent, never>({
  screen: 'attract',
  history: [],
  postingId: null,
  coming: null,
  elder: false,
  staffCalled: false,
  remaining: 0,
  generation: ({ context }) => context.generation + 1,
});

/** Moves to `screen`, remembering where the person came from; going home clears the way back. */
export function navigate(context: SessionContext, screen: KioskScreen): Pick<SessionContext, 'screen' | 'history'> {
  const history =
    screen === 'home' || context.screen === 'attract'
      ? []
      : context.screen === screen
        ? context.history
        : [...context.history, context.screen];
  return { screen, history };
}

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
    screen: 'attract',
    history: [],
    postingId: null,
    coming: null,
    elder: false,
    remaining: 0,
    staffCalled: false,
    generation: 0,
  }),
  on: {
    START: { target: '.active', reenter: true, actions: assign(({ context }) => navigate(context, 'home')) },
    OPEN: {
      target: '.active',
      reenter: true,
      actions: assign(({ context, event }) => navigate(context, event.screen)),
    },
    OPEN_POSTING: {
      target: '.active',
      reenter: true,
      actions: assign(({ context, event }) => ({ ...navigate(context, 'posting'), postingId: event.postingId })),
    },
    OPEN_COMING: {
      target: '.active',
      reenter: true,
      actions: assign(({ context, event }) => ({ ...navigate(context, 'coming'), coming: event.tile })),
    },
    APPLY: {
      guard: ({ context }) => context.postingId !== null,
      target: '.active',
      reenter: true,
      actions: assign(({ context }) => navigate(context, 'ticket')),
    },
    APPLY_FOR: {
      target: '.active',
      reenter: true,
      actions: assign(({ context, event }) => ({ ...navigate(context, 'ticket'), postingId: event.postingId })),
    },
    BACK: {
      target: '.active',
      reenter: true,
      actions: assign(({ context }) => {
        const previous = context.history[context.history.length - 1] ?? 'home';
        return {
          screen: previous,
          history: context.history.slice(0, -1),
          // Leaving the job flow for home forgets the chosen posting.
          postingId: previous === 'home' ? null : context.postingId,
        };
      }),
    },
    HOME: {
      target: '.active',
      reenter: true,
      actions: assign({ screen: 'home', history: [], postingId: null, coming: null }),
    },
    SET_ELDER: { target: '.active', reenter: true, actions: assign({ elder: ({ event }) => event.elder }) },
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
          // The attract and home screens show nothing personal: no countdown there, just a quiet reset.
          {
            guard: ({ context }) => (context.screen === 'home' || context.screen === 'attract') && !context.staffCalled,
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
