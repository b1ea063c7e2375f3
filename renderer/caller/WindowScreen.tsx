// The window at work: call, recall, skip, transfer, start, finish — every
// action on a button that shows its shortcut, and on the keyboard. The call
// flow is the caller machine's; this component renders its state, keeps the
// open form's fields, and sends events.
import { useActorRef, useSelector } from '@xstate/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { QueueService } from '../../domain/queue/config';
import type { CallingRule } from '../../domain/queue/fairness';
import { windowsServingLane } from '../../domain/queue/config';
import { PRIORITY_LABELS } from '../../domain/queue/fairness';
import { isWaiting, stampMillis } from '../../domain/queue/ticket-state';
import { useTerminal } from '../app/terminal-context';
import { recordTable } from '../db/database';
import { useI18n, type MessageKey } from '../i18n';
import {
  callerMachine,
  FINISH_OUTCOMES,
  mayCallHereOffline,
  type CallerDeps,
  type CallerNotice,
  type CallerTicket,
  type CallerWindow,
  type FinishOutcome,
} from '../state/caller-machine';
import type { StaffIdentity } from '../state/staff-session-machine';
import { HelpRequestAlert } from './help/HelpRequestAlert';
import { CallerChoice, CallerPanel } from './CallerPanel';
import { callerFigures } from './figures';

/** The toolbar's buttons, in the order of their keys (F1, F2, F3, F4, F6, F7, F9). */
const TOOLBAR_ACTIONS = [
  'next',
  'recall',
  'start',
  'finish',
  'noShow',
  'transfer',
  'lock',
] as const satisfies readonly CallerAction[];
import { actionForKey, shortcutLabel, type CallerAction } from './shortcuts';

type Panel = 'none' | 'finish' | 'transfer';

const OUTCOME_KEYS: Record<FinishOutcome, MessageKey> = {
  completed: 'caller.outcome.completed',
  referred: 'caller.outcome.referred',
  notice_given: 'caller.outcome.notice_given',
  consulted: 'caller.outcome.consulted',
  escalated: 'caller.outcome.escalated',
};

function isTextField(el: Element | null): boolean {
  return el instanceof HTMLInputElement
    ? !['radio', 'checkbox', 'button', 'submit'].includes(el.type)
    : el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}

function NoticeText({ notice }: { notice: CallerNotice }) {
  const { t, locale } = useI18n();
  switch (notice.kind) {
    case 'queueEmpty':
      return <>{t('caller.notice.queueEmpty')}</>;
    case 'numberNotFound':
      return <>{t('caller.notice.numberNotFound', { display: notice.display })}</>;
    case 'numberNotWaiting':
      return <>{t('caller.notice.numberNotWaiting', { display: notice.display })}</>;
    case 'lost':
      return (
        <>
          {t('caller.notice.lost', { display: notice.display, window: notice.byWindow })}
          {notice.offer !== null && <> {t('caller.notice.offer', { display: notice.offer })}</>}
        </>
      );
    case 'offlineBlocked':
      return (
        <>
          {t('caller.notice.offlineBlocked', { display: notice.display })}
          {notice.offer !== null && <> {t('caller.notice.offer', { display: notice.offer })}</>}
        </>
      );
    case 'calledOffline':
      return <>{t('caller.notice.calledOffline', { display: notice.display })}</>;
    case 'claimRefused':
      return (
        <>{t('caller.notice.claimRefused', { message: locale === 'zh-CN' ? notice.message.zh : notice.message.en })}</>
      );
    case 'writeFailed':
      return <>{t('caller.notice.writeFailed', { detail: notice.detail })}</>;
    case 'materialsRequired':
      return <>{t('caller.notice.materialsRequired')}</>;
    case 'notLoggedIn':
      return <>{t('caller.notice.notLoggedIn')}</>;
  }
}

