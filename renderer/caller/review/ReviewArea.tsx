// 审核 work area (issue 11, 信息审核): the queue of postings waiting, the
// selected one in full, and the reviewer's decision. The flow is
// window-review-machine's; this component feeds it the store's live queue
// and renders. Keyboard-first: arrows in the queue, a letter per action.
import { useActorRef, useSelector } from '@xstate/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, type KeyboardEvent } from 'react';
import { fromPromise } from 'xstate';
import { REJECT_REASONS, type ReviewDecision } from '../../../domain/window/review';
import { windowSettingsOf } from '../../../domain/window/settings';
import { useTerminal } from '../../app/terminal-context';
import { recordTable } from '../../db/database';
import { useI18n } from '../../i18n';
import { selectedPosting, windowReviewMachine, type ReviewAreaContext } from '../../state/window-review-machine';
import type { WorkAreaProps } from '../areas/work-area';
import { isTextField, plainKey } from './keys';
import { KeyButton, JustifyForm, RejectForm, REVIEW_KEYS, TextForm } from './ReviewActions';
import { ReviewDetail, type StaffNames } from './ReviewDetail';
import { ReviewQueue } from './ReviewQueue';
import { decideReview, expirePostings, postingHistoryOf, reviewQueue, unpublishPosting } from './review-store';
import './review.css';

const NOT_ENROLLED = new Error('本机尚未登记，不能保存 / this terminal is not enrolled and cannot save');

function OutcomeLine({ context }: { context: ReviewAreaContext }) {
  const { t } = useI18n();
  if (context.problem !== null) {
    return (
      <p role="alert" className="review-problem">
        {context.problem.zh} / {context.problem.en}
      </p>
    );
  }
  const o = context.outcome;
  return (
    <p role="status" className="review-status">
      {o === null
        ? ''
        : o.kind === 'expired'
          ? t('review.done.expired', { count: o.count })
          : t(`review.done.${o.kind}`, { title: o.title })}
    </p>
  );
}

