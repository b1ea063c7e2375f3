// The kiosk: its home screen of big tiles (取号, 找工作), the take-a-number
// flow, the job list, the "呼叫工作人员" button on every screen, and the idle
// reset. The session machine says which screen shows and when to reset; a
// reset bumps its `generation`, the key of everything below, so the last
// person's choices and ticket are unmounted, not just hidden.
import { useMachine } from '@xstate/react';
import { useCallback, useEffect } from 'react';
import { marketServices } from '../../domain/queue/market-queue';
import type { Market } from '../../domain/records/market';
import { useI18n } from '../i18n';
import { kioskSessionMachine } from '../state/kiosk-session-machine';
import type { TicketPorts } from '../state/kiosk-ticket-machine';
import type { KioskService } from '../state/ticket-issue';
import { CallStaffPanel } from './call-staff/CallStaffPanel';
import { IdleOverlay } from './IdleOverlay';
import { KioskIcon } from './KioskIcon';
import { KioskTile } from './KioskTile';
import { KioskJobs } from './KioskJobs';
import { TakeNumber } from './TakeNumber';
import { useTicketPorts, type TicketPortOptions } from './ticket-ports';
import './kiosk.css';

export interface KioskHomeProps {
  market: Market;
  /** The services offered (tests); by default the market's own (domain/queue/market-queue). */
  services?: readonly KioskService[];
  idleMs?: number;
  countdownSeconds?: number;
  /** Replaces the ticket machine's ports (tests). */
  ticketPorts?: TicketPorts;
  portOptions?: TicketPortOptions;
}

export function KioskHome({ market, services, idleMs, countdownSeconds, ticketPorts, portOptions }: KioskHomeProps) {
  const { t } = useI18n();
  const [session, send] = useMachine(kioskSessionMachine, {
    input: {
      ...(idleMs === undefined ? {} : { idleMs }),
      ...(countdownSeconds === undefined ? {} : { countdownSeconds }),
    },
  });
  const defaultPorts = useTicketPorts(market, portOptions);
  const ports = ticketPorts ?? defaultPorts;
  const { screen, generation, staffCalled, remaining } = session.context;

  useEffect(() => {
    const onActivity = () => {
      send({ type: 'ACTIVITY' });
    };
    window.addEventListener('pointerdown', onActivity, { capture: true });
    window.addEventListener('keydown', onActivity, { capture: true });
    return () => {
      window.removeEventListener('pointerdown', onActivity, { capture: true });
      window.removeEventListener('keydown', onActivity, { capture: true });
    };
  }, [send]);

  const goHome = useCallback(() => {
    send({ type: 'HOME' });
  }, [send]);
  const dismissStaff = useCallback(() => {
    send({ type: 'DISMISS_STAFF' });
  }, [send]);

  return (
    <div className="kiosk">
      <nav className="kiosk-bar" aria-label={t('kiosk.title')}>
        {screen !== 'home' && (
          <button type="button" onClick={goHome}>
            <KioskIcon name="home" />
            {t('kiosk.nav.home')}
          </button>
        )}
        <button
          type="button"
          className="kiosk-staff"
          onClick={() => {
            send({ type: 'CALL_STAFF' });
          }}
        >
          <KioskIcon name="staff" />
          {t('kiosk.staff.call')}
        </button>
      </nav>
      {staffCalled && <CallStaffPanel marketId={market.id} screen={screen} onClose={dismissStaff} />}
      <div key={generation} className="kiosk-screen">
        {screen === 'ticket' ? (
          <TakeNumber market={market} services={services ?? marketServices(market)} ports={ports} onFinished={goHome} />
        ) : screen === 'jobs' ? (
          <KioskJobs market={market} />
        ) : (
          <section aria-labelledby="kiosk-home-heading">
            <h2 id="kiosk-home-heading">{t('kiosk.home.heading')}</h2>
            <ul className="kiosk-tiles kiosk-home-tiles">
              <li>
                <KioskTile
                  icon="ticket"
                  iconSize={96}
                  primary
                  label={t('kiosk.home.takeNumber')}
                  hint={t('kiosk.home.takeNumberHint')}
                  onPress={() => {
                    send({ type: 'OPEN', screen: 'ticket' });
                  }}
                />
              </li>
              <li>
                <KioskTile
                  icon="jobs"
                  iconSize={96}
                  label={t('kiosk.home.findJob')}
                  hint={t('kiosk.home.findJobHint')}
                  onPress={() => {
                    send({ type: 'OPEN', screen: 'jobs' });
                  }}
                />
              </li>
            </ul>
          </section>
        )}
      </div>
      {session.matches('warning') && (
        <IdleOverlay
          remaining={remaining}
          onContinue={() => {
            send({ type: 'CONTINUE' });
          }}
        />
      )}
    </div>
  );
}
