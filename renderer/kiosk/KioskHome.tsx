// The kiosk: attract screen, home tiles, job search, a posting's detail, the
// take-a-number flow, part-2 service pages, the bar on every screen and the
// idle reset. The session machine says which screen shows and when to reset;
// a reset bumps its `generation`, the key of everything below, so the last
// person's search, filters, keyboard buffer and ticket are unmounted, not
// just hidden (the search machine itself lives under that key).
import { useActorRef, useMachine } from '@xstate/react';
import { useCallback, useEffect, useState } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { HelpScreen } from '../../domain/records/help';
import { marketServices } from '../../domain/queue/market-queue';
import type { Market } from '../../domain/records/market';
import { loadCredentials } from '../app/credentials';
import { useTerminal } from '../app/terminal-context';
import { useI18n } from '../i18n';
import { kioskRecommendMachine } from '../state/kiosk-recommend-machine';
import { kioskSearchMachine } from '../state/kiosk-search-machine';
import {
  kioskSessionMachine,
  type ComingTile,
  type KioskScreen,
  type SessionEvent,
} from '../state/kiosk-session-machine';
import type { TicketPorts } from '../state/kiosk-ticket-machine';
import type { KioskService } from '../state/ticket-issue';
import { AttractScreen } from './attract/AttractScreen';
import { ApplyTicket } from './posting/ApplyTicket';
import { CallStaffPanel } from './call-staff/CallStaffPanel';
import { HomeTiles } from './HomeTiles';
import { IdleOverlay } from './IdleOverlay';
import { JobSearch } from './jobs/JobSearch';
import { KioskBar } from './KioskBar';
import { PostingDetail } from './posting/PostingDetail';
import { ServicePage } from './ServicePage';
import { useForgetDeliveredSeekers } from './register/use-forget-delivered';
import { ReadAloud } from './speech/read-aloud';
import { ReadAloudContext } from './speech/ReadAloudButton';
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

/** The call-staff record names the screen coarsely; attract and part-2 pages count as home. */
function helpScreen(screen: KioskScreen): HelpScreen {
  return screen === 'ticket' ? 'ticket' : screen === 'jobs' || screen === 'posting' ? 'jobs' : 'home';
}

interface SessionScreensProps {
  market: Market;
  screen: KioskScreen;
  postingId: string | null;
  coming: ComingTile | null;
  elder: boolean;
  send: (event: SessionEvent) => void;
  services: readonly KioskService[];
  ports: TicketPorts;
  serverUrl: string;
}

/** One person's screens: everything here is thrown away on an idle reset. */
function SessionScreens({
  market,
  screen,
  postingId,
  coming,
  elder,
  send,
  services,
  ports,
  serverUrl,
}: SessionScreensProps) {
  const search = useActorRef(kioskSearchMachine);
  const recommend = useActorRef(kioskRecommendMachine);
  // One voice per person: an idle reset unmounts this, which stops it and ends its worker.
  const [voice] = useState(() => new ReadAloud());
  useEffect(() => {
    if (typeof Worker !== 'undefined') voice.warm();
    return () => {
      voice.dispose();
    };
  }, [voice]);
  return (
    <ReadAloudContext.Provider value={{ voice, elder }}>
      <Screen
        market={market}
        screen={screen}
        postingId={postingId}
        coming={coming}
        elder={elder}
        send={send}
        services={services}
        ports={ports}
        serverUrl={serverUrl}
        search={search}
        recommend={recommend}
      />
    </ReadAloudContext.Provider>
  );
}