export function ReviewArea({ market, staff }: WorkAreaProps) {
  const { t } = useI18n();
  const { db, ctx, now } = useTerminal();
  const fourEyes = windowSettingsOf(market).fourEyes;
  const actor = useActorRef(
    windowReviewMachine.provide({
      actors: {
        decide: fromPromise<unknown, { postingId: string; decision: ReviewDecision }>(async ({ input }) => {
          if (ctx == null) throw NOT_ENROLLED;
          return decideReview(db, ctx, input.postingId, input.decision, {
            reviewerId: staff.id,
            fourEyes,
            marketId: market.id,
            now: now(),
          });
        }),
        unpublish: fromPromise<unknown, { postingId: string; reason: string }>(async ({ input }) => {
          if (ctx == null) throw NOT_ENROLLED;
          return unpublishPosting(db, ctx, input.postingId, staff.id, input.reason);
        }),
        expire: fromPromise<number, undefined>(async () => {
          if (ctx == null) throw NOT_ENROLLED;
          return expirePostings(db, ctx, market.id, staff.id, now(), market.timeZone);
        }),
      },
    }),
    { input: { review: { reviewerId: staff.id, fourEyes, staff: [], marketId: market.id } } },
  );
  const context = useSelector(actor, (s) => s.context);
  const mode = useSelector(actor, (s) =>
    s.matches('justifying')
      ? 'justifying'
      : s.matches('rejecting')
        ? 'rejecting'
        : s.matches('unpublishing')
          ? 'unpublishing'
          : s.matches('browsing')
            ? 'browsing'
            : 'busy',
  );

  const queue = useLiveQuery(() => reviewQueue(db, market.id), [db, market.id]);
  const staffRows = useLiveQuery(
    () => recordTable(db, 'staff').where('marketId').equals(market.id).toArray(),
    [db, market.id],
  );
  useEffect(() => {
    if (queue !== undefined) actor.send({ type: 'ITEMS', pending: queue.pending, published: queue.published });
  }, [actor, queue]);
  useEffect(() => {
    if (staffRows !== undefined) actor.send({ type: 'STAFF', staff: staffRows });
  }, [actor, staffRows]);
  const names: StaffNames = useMemo(
    () => new Map((staffRows ?? []).map((s) => [s.id, { name: s.name, staffNo: s.staffNo }])),
    [staffRows],
  );

  const posting = selectedPosting(context);
  const history = useLiveQuery(
    () => (posting === null ? Promise.resolve([]) : postingHistoryOf(db, posting.id)),
    [db, posting?.id, posting?.hlc],
  );
  const items = context.tab === 'pending' ? context.pending : context.published;
  const fourEyesBinds = fourEyes && (staffRows ?? []).filter((s) => s.active && !s.deleted).length >= 2;

  const send = actor.send.bind(actor);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (mode !== 'browsing' && mode !== 'busy') {
      if (e.key === 'Escape') {
        e.preventDefault();
        send({ type: 'CANCEL' });
      } else if (e.key === 'Enter' && e.ctrlKey) {
        e.preventDefault();
        send({ type: 'CONFIRM' });
      } else if (mode === 'rejecting' && !isTextField(e.target)) {
        const reason = REJECT_REASONS[Number(plainKey(e)) - 1];
        if (reason !== undefined) {
          e.preventDefault();
          send({ type: 'TOGGLE_REASON', reason });
        }
      }
      return;
    }
    if (mode !== 'browsing' || isTextField(e.target)) return;
    const key = plainKey(e);
    const actions: Record<string, () => void> = {
      [REVIEW_KEYS.approve]: () => {
        send({ type: 'APPROVE' });
      },
      [REVIEW_KEYS.reject]: () => {
        send({ type: 'REJECT' });
      },
      [REVIEW_KEYS.unpublish]: () => {
        send({ type: 'UNPUBLISH' });
      },
      [REVIEW_KEYS.expire]: () => {
        send({ type: 'EXPIRE' });
      },
      [REVIEW_KEYS.pending]: () => {
        send({ type: 'TAB', tab: 'pending' });
      },
      [REVIEW_KEYS.published]: () => {
        send({ type: 'TAB', tab: 'published' });
      },
    };
    const run = key === null ? undefined : actions[key];
    if (run !== undefined) {
      e.preventDefault();
      run();
    }
  };

  const browsing = mode === 'browsing';
  const warned = posting?.screening.verdict === 'warn';
  return (
    <section className="review-area" aria-label={t('review.title')} onKeyDown={onKeyDown}>
      <header className="review-header">
        <h2>{t('review.title')}</h2>
        <p className="review-rule">{t(fourEyesBinds ? 'review.fourEyes.on' : 'review.fourEyes.off')}</p>
      </header>
      <div className="review-tabs" role="group" aria-label={t('review.title')}>
        <KeyButton
          label={t('review.tab.pending', { count: context.pending.length })}
          keys={REVIEW_KEYS.pending}
          primary={context.tab === 'pending'}
          disabled={!browsing}
          onPress={() => {
            send({ type: 'TAB', tab: 'pending' });
          }}
        />
        <KeyButton
          label={t('review.tab.published', { count: context.published.length })}
          keys={REVIEW_KEYS.published}
          primary={context.tab === 'published'}
          disabled={!browsing}
          onPress={() => {
            send({ type: 'TAB', tab: 'published' });
          }}
        />
      </div>
      <div className="review-body">
        <ReviewQueue
          items={items}
          selectedId={context.selectedId}
          empty={t(context.tab === 'pending' ? 'review.empty.pending' : 'review.empty.published')}
          onMove={(delta) => {
            send({ type: 'MOVE', delta });
          }}
          onSelect={(id) => {
            send({ type: 'SELECT', id });
          }}
          active={browsing}
        />
        <div className="review-side">
          {posting !== null && <ReviewDetail posting={posting} history={history ?? []} names={names} />}
          <div className="review-actions" role="group" aria-label={t('review.title')}>
            {context.tab === 'pending' ? (
              <>
                <KeyButton
                  label={t(warned ? 'review.action.publishWarned' : 'review.action.approve')}
                  keys={REVIEW_KEYS.approve}
                  primary
                  disabled={!browsing || posting === null}
                  onPress={() => {
                    send({ type: 'APPROVE' });
                  }}
                />
                <KeyButton
                  label={t('review.action.reject')}
                  keys={REVIEW_KEYS.reject}
                  disabled={!browsing || posting === null}
                  onPress={() => {
                    send({ type: 'REJECT' });
                  }}
                />
              </>
            ) : (
              <KeyButton
                label={t('review.action.unpublish')}
                keys={REVIEW_KEYS.unpublish}
                disabled={!browsing || posting === null}
                onPress={() => {
                  send({ type: 'UNPUBLISH' });
                }}
              />
            )}
            <KeyButton
              label={t('review.action.expire')}
              keys={REVIEW_KEYS.expire}
              disabled={!browsing}
              onPress={() => {
                send({ type: 'EXPIRE' });
              }}
            />
          </div>
          {mode === 'justifying' && (
            <JustifyForm
              text={context.text}
              onText={(text) => {
                send({ type: 'TEXT', text });
              }}
              onConfirm={() => {
                send({ type: 'CONFIRM' });
              }}
              onCancel={() => {
                send({ type: 'CANCEL' });
              }}
            />
          )}
          {mode === 'rejecting' && (
            <RejectForm
              reasons={context.reasons}
              text={context.text}
              onToggle={(reason) => {
                send({ type: 'TOGGLE_REASON', reason });
              }}
              onText={(text) => {
                send({ type: 'TEXT', text });
              }}
              onConfirm={() => {
                send({ type: 'CONFIRM' });
              }}
              onCancel={() => {
                send({ type: 'CANCEL' });
              }}
            />
          )}
          {mode === 'unpublishing' && (
            <TextForm
              label={t('review.unpublishReason')}
              text={context.text}
              onText={(text) => {
                send({ type: 'TEXT', text });
              }}
              onConfirm={() => {
                send({ type: 'CONFIRM' });
              }}
              onCancel={() => {
                send({ type: 'CANCEL' });
              }}
            />
          )}
          <OutcomeLine context={context} />
        </div>
      </div>
    </section>
  );
}
