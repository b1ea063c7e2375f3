// "取号 / take a number": renders the ticket machine's state and sends it the
// seeker's choices. The machine owns the flow; this file only draws it.
import { useMachine } from '@xstate/react';
import { useEffect, useState } from 'react';
import type { Market } from '../../domain/records/market';
import type { Priority } from '../../domain/records/queue';
import { useI18n } from '../i18n';
import { createKioskTicketMachine, type Application, type TicketPorts } from '../state/kiosk-ticket-machine';
import type { KioskService } from '../state/ticket-issue';
import { KioskIcon } from './KioskIcon';
import { KioskTile } from './KioskTile';
import { serviceLabel, TicketSlip } from './TicketSlip';

const PRIORITIES: readonly Priority[] = ['elderly', 'disabled', 'pregnant', 'appointment', 'none'];

type PrintState = 'waiting' | 'printing' | 'printed' | 'failed';

/** The slip's print state in one word, always on the ticket screen. */
function printStateOf(state: {
  matches: (value: 'printing' | 'browserPrinting' | 'printFailed' | 'showing') => boolean;
}): PrintState {
  if (state.matches('printing') || state.matches('browserPrinting')) return 'printing';
  if (state.matches('printFailed')) return 'failed';
  if (state.matches('showing')) return 'printed';
  return 'waiting';
}

export function TakeNumber({
  market,
  services,
  ports,
  application = null,
  onFinished,
  onCancelled = onFinished,
}: {
  market: Market;
  services: readonly KioskService[];
  ports: TicketPorts;
  /** 我要报名: the job and the 即时快招 service, chosen before the flow starts. */
  application?: Application | null;
  /** The flow ended with a ticket (or was abandoned after a failed issue): back to the kiosk home. */
  onFinished: () => void;
  /** The seeker went back before a ticket was issued. */
  onCancelled?: () => void;
}) {
  const { t, locale } = useI18n();
  // One machine per mount: a new seeker (a remount) starts from nothing.
  const [machine] = useState(() => createKioskTicketMachine(ports, application));
  const [state, send] = useMachine(machine);
  const finished = state.status === 'done';
  const cancelled = finished && state.value === 'cancelled';
  useEffect(() => {
    if (!finished) return;
    if (cancelled) onCancelled();
    else onFinished();
  }, [finished, cancelled, onFinished, onCancelled]);

  const { ticket } = state.context;

  if (state.matches('choosingService')) {
    return (
      <section className="kiosk-flow" aria-labelledby="kiosk-choose-service">
        <h2 id="kiosk-choose-service">{t('kiosk.ticket.chooseService')}</h2>
        <ul className="kiosk-tiles">
          {services.map((s) => (
            <li key={s.code}>
              <KioskTile
                icon={s.icon}
                label={serviceLabel(locale, s)}
                onPress={() => {
                  send({ type: 'SELECT_SERVICE', service: s });
                }}
              />
            </li>
          ))}
        </ul>
      </section>
    );
  }

  if (state.matches('choosingPriority')) {
    return (
      <section className="kiosk-flow" aria-labelledby="kiosk-choose-priority">
        <h2 id="kiosk-choose-priority">{t('kiosk.ticket.choosePriority')}</h2>
        <p>{t('kiosk.ticket.priorityHint')}</p>
        <ul className="kiosk-tiles">
          {PRIORITIES.map((p) => (
            <li key={p}>
              <KioskTile
                icon={p}
                label={t(`kiosk.priority.${p}`)}
                onPress={() => {
                  send({ type: 'SELECT_PRIORITY', priority: p });
                }}
              />
            </li>
          ))}
        </ul>
        {/* 我要报名 has no service step to go back to: the bar's 上一步 already returns to the job. */}
        {application === null && (
          <div className="kiosk-actions">
            <button
              type="button"
              onClick={() => {
                send({ type: 'BACK' });
              }}
            >
              <KioskIcon name="back" />
              {t('kiosk.nav.back')}
            </button>
          </div>
        )}
      </section>
    );
  }

  if (state.matches('issuing')) {
    return (
      <p className="kiosk-busy" role="status">
        {t('kiosk.ticket.issuing')}
      </p>
    );
  }

  if (state.matches('issueFailed')) {
    return (
      <section className="kiosk-flow">
        <p role="alert" className="kiosk-problem">
          {t(
            state.context.issueError === 'exhausted'
              ? 'kiosk.ticket.exhausted'
              : state.context.issueError === 'paused'
                ? 'kiosk.ticket.paused'
                : 'kiosk.ticket.issueFailed',
          )}
        </p>
        <div className="kiosk-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              send({ type: 'RETRY' });
            }}
          >
            <KioskIcon name="retry" />
            {t('kiosk.ticket.retry')}
          </button>
          <button
            type="button"
            onClick={() => {
              send({ type: 'CANCEL' });
            }}
          >
            <KioskIcon name="home" />
            {t('kiosk.nav.home')}
          </button>
        </div>
      </section>
    );
  }

  if (ticket === null) return null;
  const printing = state.matches('printing') || state.matches('browserPrinting');
  const failed = state.matches('printFailed');
  const previewing = state.matches('preview');
  const message = state.context.printMessage;
  return (
    <section className="kiosk-flow kiosk-ticket" aria-labelledby="kiosk-slip-number">
      <TicketSlip ticket={ticket} market={market} />
      <div className="kiosk-ticket-side">
        {printing && (
          <p className="kiosk-busy" role="status">
            {t('kiosk.ticket.printing')}
          </p>
        )}
        {failed && (
          <div role="alert" className="kiosk-problem">
            <p>{t('kiosk.ticket.printFailed')}</p>
            {message !== null && (
              <p>{t('kiosk.ticket.printFailedDetail', { detail: locale === 'zh-CN' ? message.zh : message.en })}</p>
            )}
          </div>
        )}
        {previewing && <p role="status">{t('kiosk.ticket.previewHint')}</p>}
        {state.matches('showing') && (
          <p role="status" className="kiosk-ok">
            {t('kiosk.ticket.printed')}
          </p>
        )}
        {ticket.source === 'band' && <p className="kiosk-note">{t('kiosk.ticket.bandNotice')}</p>}
        <p className="kiosk-note" data-testid="print-state">
          {t('kiosk.ticket.printState', { state: t(`kiosk.print.${printStateOf(state)}`) })}
        </p>
        <div className="kiosk-actions">
          {previewing && (
            <button
              type="button"
              className="primary"
              onClick={() => {
                send({ type: 'PRINT' });
              }}
            >
              <KioskIcon name="print" />
              {t('kiosk.ticket.print')}
            </button>
          )}
          {(failed || state.matches('showing')) && (
            <button
              type="button"
              className={failed ? 'primary' : undefined}
              onClick={() => {
                send({ type: 'REPRINT' });
              }}
            >
              <KioskIcon name="retry" />
              {t('kiosk.ticket.reprint')}
            </button>
          )}
          <button
            type="button"
            className={state.matches('showing') ? 'primary' : undefined}
            disabled={printing}
            onClick={() => {
              send({ type: 'DONE' });
            }}
          >
            <KioskIcon name="check" />
            {t('kiosk.ticket.done')}
          </button>
        </div>
      </div>
    </section>
  );
}
