// Getting a terminal's store back when it is full or damaged, from the screen
// and without a shell (issue 14):
//
//   idle ─RECOVER─▶ reading ─▶ confirming ─CONFIRM─▶ parking ─▶ clearing ─▶ restarting
//                     │            └─CANCEL─▶ idle      │           │
//                     └─▶ unreadable                    └─▶ notParked └─▶ clearFailed
//
// Reading takes the outbox, refusals and device state out of the store;
// parking keeps that copy in localStorage and hands staff the same as a file;
// only then is the store deleted, and the restart (a reload) puts the parked
// copy back before syncing again, so nothing waiting to be pushed is lost
// whatever step fails. Every step is an injected actor, so the machine runs
// headless in tests.
import { assign, fromPromise, setup } from 'xstate';
import type { StoreExport } from '../db/store-export';

export interface StorageRecoveryContext {
  readonly exported: StoreExport | null;
  /** Why the last step failed, for the operator's console and the screen's detail line. */
  readonly detail: string | null;
}

export type StorageRecoveryEvent =
  | { readonly type: 'RECOVER' }
  | { readonly type: 'CONFIRM' }
  | { readonly type: 'CANCEL' }
  | { readonly type: 'RETRY' };

const notProvided = (what: string) =>
  fromPromise<undefined, { exported: StoreExport }>(() =>
    Promise.reject(new Error(`没有配置${what} / no ${what} step provided`)),
  );

const detailOf = ({ event }: { event: { error?: unknown } }) =>
  event.error instanceof Error ? event.error.message : String(event.error);

export const storageRecoveryMachine = setup({
  types: {
    context: {} as StorageRecoveryContext,
    events: {} as StorageRecoveryEvent,
  },
  actors: {
    read: fromPromise<StoreExport>(() => Promise.reject(new Error('没有配置读取 / no read step provided'))),
    /** Keep the copy where the next start finds it, and offer it as a file. */
    park: notProvided('暂存'),
    /** Stop syncing, close the store and delete it. */
    clear: notProvided('清除'),
    restart: notProvided('重启'),
  },
}).createMachine({
  id: 'storageRecovery',
  context: { exported: null, detail: null },
  initial: 'idle',
  states: {
    idle: { on: { RECOVER: 'reading' } },
    reading: {
      entry: assign({ detail: null }),
      invoke: {
        src: 'read',
        onDone: { target: 'confirming', actions: assign({ exported: ({ event }) => event.output }) },
        onError: { target: 'unreadable', actions: assign({ detail: detailOf }) },
      },
    },
    confirming: { on: { CONFIRM: 'parking', CANCEL: 'idle' } },
    parking: {
      invoke: {
        src: 'park',
        input: ({ context }) => ({ exported: exported(context) }),
        onDone: 'clearing',
        onError: { target: 'notParked', actions: assign({ detail: detailOf }) },
      },
    },
    clearing: {
      invoke: {
        src: 'clear',
        input: ({ context }) => ({ exported: exported(context) }),
        onDone: 'restarting',
        onError: { target: 'clearFailed', actions: assign({ detail: detailOf }) },
      },
    },
    restarting: {
      invoke: {
        src: 'restart',
        input: ({ context }) => ({ exported: exported(context) }),
        onError: { target: 'clearFailed', actions: assign({ detail: detailOf }) },
      },
    },
    /** Nothing could be read, so nothing was cleared. */
    unreadable: { on: { RETRY: 'reading', CANCEL: 'idle' } },
    /** The copy could not be kept, so nothing was cleared. */
    notParked: { on: { RETRY: 'parking', CANCEL: 'idle' } },
    /** The copy is parked; the store may be half-cleared; trying again is safe. */
    clearFailed: { on: { RETRY: 'clearing' } },
  },
});

function exported(context: StorageRecoveryContext): StoreExport {
  if (context.exported === null) throw new Error('恢复步骤缺少导出数据 / a recovery step ran without an export');
  return context.exported;
}

export type StorageRecoveryState =
  | 'idle'
  | 'reading'
  | 'confirming'
  | 'parking'
  | 'clearing'
  | 'restarting'
  | 'unreadable'
  | 'notParked'
  | 'clearFailed';