function ActionButton({
  action,
  label,
  disabled,
  primary,
  onPress,
}: {
  action: CallerAction;
  label: string;
  disabled: boolean;
  primary?: boolean;
  onPress: () => void;
}) {
  const keys = shortcutLabel(action);
  return (
    <button
      type="button"
      className={primary === true ? 'primary' : undefined}
      aria-keyshortcuts={keys.aria}
      disabled={disabled}
      data-action={action}
      onClick={onPress}
    >
      {label} <kbd>{keys.shown}</kbd>
    </button>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export interface WindowScreenProps {
  readonly window: CallerWindow;
  readonly deps: CallerDeps;
  readonly staff: StaffIdentity;
  readonly queue: readonly CallerTicket[] | undefined;
  readonly services: readonly QueueService[];
  /** The market's calling rule. */
  readonly rule: CallingRule;
  readonly onLock: () => void;
}

export function WindowScreen({ window: win, deps, staff, queue, services, rule, onLock }: WindowScreenProps) {
  const { t, locale } = useI18n();
  const { db, now } = useTerminal();
  const actor = useActorRef(callerMachine, { input: { window: win, deps, now, rule } });
  const phase = useSelector(actor, (s) =>
    s.matches('called') ? 'called' : s.matches('serving') ? 'serving' : s.matches('idle') ? 'idle' : 'busy',
  );
  const current = useSelector(actor, (s) => s.context.current);
  const notice = useSelector(actor, (s) => s.context.notice);
  const offline = useSelector(actor, (s) => s.context.offline);

  const [panel, setPanel] = useState<Panel>('none');
  const [outcome, setOutcome] = useState<FinishOutcome>('completed');
  const [materials, setMaterials] = useState('');
  const [note, setNote] = useState('');
  const [toLane, setToLane] = useState<string | null>(null);
  const [toWindow, setToWindow] = useState<number | null>(null);
  const [number, setNumber] = useState('');
  const numberRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLFieldSetElement>(null);
  const nextRef = useRef<HTMLDivElement>(null);
  const materialsRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    actor.send({ type: 'STAFF', staffId: staff.id });
  }, [actor, staff.id]);
  useEffect(() => {
    if (queue !== undefined) actor.send({ type: 'QUEUE', tickets: queue });
  }, [actor, queue]);

  const posting = useLiveQuery(
    async () =>
      current?.postingId == null ? null : ((await recordTable(db, 'postings').get(current.postingId)) ?? null),
    [db, current?.postingId],
  );

  const closePanel = () => {
    setPanel('none');
  };
  const openFinish = () => {
    setOutcome('completed');
    setMaterials('');
    setNote('');
    setPanel('finish');
  };
  const openTransfer = () => {
    setToLane(null);
    setToWindow(null);
    setPanel('transfer');
  };
  const confirmFinish = () => {
    actor.send({
      type: 'FINISH',
      outcome,
      missingMaterials: outcome === 'notice_given' ? materials.split('\n') : [],
      note,
    });
  };
  const confirmTransfer = () => {
    if (toLane === null) return;
    actor.send({ type: 'TRANSFER', toLane, toWindow });
  };

  // A form is about the ticket at the window: once it is gone (finished, transferred, skipped), so is the form.
  const shownPanel: Panel = phase === 'idle' || (panel === 'finish' && phase === 'called') ? 'none' : panel;
  // Without Tab, focus goes where the next keystroke is wanted.
  useEffect(() => {
    if (shownPanel !== 'none') panelRef.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
    else if (!isTextField(document.activeElement))
      nextRef.current?.querySelector<HTMLButtonElement>('button:enabled')?.focus();
  }, [shownPanel, phase]);

  // Choosing 一次性告知 means listing the materials next: take the keyboard there.
  useEffect(() => {
    if (shownPanel === 'finish' && outcome === 'notice_given') materialsRef.current?.focus();
  }, [shownPanel, outcome]);

  const can: Readonly<Record<CallerAction, boolean>> = {
    next: phase === 'idle',
    callNumber: phase === 'idle',
    recall: phase === 'called',
    start: phase === 'called',
    noShow: phase === 'called',
    transfer: phase === 'called' || phase === 'serving',
    finish: phase === 'serving',
    lock: true,
  };

  const run = (action: CallerAction) => {
    if (!can[action]) return;
    switch (action) {
      case 'next':
        setPanel('none');
        actor.send({ type: 'CALL_NEXT' });
        return;
      case 'callNumber':
        numberRef.current?.focus();
        return;
      case 'recall':
        actor.send({ type: 'RECALL' });
        return;
      case 'start':
        actor.send({ type: 'START' });
        return;
      case 'noShow':
        actor.send({ type: 'NO_SHOW' });
        return;
      case 'transfer':
        if (shownPanel === 'transfer') confirmTransfer();
        else openTransfer();
        return;
      case 'finish':
        if (shownPanel === 'finish') confirmFinish();
        else openFinish();
        return;
      case 'lock':
        onLock();
        return;
    }
  };

  const laneLabel = (lane: string) => {
    const s = services.find((x) => x.lane === lane);
    return s === undefined ? lane : locale === 'zh-CN' ? s.label : s.labelEn;
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inField = isTextField(document.activeElement);
      if (e.key === 'Escape' && shownPanel !== 'none') {
        e.preventDefault();
        closePanel();
        return;
      }
      const action = actionForKey(e, !inField && shownPanel === 'none');
      if (action !== null) {
        e.preventDefault();
        run(action);
        return;
      }
      if (inField || e.altKey || e.ctrlKey || e.metaKey) return;
      if (shownPanel === 'finish' && /^[1-5]$/.test(e.key)) {
        const picked = FINISH_OUTCOMES[Number(e.key) - 1];
        if (picked !== undefined) {
          e.preventDefault();
          setOutcome(picked);
        }
      } else if (shownPanel === 'transfer') {
        const lane = e.key.toUpperCase();
        if (/^[A-Z]$/.test(lane) && services.some((s) => s.lane === lane)) {
          e.preventDefault();
          setToLane(lane);
          setToWindow(null);
        } else if (/^\d$/.test(e.key)) {
          e.preventDefault();
          setToWindow(e.key === '0' ? null : Number(e.key));
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  });

  const figures = callerFigures(queue ?? [], win.windowNumber);
  const waitingHere = (queue ?? [])
    .filter((q) => isWaiting(q) && win.lanes.includes(q.lane))
    .filter((q) => q.assignedWindow === null || q.assignedWindow === win.windowNumber)
    .sort((a, b) => (a.issuedAt < b.issuedAt ? -1 : 1));
  const transferWindows = toLane === null ? [] : windowsServingLane(win.windows, toLane);
  const nowMs = now();

  return (
    <section className="caller-window" aria-labelledby="caller-window-heading">
      <h2 id="caller-window-heading">
        {t('caller.header', { number: win.windowNumber, name: staff.name, staffNo: staff.staffNo })}
      </h2>
      <HelpRequestAlert window={win} staff={staff} />

      <div role="status" aria-live="polite" className="caller-status">
        {notice !== null && (
          <p className={`caller-notice caller-notice-${notice.kind}`}>
            <NoticeText notice={notice} />{' '}
            <button
              type="button"
              onClick={() => {
                actor.send({ type: 'DISMISS' });
              }}
            >
              {t('caller.notice.dismiss')}
            </button>
          </p>
        )}
      </div>

      <div className="caller-actions" role="toolbar" aria-label={t('caller.actions')} ref={nextRef}>
        {TOOLBAR_ACTIONS.map((action) => (
          <ActionButton
            key={action}
            action={action}
            primary={action === 'next'}
            label={t(`caller.action.${action}`)}
            disabled={!can[action]}
            onPress={() => {
              run(action);
            }}
          />
        ))}
      </div>

      <form
        className="caller-number caller-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (number.trim() === '' || !can.callNumber) return;
          setPanel('none');
          actor.send({ type: 'CALL_NUMBER', display: number });
          setNumber('');
        }}
      >
        <label htmlFor="caller-number-input">
          {t('caller.number.label')} <kbd>{shortcutLabel('callNumber').shown}</kbd>
        </label>
        <input
          id="caller-number-input"
          ref={numberRef}
          value={number}
          autoComplete="off"
          aria-keyshortcuts={shortcutLabel('callNumber').aria}
          disabled={!can.callNumber}
          onChange={(e) => {
            setNumber(e.target.value.toUpperCase().slice(0, 5));
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setNumber('');
              nextRef.current?.querySelector<HTMLButtonElement>('button:enabled')?.focus();
            }
          }}
        />
        <button type="submit" disabled={!can.callNumber || number.trim() === ''}>
          {t('caller.number.go')}
        </button>
      </form>

      <section className="caller-current" aria-labelledby="caller-current-heading">
        <h3 id="caller-current-heading">{t('caller.current.heading')}</h3>
        {current === null ? (
          <p>{t('caller.current.none')}</p>
        ) : (
          <>
            <p className="caller-current-number">
              <strong>{current.display}</strong>{' '}
              <span>{phase === 'serving' ? t('caller.current.serving') : t('caller.current.called')}</span>
              {current.offline && <span className="caller-tag"> {t('caller.current.offline')}</span>}
            </p>
            <dl className="caller-facts">
              <Fact label={t('caller.current.service')}>{laneLabel(current.lane)}</Fact>
              <Fact label={t('caller.current.priority')}>
                {locale === 'zh-CN' ? PRIORITY_LABELS[current.priority].zh : PRIORITY_LABELS[current.priority].en}
              </Fact>
              <Fact label={t('caller.current.waited')}>
                {t('caller.current.minutes', {
                  minutes: Math.max(0, Math.round((current.calledAtMs - current.issuedAtMs) / 60_000)),
                })}
              </Fact>
              {current.postingId !== null && (
                <Fact label={t('caller.current.posting')}>
                  {posting == null ? t('caller.current.postingUnknown') : posting.title}
                </Fact>
              )}
            </dl>
          </>
        )}
      </section>

      {shownPanel === 'finish' && (
        <CallerPanel
          heading={t('caller.finish.heading')}
          hint={t('caller.finish.hint')}
          confirmLabel={t('caller.finish.confirm')}
          confirmKey="F4"
          onConfirm={confirmFinish}
          onCancel={closePanel}
          fieldsetRef={panelRef}
        >
          {FINISH_OUTCOMES.map((o, i) => (
            <CallerChoice
              key={o}
              name="caller-outcome"
              value={o}
              checked={outcome === o}
              keyLabel={i + 1}
              onChoose={() => {
                setOutcome(o);
              }}
            >
              {t(OUTCOME_KEYS[o])}
            </CallerChoice>
          ))}
          {outcome === 'notice_given' && (
            <label className="caller-field">
              {t('caller.finish.materials')}
              <textarea
                ref={materialsRef}
                rows={3}
                value={materials}
                onChange={(e) => {
                  setMaterials(e.target.value);
                }}
              />
            </label>
          )}
          <label className="caller-field">
            {t('caller.finish.note')}
            <input
              value={note}
              maxLength={500}
              onChange={(e) => {
                setNote(e.target.value);
              }}
            />
          </label>
        </CallerPanel>
      )}

      {shownPanel === 'transfer' && (
        <CallerPanel
          heading={t('caller.transfer.heading')}
          hint={t('caller.transfer.hint')}
          confirmLabel={t('caller.transfer.confirm')}
          confirmKey="F7"
          confirmDisabled={toLane === null}
          onConfirm={confirmTransfer}
          onCancel={closePanel}
          fieldsetRef={panelRef}
        >
          <div role="radiogroup" aria-label={t('caller.transfer.lane')}>
            {services.map((s) => (
              <CallerChoice
                key={s.lane}
                name="caller-to-lane"
                value={s.lane}
                checked={toLane === s.lane}
                keyLabel={s.lane}
                onChoose={() => {
                  setToLane(s.lane);
                  setToWindow(null);
                }}
              >
                {locale === 'zh-CN' ? s.label : s.labelEn}
              </CallerChoice>
            ))}
          </div>
          {toLane !== null && (
            <div role="radiogroup" aria-label={t('caller.transfer.window')}>
              <CallerChoice
                name="caller-to-window"
                checked={toWindow === null}
                keyLabel={0}
                onChoose={() => {
                  setToWindow(null);
                }}
              >
                {t('caller.transfer.anyWindow')}
              </CallerChoice>
              {transferWindows.map((n) => (
                <CallerChoice
                  key={n}
                  name="caller-to-window"
                  checked={toWindow === n}
                  keyLabel={n}
                  onChoose={() => {
                    setToWindow(n);
                  }}
                >
                  {t('caller.transfer.windowOption', { number: n })}
                </CallerChoice>
              ))}
            </div>
          )}
        </CallerPanel>
      )}

      <div className="caller-columns">
        <section aria-labelledby="caller-queue-heading">
          <h3 id="caller-queue-heading">{t('caller.queue.heading')}</h3>
          {waitingHere.length === 0 ? (
            <p>{t('caller.queue.empty')}</p>
          ) : (
            <ul className="caller-queue">
              {waitingHere.map((q) => (
                <li key={q.ticketId}>
                  <strong>{q.display}</strong> {laneLabel(q.lane)}
                  {q.priority !== 'none' && <span className="caller-tag"> {t('caller.queue.priority')}</span>}
                  {offline && !mayCallHereOffline(q, win) && (
                    <span className="caller-tag caller-blocked"> {t('caller.queue.offlineBlocked')}</span>
                  )}
                  <span className="caller-muted">
                    {' '}
                    {t('caller.current.minutes', {
                      minutes: Math.max(0, Math.round((nowMs - stampMillis(q.issuedAt)) / 60_000)),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="caller-figures-heading">
          <h3 id="caller-figures-heading">{t('caller.figures.heading')}</h3>
          <dl className="caller-facts">
            <Fact label={t('caller.figures.served')}>
              {t('caller.figures.servedHere', { here: figures.servedHere, all: figures.servedAll })}
            </Fact>
            <Fact label={t('caller.figures.average')}>
              {figures.averageServiceMs === null
                ? t('caller.figures.averageNone')
                : t('caller.current.minutes', { minutes: Math.round(figures.averageServiceMs / 60_000) })}
            </Fact>
            <Fact label={t('caller.figures.waiting')}>
              <ul className="caller-lanes">
                {services.map((s) => (
                  <li key={s.lane}>
                    {t('caller.figures.lane', {
                      lane: s.lane,
                      label: locale === 'zh-CN' ? s.label : s.labelEn,
                      count: figures.waitingByLane.get(s.lane) ?? 0,
                    })}
                  </li>
                ))}
              </ul>
            </Fact>
          </dl>
        </section>
      </div>
    </section>
  );
}
