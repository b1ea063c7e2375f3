// 服务评价 (第十七条): three aspects, five levels each, optional chips that
// fit the level (domain/records/rating), then one anonymous save. Changing a
// level drops the chips that no longer fit it, so what is saved always parses.
import { assign, fromPromise, setup } from 'xstate';
import {
  RATING_REASONS,
  reasonsFor,
  type FiveLevel,
  type RatingAspect,
  type RatingReason,
} from '../../domain/records/rating';

export interface RatingDraft {
  readonly environment: FiveLevel;
  readonly process: FiveLevel;
  readonly result: FiveLevel;
  readonly reasons: readonly RatingReason[];
}

export interface RatingPorts {
  save(draft: RatingDraft): Promise<void>;
}

export interface RatingContext {
  readonly levels: Readonly<Record<RatingAspect, FiveLevel | null>>;
  readonly reasons: readonly RatingReason[];
}

export type RatingEvent =
  | { type: 'LEVEL'; aspect: RatingAspect; level: FiveLevel }
  | { type: 'TOGGLE_REASON'; reason: RatingReason }
  | { type: 'SUBMIT' }
  | { type: 'RETRY' };

function complete(c: RatingContext): RatingDraft | null {
  const { environment, process, result } = c.levels;
  if (environment === null || process === null || result === null) return null;
  return { environment, process, result, reasons: c.reasons };
}

export function createKioskRatingMachine(ports: RatingPorts) {
  return setup({
    types: { context: {} as RatingContext, events: {} as RatingEvent },
    actors: { save: fromPromise(({ input }: { input: RatingDraft }) => ports.save(input)) },
  }).createMachine({
    id: 'kioskRating',
    context: { levels: { environment: null, process: null, result: null }, reasons: [] },
    initial: 'editing',
    states: {
      editing: {
        on: {
          LEVEL: {
            actions: assign(({ context, event }) => ({
              levels: { ...context.levels, [event.aspect]: event.level },
              reasons: context.reasons.filter(
                (r) => RATING_REASONS[r].aspect !== event.aspect || reasonsFor(event.aspect, event.level).includes(r),
              ),
            })),
          },
          TOGGLE_REASON: {
            guard: ({ context, event }) => {
              const aspect = RATING_REASONS[event.reason].aspect;
              const level = context.levels[aspect];
              return level !== null && reasonsFor(aspect, level).includes(event.reason);
            },
            actions: assign({
              reasons: ({ context, event }) =>
                context.reasons.includes(event.reason)
                  ? context.reasons.filter((r) => r !== event.reason)
                  : [...context.reasons, event.reason],
            }),
          },
          SUBMIT: { guard: ({ context }) => complete(context) !== null, target: 'saving' },
        },
      },
      saving: {
        invoke: {
          src: 'save',
          input: ({ context }) => {
            const draft = complete(context);
            if (draft === null) throw new Error('saving an incomplete rating');
            return draft;
          },
          onDone: 'thanks',
          onError: 'failed',
        },
      },
      failed: { on: { RETRY: 'saving' } },
      thanks: { type: 'final' },
    },
  });
}
