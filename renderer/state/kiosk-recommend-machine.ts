// 为你推荐: the seeker taps one quick profile (no name, no phone) and sees the
// postings that fit it, best first with their reasons; another tap changes
// the profile. The ranking itself is domain/matching's; this machine only
// holds which profile is chosen, so an idle reset (which unmounts it) leaves
// no trace of what the last person looked for.
import { assign, setup } from 'xstate';
import { QUICK_PROFILES } from '../../domain/matching/profile';

export interface RecommendContext {
  /** A QUICK_PROFILES id, or null while choosing. */
  readonly quickId: string | null;
}

export type RecommendEvent = { type: 'CHOOSE'; quickId: string } | { type: 'CHANGE' };

export const kioskRecommendMachine = setup({
  types: { context: {} as RecommendContext, events: {} as RecommendEvent },
  guards: {
    known: ({ event }) => event.type === 'CHOOSE' && QUICK_PROFILES.some((q) => q.id === event.quickId),
  },
}).createMachine({
  id: 'kioskRecommend',
  context: { quickId: null },
  initial: 'choosing',
  states: {
    choosing: {
      on: {
        CHOOSE: {
          guard: 'known',
          target: 'results',
          actions: assign({ quickId: ({ event }) => event.quickId }),
        },
      },
    },
    results: {
      on: {
        CHOOSE: { guard: 'known', actions: assign({ quickId: ({ event }) => event.quickId }) },
        CHANGE: { target: 'choosing', actions: assign({ quickId: null }) },
      },
    },
  },
});
