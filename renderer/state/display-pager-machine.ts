// The job board pages by itself every N seconds (DESIGN §5). The machine owns
// the page number and the timer, so the board only renders the page it is
// told; when the number of pages changes (postings came or went) the page is
// kept if it still exists and otherwise starts again at the first.
import { assign, setup } from 'xstate';

export interface PagerContext {
  readonly page: number;
  readonly pageCount: number;
  readonly intervalMs: number;
}

export interface PagerInput {
  readonly intervalMs: number;
  readonly pageCount?: number;
}

export type PagerEvent = { readonly type: 'PAGES.COUNTED'; readonly pageCount: number };

export const pagerMachine = setup({
  types: {
    context: {} as PagerContext,
    events: {} as PagerEvent,
    input: {} as PagerInput,
  },
  delays: {
    pageInterval: ({ context }) => context.intervalMs,
  },
  actions: {
    nextPage: assign({
      page: ({ context }) => (context.pageCount <= 1 ? 0 : (context.page + 1) % context.pageCount),
    }),
    count: assign(({ context, event }) => {
      const pageCount = Math.max(1, event.pageCount);
      return { pageCount, page: context.page < pageCount ? context.page : 0 };
    }),
  },
}).createMachine({
  id: 'displayPager',
  context: ({ input }) => ({ page: 0, pageCount: Math.max(1, input.pageCount ?? 1), intervalMs: input.intervalMs }),
  initial: 'showing',
  states: {
    showing: {
      // Re-entering restarts the one timer, so there is never more than one pending.
      after: { pageInterval: { target: 'showing', reenter: true, actions: 'nextPage' } },
      on: { 'PAGES.COUNTED': { actions: 'count' } },
    },
  },
});