function Screen({
  market,
  screen,
  postingId,
  coming,
  elder,
  send,
  services,
  ports,
  serverUrl,
  search,
  recommend,
}: SessionScreensProps & {
  search: ActorRefFrom<typeof kioskSearchMachine>;
  recommend: ActorRefFrom<typeof kioskRecommendMachine>;
}) {
  const goHome = useCallback(() => {
    send({ type: 'HOME' });
  }, [send]);
  switch (screen) {
    case 'attract':
      return (
        <AttractScreen
          market={market}
          elder={elder}
          onStart={() => {
            send({ type: 'START' });
          }}
          onElder={(on) => {
            send({ type: 'SET_ELDER', elder: on });
          }}
        />
      );
    case 'ticket':
      return postingId === null ? (
        <TakeNumber market={market} services={services} ports={ports} onFinished={goHome} />
      ) : (
        <ApplyTicket
          market={market}
          postingId={postingId}
          services={services}
          ports={ports}
          onFinished={goHome}
          onCancelled={() => {
            send({ type: 'BACK' });
          }}
        />
      );
    case 'jobs':
      return (
        <JobSearch
          market={market}
          search={search}
          elder={elder}
          onOpen={(id) => {
            send({ type: 'OPEN_POSTING', postingId: id });
          }}
        />
      );
    case 'posting':
      return postingId === null ? null : (
        <PostingDetail
          postingId={postingId}
          serverUrl={serverUrl}
          onApply={() => {
            send({ type: 'APPLY' });
          }}
        />
      );
    case 'coming':
      return coming === null ? null : (
        <ServicePage
          tile={coming}
          market={market}
          elder={elder}
          serverUrl={serverUrl}
          send={send}
          recommend={recommend}
        />
      );
    case 'home':
      return (
        <HomeTiles
          onJobs={() => {
            send({ type: 'OPEN', screen: 'jobs' });
          }}
          onTicket={() => {
            send({ type: 'OPEN', screen: 'ticket' });
          }}
          onComing={(tile) => {
            send({ type: 'OPEN_COMING', tile });
          }}
        />
      );
  }
}

export function KioskHome({ market, services, idleMs, countdownSeconds, ticketPorts, portOptions }: KioskHomeProps) {
  const { setLocale } = useI18n();
  const { db } = useTerminal();
  const [session, send] = useMachine(kioskSessionMachine, {
    input: {
      ...(idleMs === undefined ? {} : { idleMs }),
      ...(countdownSeconds === undefined ? {} : { countdownSeconds }),
    },
  });
  useForgetDeliveredSeekers(db);
  const defaultPorts = useTicketPorts(market, portOptions);
  const ports = ticketPorts ?? defaultPorts;
  const serverUrl = portOptions?.serverUrl ?? loadCredentials(db)?.baseUrl ?? window.location.origin;
  const { screen, generation, staffCalled, remaining, elder, postingId, coming, history } = session.context;

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

  // The next person starts in Chinese: the language is the shell's state, so the reset reaches it here.
  useEffect(() => {
    if (generation > 0) setLocale('zh-CN');
  }, [generation, setLocale]);

  // Elder sizes reach the shell's header and footer too, so they are set on the document.
  useEffect(() => {
    const root = document.documentElement;
    if (elder) root.dataset.kioskMode = 'elder';
    else delete root.dataset.kioskMode;
    return () => {
      delete root.dataset.kioskMode;
    };
  }, [elder]);

  const dismissStaff = useCallback(() => {
    send({ type: 'DISMISS_STAFF' });
  }, [send]);

  return (
    <div className={elder ? 'kiosk kiosk-elder' : 'kiosk'} data-screen={screen}>
      {screen !== 'attract' && (
        <KioskBar
          showBack={screen !== 'home'}
          elder={elder}
          onBack={() => {
            send({ type: history.length === 0 ? 'HOME' : 'BACK' });
          }}
          onHome={() => {
            send({ type: 'HOME' });
          }}
          onElder={(on) => {
            send({ type: 'SET_ELDER', elder: on });
          }}
          onCallStaff={() => {
            send({ type: 'CALL_STAFF' });
          }}
        />
      )}
      {staffCalled && <CallStaffPanel marketId={market.id} screen={helpScreen(screen)} onClose={dismissStaff} />}
      <div key={generation} className="kiosk-screen">
        <SessionScreens
          market={market}
          screen={screen}
          postingId={postingId}
          coming={coming}
          elder={elder}
          send={send}
          services={services ?? marketServices(market)}
          ports={ports}
          serverUrl={serverUrl}
        />
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
