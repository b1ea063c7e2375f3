// The staff window (issue 4 "Caller: the window"): log in with a PIN, pick the
// window once if this terminal has no Terminal record of its own, then call.
// Any key or touch counts as activity; a spell without any locks the window
// (the call flow keeps its ticket: the machine picks it up again from the
// queue when the window is unlocked).
import { useActorRef, useSelector } from '@xstate/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { marketCallingRule, marketServices } from '../../domain/queue/market-queue';
import { windowsFromTerminals } from '../../domain/queue/config';
import type { Market } from '../../domain/records/market';
import { useTerminal } from '../app/terminal-context';
import { recordTable } from '../db/database';
import { activeStaff } from '../db/queries';
import { useI18n } from '../i18n';
import type { CallerWindow } from '../state/caller-machine';
import { loadWindowSetting, resolveWindow, saveWindowSetting, windowChoices } from '../state/caller-window-setting';
import { loadLockouts, saveLockouts } from '../state/staff-lockout-store';
import { staffSessionMachine } from '../state/staff-session-machine';
import { claimTransportFor, createCallerDeps } from './caller-deps';
import { useCallerServices } from './caller-services';
import { LoginScreen } from './LoginScreen';
import { useCallerQueue } from './use-caller-queue';
import { WindowScreen } from './WindowScreen';
import './caller.css';

function WindowPicker({
  terminals,
  onPick,
}: {
  terminals: Parameters<typeof windowChoices>[0];
  onPick: (n: number) => void;
}) {
  const { t } = useI18n();
  const choices = windowChoices(terminals);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    listRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);
  if (choices.length === 0) return <p role="alert">{t('caller.window.none')}</p>;
  return (
    <section aria-labelledby="caller-window-pick">
      <h2 id="caller-window-pick">{t('caller.window.heading')}</h2>
      <p>{t('caller.window.explain')}</p>
      <ul
        ref={listRef}
        className="caller-staff-list"
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
          e.preventDefault();
          const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
          const at = buttons.findIndex((b) => b === document.activeElement);
          buttons[(at + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length]?.focus();
        }}
      >
        {choices.map((w) => (
          <li key={w.number}>
            <button
              type="button"
              onClick={() => {
                onPick(w.number);
              }}
            >
              {t('caller.window.option', { number: w.number, lanes: w.lanes.join('、') })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CallerHome({ market }: { market: Market }) {
  const { t } = useI18n();
  const { db, now, ctx } = useTerminal();
  const services = useCallerServices();
  const storage = services.storage ?? localStorage;
  const staff = useLiveQuery(() => activeStaff(db, market.id), [db, market.id]);
  const terminals = useLiveQuery(
    async () =>
      (await recordTable(db, 'terminals').where('marketId').equals(market.id).toArray()).filter((x) => !x.deleted),
    [db, market.id],
  );
  const [setting, setSetting] = useState(() => loadWindowSetting(db.name, storage));
  const session = useActorRef(staffSessionMachine, {
    input: {
      now,
      ...(services.idleMs === undefined ? {} : { idleMs: services.idleMs }),
      lockouts: loadLockouts(db.name, storage),
      saveLockouts: (l) => {
        saveLockouts(db.name, l, storage);
      },
    },
  });
  const who = useSelector(session, (s) => s.context.staff);
  const queue = useCallerQueue(market.id);

  useEffect(() => {
    const onActivity = () => {
      session.send({ type: 'ACTIVITY' });
    };
    document.addEventListener('keydown', onActivity, true);
    document.addEventListener('pointerdown', onActivity, true);
    return () => {
      document.removeEventListener('keydown', onActivity, true);
      document.removeEventListener('pointerdown', onActivity, true);
    };
  }, [session]);

  const claims = useMemo(() => services.claims ?? claimTransportFor(db), [services.claims, db]);
  const deps = useMemo(() => (ctx == null ? null : createCallerDeps(db, ctx, claims)), [db, ctx, claims]);

  if (ctx == null || deps === null) return <p role="alert">{t('caller.notEnrolled')}</p>;
  if (staff === undefined || terminals === undefined) return <p>{t('app.loading')}</p>;
  if (who === null) return <LoginScreen staff={staff} session={session} />;

  const resolved = resolveWindow(terminals, ctx.deviceId, setting);
  if (resolved === null) {
    return (
      <WindowPicker
        terminals={terminals}
        onPick={(n) => {
          saveWindowSetting(db.name, n, storage);
          setSetting(n);
        }}
      />
    );
  }
  const win: CallerWindow = {
    marketId: market.id,
    terminalId: ctx.deviceId,
    windowNumber: resolved.windowNumber,
    lanes: resolved.lanes,
    windows: windowsFromTerminals(terminals),
  };
  return (
    <WindowScreen
      // A different window or lane set is a different flow: start it afresh.
      key={`${win.windowNumber}:${win.lanes.join('')}`}
      market={market}
      window={win}
      deps={deps}
      staff={who}
      queue={queue}
      services={marketServices(market)}
      rule={marketCallingRule(market)}
      onLock={() => {
        session.send({ type: 'LOCK' });
      }}
    />
  );
}
