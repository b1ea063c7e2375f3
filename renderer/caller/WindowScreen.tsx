// The window at work: the call panel (call, recall, skip, transfer, start,
// finish — every action on a button that shows its key, and on the keyboard)
// beside the work areas (Alt+1 … Alt+7). The call flow is the caller machine's;
// this frame renders its state, keeps the open call form's fields, routes keys
// and shows one area at a time. The call keys work from every area.
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { QueueService } from '../../domain/queue/config';
import type { CallingRule } from '../../domain/queue/fairness';
import type { Market } from '../../domain/records/market';
import { useTerminal } from '../app/terminal-context';
import { useI18n } from '../i18n';
import {
  callerMachine,
  FINISH_OUTCOMES,
  type CallerDeps,
  type CallerTicket,
  type CallerWindow,
} from '../state/caller-machine';
import type { StaffIdentity } from '../state/staff-session-machine';
import { WORK_AREAS } from './areas/registry';
import type { WorkAreaId, WorkAreaProps } from './areas/work-area';
import { HelpRequestAlert } from './help/HelpRequestAlert';
import { actionForKey, areaForKey, type CallerAction } from './shortcuts';
import { CallFrameProvider, type CallFrame } from './window/call-frame';
import { useCallForms, type CallPanel } from './window/call-forms';
import { CallNumberForm, CallToolbar } from './window/CallToolbar';
import { FinishPanel } from './window/FinishPanel';
import { NoticeText } from './window/NoticeText';
import { TransferPanel } from './window/TransferPanel';
import { WorkAreaTabs, type AreaRegistry } from './window/WorkAreaTabs';

function isTextField(el: Element | null): boolean {
  return el instanceof HTMLInputElement
    ? !['radio', 'checkbox', 'button', 'submit'].includes(el.type)
    : el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}

export interface WindowScreenProps {
  readonly market: Market;
  readonly window: CallerWindow;
  readonly deps: CallerDeps;
  readonly staff: StaffIdentity;
  readonly queue: readonly CallerTicket[] | undefined;
  readonly services: readonly QueueService[];
  /** The market's calling rule. */
  readonly rule: CallingRule;
  readonly onLock: () => void;
  /** The work areas this build has (renderer/caller/areas/registry.tsx). */
  readonly areas?: AreaRegistry;
}

export function WindowScreen(props: WindowScreenProps) {
  const { market, window: win, deps, staff, queue, services, rule, onLock, areas = WORK_AREAS } = props;
  const { t } = useI18n();
  const { now } = useTerminal();
  const actor = useActorRef(callerMachine, { input: { window: win, deps, now, rule } });
  const phase = useSelector(actor, (s) =>
    s.matches('called') ? 'called' : s.matches('serving') ? 'serving' : s.matches('idle') ? 'idle' : 'busy',
  );
  const current = useSelector(actor, (s) => s.context.current);
  const notice = useSelector(actor, (s) => s.context.notice);
  const offline = useSelector(actor, (s) => s.context.offline);
  const forms = useCallForms();
  const [area, setArea] = useState<WorkAreaId>('current');
  const numberRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLFieldSetElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    actor.send({ type: 'STAFF', staffId: staff.id });
  }, [actor, staff.id]);
  useEffect(() => {
    if (queue !== undefined) actor.send({ type: 'QUEUE', tickets: queue });
  }, [actor, queue]);

  const confirmFinish = () => {
    actor.send({
      type: 'FINISH',
      outcome: forms.outcome,
      missingMaterials: forms.outcome === 'notice_given' ? forms.materials.split('\n') : [],
      note: forms.note,
    });
  };
  const confirmTransfer = () => {
    if (forms.toLane === null) return;
    actor.send({ type: 'TRANSFER', toLane: forms.toLane, toWindow: forms.toWindow });
  };

  // A form is about the ticket at the window: once it is gone (finished, transferred, skipped), so is the form.
  const shownPanel: CallPanel =
    phase === 'idle' || (forms.panel === 'finish' && phase === 'called') ? 'none' : forms.panel;
  // Without Tab, focus goes where the next keystroke is wanted.
  useEffect(() => {
    if (shownPanel !== 'none') panelRef.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
    else if (!isTextField(document.activeElement) && area === 'current')
      toolbarRef.current?.querySelector<HTMLButtonElement>('button:enabled')?.focus();
    // Only a change of the call or its form moves focus; a change of area is the tab list's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shownPanel, phase]);

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
        forms.setPanel('none');
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
        else forms.openTransfer();
        return;
      case 'finish':
        if (shownPanel === 'finish') confirmFinish();
        else forms.openFinish();
        return;
      case 'lock':
        onLock();
        return;
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inField = isTextField(document.activeElement);
      if (e.key === 'Escape' && shownPanel !== 'none') {
        e.preventDefault();
        forms.setPanel('none');
        return;
      }
      const wanted = areaForKey(e);
      if (wanted !== null) {
        e.preventDefault();
        if (areas[wanted] !== undefined) setArea(wanted);
        return;
      }
      // Plain letters call only in 当前服务: the other areas' forms use letters for themselves.
      const action = actionForKey(e, !inField && shownPanel === 'none' && area === 'current');
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
          forms.setOutcome(picked);
        }
      } else if (shownPanel === 'transfer') {
        const lane = e.key.toUpperCase();
        if (/^[A-Z]$/.test(lane) && services.some((s) => s.lane === lane)) {
          e.preventDefault();
          forms.setToLane(lane);
        } else if (/^\d$/.test(e.key)) {
          e.preventDefault();
          forms.setToWindow(e.key === '0' ? null : Number(e.key));
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  });

  const frame: CallFrame = useMemo(
    () => ({ phase, current, offline, queue, services }),
    [phase, current, offline, queue, services],
  );
  const ticketHere = current === null ? null : (queue?.find((q) => q.ticketId === current.ticketId) ?? null);
  const areaProps: WorkAreaProps = { market, staff, window: win, current: ticketHere, goTo: setArea };

  return (
    <CallFrameProvider value={frame}>
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

        <CallToolbar can={can} run={run} toolbarRef={toolbarRef} />
        <CallNumberForm
          enabled={can.callNumber}
          inputRef={numberRef}
          toolbarRef={toolbarRef}
          onCall={(display) => {
            forms.setPanel('none');
            actor.send({ type: 'CALL_NUMBER', display });
          }}
        />
        {shownPanel === 'finish' && <FinishPanel forms={forms} onConfirm={confirmFinish} fieldsetRef={panelRef} />}
        {shownPanel === 'transfer' && (
          <TransferPanel
            forms={forms}
            window={win}
            services={services}
            onConfirm={confirmTransfer}
            fieldsetRef={panelRef}
          />
        )}

        <WorkAreaTabs registry={areas} selected={area} onSelect={setArea} areaProps={areaProps} />
      </section>
    </CallFrameProvider>
  );
}
