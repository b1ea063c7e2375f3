// 审核 work area's flow (issue 11): the reviewer walks the queue with the
// arrow keys, and approves, rejects with reasons, publishes a warned posting
// with a written justification, or unpublishes a published one. The queue
// comes in from the store (ITEMS, on every change, a pull included); the
// writes are injected actors, so the machine runs headless in tests.
//
//   browsing ─APPROVE─▶ submitting ─done─▶ browsing (done)
//      │   └─APPROVE (warned)─▶ justifying ─CONFIRM─▶ submitting
//      ├─REJECT─▶ rejecting ─CONFIRM─▶ submitting      └─failed─▶ browsing (problem)
//      ├─UNPUBLISH─▶ unpublishing ─CONFIRM─▶ submitting
//      └─EXPIRE─▶ expiring ─done─▶ browsing (expired n)
import { assign, fromPromise, setup } from 'xstate';
import type { Problem } from '../../domain/ids/problem';
import type { Posting } from '../../domain/records/posting';
import {
  MIN_JUSTIFICATION,
  reviewProblem,
  type RejectReason,
  type ReviewContext,
  type ReviewDecision,
} from '../../domain/window/review';

export type ReviewTab = 'pending' | 'published';

export type ReviewOutcome =
  | { readonly kind: 'published' | 'rejected' | 'unpublished'; readonly title: string }
  | { readonly kind: 'expired'; readonly count: number };

export interface ReviewAreaInput {
  /** Everything of the four-eyes rule but the queue: who reviews, the setting, the market's staff. */
  readonly review: ReviewContext;
}

export interface ReviewAreaContext {
  readonly review: ReviewContext;
  readonly tab: ReviewTab;
  readonly pending: readonly Posting[];
  readonly published: readonly Posting[];
  readonly selectedId: string | null;
  readonly reasons: readonly RejectReason[];
  readonly text: string;
  readonly problem: Problem | null;
  readonly outcome: ReviewOutcome | null;
  /** The write the submitting state runs. */
  readonly job: ReviewJob | null;
}

export type ReviewJob =
  | { readonly kind: 'decide'; readonly postingId: string; readonly title: string; readonly decision: ReviewDecision }
  | { readonly kind: 'unpublish'; readonly postingId: string; readonly title: string; readonly reason: string };

export type ReviewAreaEvent =
  | { readonly type: 'ITEMS'; readonly pending: readonly Posting[]; readonly published: readonly Posting[] }
  | { readonly type: 'STAFF'; readonly staff: ReviewContext['staff'] }
  | { readonly type: 'TAB'; readonly tab: ReviewTab }
  | { readonly type: 'MOVE'; readonly delta: number }
  | { readonly type: 'SELECT'; readonly id: string }
  | { readonly type: 'APPROVE' }
  | { readonly type: 'REJECT' }
  | { readonly type: 'UNPUBLISH' }
  | { readonly type: 'EXPIRE' }
  | { readonly type: 'TOGGLE_REASON'; readonly reason: RejectReason }
  | { readonly type: 'TEXT'; readonly text: string }
  | { readonly type: 'CONFIRM' }
  | { readonly type: 'CANCEL' };

function listOf(ctx: Pick<ReviewAreaContext, 'tab' | 'pending' | 'published'>): readonly Posting[] {
  return ctx.tab === 'pending' ? ctx.pending : ctx.published;
}

export function selectedPosting(ctx: ReviewAreaContext): Posting | null {
  return listOf(ctx).find((p) => p.id === ctx.selectedId) ?? null;
}

/** Keep the selection where the reviewer was: the same posting, or the one that took its place. */
function reselect(previous: readonly Posting[], next: readonly Posting[], selectedId: string | null): string | null {
  if (next.length === 0) return null;
  if (selectedId !== null && next.some((p) => p.id === selectedId)) return selectedId;
  const at =
    selectedId === null
      ? 0
      : Math.max(
          0,
          previous.findIndex((p) => p.id === selectedId),
        );
  return next[Math.min(at, next.length - 1)]?.id ?? null;
}

const NEED_REASON: Problem = { zh: '下架须写明原因', en: 'unpublishing needs a reason' };
const NOTHING_SELECTED: Problem = { zh: '请先在列表中选择一个岗位', en: 'choose a posting in the list first' };

function errorProblem(error: unknown): Problem {
  if (typeof error === 'object' && error !== null && 'problem' in error) {
    const p = error.problem;
    if (typeof p === 'object' && p !== null && 'zh' in p && 'en' in p) return p as Problem;
  }
  const message = error instanceof Error ? error.message : String(error);
  return { zh: `保存失败：${message}`, en: `could not save: ${message}` };
}

function decisionProblem(ctx: ReviewAreaContext, decision: ReviewDecision): Problem | null {
  const p = selectedPosting(ctx);
  return p === null ? NOTHING_SELECTED : reviewProblem(p, decision, ctx.review);
}

