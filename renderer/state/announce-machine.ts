// The lobby's announcement queue (DESIGN §4: announcements queue and never cut
// each other off). The display hands the machine every call of the day each
// time its store changes; the machine works out which calls are new, queues
// them, and speaks one at a time through the injected `speak` actor.
//
//   idle ──(something pending)──▶ speaking ──(done | failed | timed out)──▶ idle
//
// Each call event is announced once: its id goes into `announced`. A recall is
// a new event with its own id, so it is announced again — which is how a
// window repeats an announcement on demand. Memory stays flat over a day and
// across days: `announced` keeps only ids still among the calls it is shown
// (today's), and the pending queue is capped.
import { assign, fromPromise, setup } from 'xstate';

/** One call or recall of a ticket to a window, as the display announces it. */
export interface CallToAnnounce {
  /** The ticket event's id (a recall has its own). */
  readonly id: string;
  readonly display: string;
  readonly windowNumber: number;
  /** Wall-clock millis of the event (its HLC stamp). */
  readonly atMillis: number;
}

export interface AnnounceContext {
  readonly now: () => number;
  readonly day: string | null;
  readonly announced: ReadonlySet<string>;
  readonly pending: readonly CallToAnnounce[];
  readonly current: CallToAnnounce | null;
  readonly maxPending: number;
  readonly maxAgeMs: number;
  readonly speakTimeoutMs: number;
  readonly spokenCount: number;
  readonly failedCount: number;
  readonly lastFailure: string | null;
}

export interface AnnounceInput {
  /** The clock that decides whether a call is too old to read out (injected for tests). */
  readonly now: () => number;
  /** Calls waiting beyond this many are dropped oldest first (they stay on screen). */
  readonly maxPending?: number;
  /**
   * A call older than this when first seen is marked announced without a
   * word: a display that restarts, or catches up after being offline, must not
   * read out the whole morning.
   */
  readonly maxAgeMs?: number;
  /** A stuck audio device must not wedge the queue: give up on one announcement after this. */
  readonly speakTimeoutMs?: number;
}

export type AnnounceEvent = {
  readonly type: 'CALLS.SEEN';
  /** The market's local day the calls belong to. */
  readonly day: string;
  /** Every call of the day, oldest first. */
  readonly calls: readonly CallToAnnounce[];
};

export const DEFAULT_MAX_PENDING = 12;
// The server accepts clocks up to 5 minutes apart (MAX_DRIFT_MS); a call younger than that is still news.
export const DEFAULT_MAX_AGE_MS = 5 * 60_000;
export const DEFAULT_SPEAK_TIMEOUT_MS = 20_000;

function failureText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const announceMachine = setup({
  types: {
    context: {} as AnnounceContext,
    events: {} as AnnounceEvent,
    input: {} as AnnounceInput,
  },
  actors: {
    // Replaced by the display with the real voice (renderer/audio/speaker) and by tests with a fake.
    speak: fromPromise(({ input }: { input: CallToAnnounce | null }): Promise<undefined> =>
      Promise.reject(new Error(`没有配置播报语音 / no announcement voice provided (${input?.display ?? ''})`)),
    ),
  },
  delays: {
    speakTimeout: ({ context }) => context.speakTimeoutMs,
  },
  guards: {
    hasPending: ({ context }) => context.pending.length > 0,
  },
  actions: {
    takeIn: assign(({ context, event }) => {
      const sameDay = context.day === event.day;
      const known = sameDay ? context.announced : new Set<string>();
      const oldest = context.now() - context.maxAgeMs;
      // Only ids of calls still shown are kept, so the set never outgrows one day's calls.
      const announced = new Set<string>();
      const fresh: CallToAnnounce[] = [];
      for (const call of event.calls) {
        announced.add(call.id);
        if (!known.has(call.id) && call.atMillis >= oldest) fresh.push(call);
      }
      const pending = [...(sameDay ? context.pending : []), ...fresh];
      return {
        day: event.day,
        announced,
        pending: pending.slice(Math.max(0, pending.length - context.maxPending)),
      };
    }),
    takeNext: assign(({ context }) => ({
      current: context.pending[0] ?? null,
      pending: context.pending.slice(1),
    })),
    recordSpoken: assign(({ context }) => ({ spokenCount: context.spokenCount + 1 })),
    recordFailure: assign(({ context }, params: { error: unknown }) => ({
      failedCount: context.failedCount + 1,
      lastFailure: failureText(params.error),
    })),
    clearCurrent: assign({ current: null }),
  },
}).createMachine({
  id: 'announce',
  context: ({ input }) => ({
    now: input.now,
    day: null,
    announced: new Set<string>(),
    pending: [],
    current: null,
    maxPending: input.maxPending ?? DEFAULT_MAX_PENDING,
    maxAgeMs: input.maxAgeMs ?? DEFAULT_MAX_AGE_MS,
    speakTimeoutMs: input.speakTimeoutMs ?? DEFAULT_SPEAK_TIMEOUT_MS,
    spokenCount: 0,
    failedCount: 0,
    lastFailure: null,
  }),
  // New calls are queued in every state: one arriving mid-sentence waits its turn.
  on: {
    'CALLS.SEEN': { actions: 'takeIn' },
  },
  initial: 'idle',
  states: {
    idle: {
      always: { guard: 'hasPending', target: 'speaking' },
    },
    speaking: {
      entry: 'takeNext',
      exit: 'clearCurrent',
      invoke: {
        src: 'speak',
        input: ({ context }) => context.current,
        onDone: { target: 'idle', actions: 'recordSpoken' },
        onError: {
          target: 'idle',
          actions: { type: 'recordFailure', params: ({ event }) => ({ error: event.error }) },
        },
      },
      after: {
        speakTimeout: {
          target: 'idle',
          actions: {
            type: 'recordFailure',
            params: { error: new Error('播报超时 / the announcement timed out') },
          },
        },
      },
    },
  },
});

export const selectCurrentAnnouncement = (snapshot: { context: AnnounceContext }): CallToAnnounce | null =>
  snapshot.context.current;
