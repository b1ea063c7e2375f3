// 台账 work area's flow (issue 11): the staff member narrows the ledger by
// date, staff, service and outcome, sees the totals, and exports what is
// shown. Loading the records and writing the file are injected actors, so
// the machine runs headless in tests and the component only renders.
//
//   loading ─records─▶ ready ─EXPORT─▶ exporting ─saved─▶ ready (lastExport)
//      │ failed          ▲ FILTER        └─failed─▶ ready (exportError; rows kept)
//      └──────▶ loadFailed ─RETRY─▶ loading
import { assign, fromPromise, setup } from 'xstate';
import {
  filterLedger,
  ledgerRow,
  ledgerTotals,
  type LedgerFilter,
  type LedgerLookups,
  type LedgerRow,
  type LedgerSource,
  type LedgerTotals,
} from '../../domain/window/ledger';

export type LedgerExportFormat = 'csv' | 'xlsx';

export interface LedgerAreaInput {
  readonly filter: LedgerFilter;
  readonly lookups: LedgerLookups;
}

export interface LedgerAreaContext {
  readonly filter: LedgerFilter;
  readonly lookups: LedgerLookups;
  readonly records: readonly LedgerSource[];
  readonly rows: readonly LedgerRow[];
  readonly totals: LedgerTotals;
  readonly lastExport: { readonly format: LedgerExportFormat; readonly rows: number } | null;
  readonly exportError: string | null;
  readonly exportFormat: LedgerExportFormat;
}

export type LedgerAreaEvent =
  | { readonly type: 'FILTER'; readonly filter: LedgerFilter }
  | { readonly type: 'EXPORT'; readonly format: LedgerExportFormat }
  | { readonly type: 'RETRY' };

const EMPTY_TOTALS: LedgerTotals = { services: 0, byOutcome: {}, byService: {}, minutes: 0 };

function shown(
  records: readonly LedgerSource[],
  filter: LedgerFilter,
  lookups: LedgerLookups,
): Pick<LedgerAreaContext, 'rows' | 'totals'> {
  const kept = filterLedger(records, filter);
  return { rows: kept.map((r) => ledgerRow(r, lookups)), totals: ledgerTotals(kept) };
}

export const windowLedgerMachine = setup({
  types: {
    input: {} as LedgerAreaInput,
    context: {} as LedgerAreaContext,
    events: {} as LedgerAreaEvent,
  },
  actors: {
    // The range is the filter's: the store reads those days, the domain filters the rest.
    loadRecords: fromPromise<readonly LedgerSource[], LedgerFilter>(() =>
      Promise.reject(new Error('没有配置台账读取 / no ledger reader provided')),
    ),
    saveExport: fromPromise<undefined, { format: LedgerExportFormat; rows: readonly LedgerRow[] }>(() =>
      Promise.reject(new Error('没有配置导出写入 / no export writer provided')),
    ),
  },
}).createMachine({
  id: 'windowLedger',
  context: ({ input }) => ({
    filter: input.filter,
    lookups: input.lookups,
    records: [],
    rows: [],
    totals: EMPTY_TOTALS,
    lastExport: null,
    exportError: null,
    exportFormat: 'csv',
  }),
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'loadRecords',
        input: ({ context }) => context.filter,
        onDone: {
          target: 'ready',
          actions: assign(({ context, event }) => ({
            records: event.output,
            ...shown(event.output, context.filter, context.lookups),
          })),
        },
        onError: 'loadFailed',
      },
    },
    loadFailed: { on: { RETRY: 'loading' } },
    ready: {
      on: {
        FILTER: [
          {
            // A new date range needs other days from the store; the rest filters what is loaded.
            guard: ({ context, event }) =>
              event.filter.from !== context.filter.from || event.filter.to !== context.filter.to,
            target: 'loading',
            actions: assign(({ event }) => ({ filter: event.filter })),
          },
          {
            actions: assign(({ context, event }) => ({
              filter: event.filter,
              ...shown(context.records, event.filter, context.lookups),
            })),
          },
        ],
        EXPORT: {
          target: 'exporting',
          actions: assign(({ event }) => ({ exportError: null, exportFormat: event.format })),
        },
      },
    },
    exporting: {
      invoke: {
        src: 'saveExport',
        input: ({ context }) => ({
          format: context.exportFormat,
          rows: context.rows,
        }),
        onDone: {
          target: 'ready',
          actions: assign(({ context }) => ({
            lastExport: { format: context.exportFormat, rows: context.rows.length },
          })),
        },
        onError: {
          target: 'ready',
          actions: assign(({ event }) => ({
            exportError: event.error instanceof Error ? event.error.message : String(event.error),
          })),
        },
      },
    },
  },
});