/** Whether approving could succeed at all: a warned posting is probed with a long-enough justification. */
function approveProblem(ctx: ReviewAreaContext): Problem | null {
  const warned = selectedPosting(ctx)?.screening.verdict === 'warn';
  return decisionProblem(
    ctx,
    warned ? { kind: 'publish_warned', justification: 'x'.repeat(MIN_JUSTIFICATION) } : { kind: 'approve' },
  );
}

const justifyProblem = (ctx: ReviewAreaContext) =>
  decisionProblem(ctx, { kind: 'publish_warned', justification: ctx.text });
const rejectProblem = (ctx: ReviewAreaContext) =>
  decisionProblem(ctx, { kind: 'reject', reasons: ctx.reasons, text: ctx.text });

const clearForm = { reasons: [] as readonly RejectReason[], text: '', problem: null };

export const windowReviewMachine = setup({
  types: {
    input: {} as ReviewAreaInput,
    context: {} as ReviewAreaContext,
    events: {} as ReviewAreaEvent,
  },
  actors: {
    decide: fromPromise<unknown, { postingId: string; decision: ReviewDecision }>(() =>
      Promise.reject(new Error('没有配置审核写入 / no review writer provided')),
    ),
    unpublish: fromPromise<unknown, { postingId: string; reason: string }>(() =>
      Promise.reject(new Error('没有配置下架写入 / no unpublish writer provided')),
    ),
    expire: fromPromise<number, undefined>(() =>
      Promise.reject(new Error('没有配置过期处理 / no expiry writer provided')),
    ),
  },
  guards: {
    hasSelection: ({ context }) => selectedPosting(context) !== null,
    onPending: ({ context }) => context.tab === 'pending',
    onPublished: ({ context }) => context.tab === 'published',
    selectedWarned: ({ context }) => selectedPosting(context)?.screening.verdict === 'warn',
  },
}).createMachine({
  id: 'windowReview',
  context: ({ input }) => ({
    review: input.review,
    tab: 'pending',
    pending: [],
    published: [],
    selectedId: null,
    ...clearForm,
    outcome: null,
    job: null,
  }),
  on: {
    ITEMS: {
      actions: assign(({ context, event }) => {
        const before = listOf(context);
        const next = { ...context, pending: event.pending, published: event.published };
        return {
          pending: event.pending,
          published: event.published,
          selectedId: reselect(before, listOf(next), context.selectedId),
        };
      }),
    },
    STAFF: { actions: assign(({ context, event }) => ({ review: { ...context.review, staff: event.staff } })) },
  },
  initial: 'browsing',
  states: {
    browsing: {
      on: {
        TAB: {
          actions: assign(({ context, event }) => {
            const list = listOf({ ...context, tab: event.tab });
            return { tab: event.tab, selectedId: list[0]?.id ?? null, problem: null };
          }),
        },
        MOVE: {
          actions: assign(({ context, event }) => {
            const list = listOf(context);
            if (list.length === 0) return {};
            const at = Math.max(
              0,
              list.findIndex((p) => p.id === context.selectedId),
            );
            const next = Math.min(list.length - 1, Math.max(0, at + event.delta));
            return { selectedId: list[next]?.id ?? null, problem: null };
          }),
        },
        SELECT: { actions: assign(({ event }) => ({ selectedId: event.id, problem: null })) },
        APPROVE: [
          { guard: ({ context }) => selectedPosting(context) === null, actions: assign({ problem: NOTHING_SELECTED }) },
          { guard: 'onPublished', actions: assign({ problem: null }) },
          {
            // The four-eyes and block checks answer at once, before any justification is typed.
            guard: ({ context }) => approveProblem(context) !== null,
            actions: assign(({ context }) => ({ problem: approveProblem(context) })),
          },
          { guard: 'selectedWarned', target: 'justifying', actions: assign({ ...clearForm, outcome: null }) },
          {
            target: 'submitting',
            actions: assign(({ context }) => {
              const p = selectedPosting(context);
              return {
                outcome: null,
                job:
                  p === null
                    ? null
                    : {
                        kind: 'decide' as const,
                        postingId: p.id,
                        title: p.title,
                        decision: { kind: 'approve' as const },
                      },
              };
            }),
          },
        ],
        REJECT: [
          { guard: ({ context }) => selectedPosting(context) === null, actions: assign({ problem: NOTHING_SELECTED }) },
          { guard: 'onPending', target: 'rejecting', actions: assign({ ...clearForm, outcome: null }) },
        ],
        UNPUBLISH: [
          { guard: ({ context }) => selectedPosting(context) === null, actions: assign({ problem: NOTHING_SELECTED }) },
          { guard: 'onPublished', target: 'unpublishing', actions: assign({ ...clearForm, outcome: null }) },
        ],
        EXPIRE: { target: 'expiring', actions: assign({ problem: null, outcome: null }) },
      },
    },
    justifying: {
      on: {
        TEXT: { actions: assign(({ event }) => ({ text: event.text, problem: null })) },
        CANCEL: { target: 'browsing', actions: assign(clearForm) },
        CONFIRM: [
          {
            guard: ({ context }) => justifyProblem(context) !== null,
            actions: assign(({ context }) => ({ problem: justifyProblem(context) })),
          },
          {
            target: 'submitting',
            actions: assign(({ context }) => {
              const p = selectedPosting(context);
              return {
                job:
                  p === null
                    ? null
                    : {
                        kind: 'decide' as const,
                        postingId: p.id,
                        title: p.title,
                        decision: { kind: 'publish_warned' as const, justification: context.text.trim() },
                      },
              };
            }),
          },
        ],
      },
    },
    rejecting: {
      on: {
        TOGGLE_REASON: {
          actions: assign(({ context, event }) => ({
            problem: null,
            reasons: context.reasons.includes(event.reason)
              ? context.reasons.filter((r) => r !== event.reason)
              : [...context.reasons, event.reason],
          })),
        },
        TEXT: { actions: assign(({ event }) => ({ text: event.text, problem: null })) },
        CANCEL: { target: 'browsing', actions: assign(clearForm) },
        CONFIRM: [
          {
            guard: ({ context }) => rejectProblem(context) !== null,
            actions: assign(({ context }) => ({ problem: rejectProblem(context) })),
          },
          {
            target: 'submitting',
            actions: assign(({ context }) => {
              const p = selectedPosting(context);
              return {
                job:
                  p === null
                    ? null
                    : {
                        kind: 'decide' as const,
                        postingId: p.id,
                        title: p.title,
                        decision: { kind: 'reject' as const, reasons: context.reasons, text: context.text },
                      },
              };
            }),
          },
        ],
      },
    },
    unpublishing: {
      on: {
        TEXT: { actions: assign(({ event }) => ({ text: event.text, problem: null })) },
        CANCEL: { target: 'browsing', actions: assign(clearForm) },
        CONFIRM: [
          { guard: ({ context }) => context.text.trim() === '', actions: assign({ problem: NEED_REASON }) },
          {
            guard: 'hasSelection',
            target: 'submitting',
            actions: assign(({ context }) => {
              const p = selectedPosting(context);
              return {
                job:
                  p === null
                    ? null
                    : { kind: 'unpublish' as const, postingId: p.id, title: p.title, reason: context.text.trim() },
              };
            }),
          },
        ],
      },
    },
    submitting: {
      initial: 'route',
      states: {
        route: {
          always: [
            { guard: ({ context }) => context.job?.kind === 'decide', target: 'deciding' },
            { guard: ({ context }) => context.job?.kind === 'unpublish', target: 'unpublishing' },
            { target: '#windowReview.browsing' },
          ],
        },
        deciding: {
          invoke: {
            src: 'decide',
            input: ({ context }) => {
              const job = context.job;
              if (job?.kind !== 'decide') throw new Error('no decision to write');
              return { postingId: job.postingId, decision: job.decision };
            },
            onDone: {
              target: '#windowReview.browsing',
              actions: assign(({ context }) => {
                const job = context.job;
                const kind = job?.kind === 'decide' && job.decision.kind === 'reject' ? 'rejected' : 'published';
                return { ...clearForm, job: null, outcome: { kind, title: job?.title ?? '' } };
              }),
            },
            onError: {
              target: '#windowReview.browsing',
              actions: assign(({ event }) => ({ job: null, problem: errorProblem(event.error) })),
            },
          },
        },
        unpublishing: {
          invoke: {
            src: 'unpublish',
            input: ({ context }) => {
              const job = context.job;
              if (job?.kind !== 'unpublish') throw new Error('no unpublish to write');
              return { postingId: job.postingId, reason: job.reason };
            },
            onDone: {
              target: '#windowReview.browsing',
              actions: assign(({ context }) => ({
                ...clearForm,
                job: null,
                outcome: { kind: 'unpublished' as const, title: context.job?.title ?? '' },
              })),
            },
            onError: {
              target: '#windowReview.unpublishing',
              actions: assign(({ event }) => ({ job: null, problem: errorProblem(event.error) })),
            },
          },
        },
      },
    },
    expiring: {
      invoke: {
        src: 'expire',
        onDone: {
          target: 'browsing',
          actions: assign(({ event }) => ({ outcome: { kind: 'expired' as const, count: event.output } })),
        },
        onError: { target: 'browsing', actions: assign(({ event }) => ({ problem: errorProblem(event.error) })) },
      },
    },
  },
});
