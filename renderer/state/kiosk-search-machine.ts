// The job search's choices on the kiosk: trades, district, pay methods,
// minimum day's pay, start window, typed text and order. It lives under the
// session's generation key, so an idle reset drops every choice with the
// person who made them; the filtering itself is domain/posting/search.
import { assign, setup } from 'xstate';
import type { PayMethod } from '../../domain/posting/content';
import {
  NO_FILTERS,
  type JobFilters,
  type JobSort,
  type StartWindow,
  type Widening,
} from '../../domain/posting/search';

export type SearchEvent =
  | { type: 'TEXT'; text: string }
  | { type: 'TOGGLE_TRADE'; code: string }
  | { type: 'DISTRICT'; code: string | null }
  | { type: 'TOGGLE_METHOD'; method: PayMethod }
  | { type: 'MIN_PAY'; perDay: number | null }
  | { type: 'START'; start: StartWindow }
  | { type: 'SORT'; sort: JobSort }
  /** "No result": drop one filter the seeker picked. */
  | { type: 'WIDEN'; drop: Widening }
  | { type: 'CLEAR' };

export interface SearchContext {
  readonly filters: JobFilters;
}

const toggle = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export function widen(filters: JobFilters, drop: Widening): JobFilters {
  switch (drop) {
    case 'text':
      return { ...filters, text: '' };
    case 'start':
      return { ...filters, start: 'any' };
    case 'minDailyPay':
      return { ...filters, minDailyPay: null };
    case 'payMethods':
      return { ...filters, payMethods: [] };
    case 'district':
      return { ...filters, districtCode: null };
    case 'occupationCodes':
      return { ...filters, occupationCodes: [] };
  }
}

function next(filters: JobFilters, event: SearchEvent): JobFilters {
  switch (event.type) {
    case 'TEXT':
      return { ...filters, text: event.text };
    case 'TOGGLE_TRADE':
      return { ...filters, occupationCodes: toggle(filters.occupationCodes, event.code) };
    case 'DISTRICT':
      return { ...filters, districtCode: event.code };
    case 'TOGGLE_METHOD':
      return { ...filters, payMethods: toggle(filters.payMethods, event.method) };
    case 'MIN_PAY':
      return { ...filters, minDailyPay: event.perDay };
    case 'START':
      return { ...filters, start: event.start };
    case 'SORT':
      return { ...filters, sort: event.sort };
    case 'WIDEN':
      return widen(filters, event.drop);
    case 'CLEAR':
      return NO_FILTERS;
  }
}

export const kioskSearchMachine = setup({
  types: { context: {} as SearchContext, events: {} as SearchEvent },
}).createMachine({
  id: 'kioskSearch',
  context: { filters: NO_FILTERS },
  on: {
    '*': { actions: assign({ filters: ({ context, event }) => next(context.filters, event) }) },
  },
});
