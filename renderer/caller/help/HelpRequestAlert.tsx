// The windows' side of "呼叫工作人员": every caller of the market shows a
// kiosk's request at once, with a chime, and "我去处理 / I'll go" marks it
// taken by this window — which the other windows and the kiosk then show.
// Its own component, mounted with one line in the window screen.
import { useCallback, useState } from 'react';
import type { HelpRequest } from '../../../domain/records/help';
import { useTerminal } from '../../app/terminal-context';
import { displayAudio } from '../../audio/display-audio';
import { takeHelpRequest } from '../../db/help-requests';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import type { CallerWindow } from '../../state/caller-machine';
import type { StaffIdentity } from '../../state/staff-session-machine';
import { useHelpRequests, type Chime } from './use-help-requests';
import './help-alert.css';

const SCREEN_KEY: Record<HelpRequest['screen'], MessageKey> = {
  home: 'help.screen.home',
  ticket: 'help.screen.ticket',
  jobs: 'help.screen.jobs',
};

const playChime: Chime = async () => {
  await displayAudio().player?.play(['chime']);
};

function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' });
}

export interface HelpRequestAlertProps {
  readonly window: CallerWindow;
  readonly staff: StaffIdentity;
  /** The sound of a new request (tests pass their own); by default the page's chime clip. */
  readonly chime?: Chime;
}

export function HelpRequestAlert({ window: win, staff, chime = playChime }: HelpRequestAlertProps) {
  const { t } = useI18n();
  const { db, ctx } = useTerminal();
  const [problem, setProblem] = useState<string | null>(null);
  const onChimeFailed = useCallback((error: unknown) => {
    // The request is on screen either way; the operator's console says why it was silent.
    console.warn('求助提示音无法播放 / the help chime could not play', error);
  }, []);
  const requests = useHelpRequests(win.marketId, chime, onChimeFailed);
  if (requests === undefined || requests.length === 0) return null;
  const take = (r: HelpRequest) => {
    if (ctx == null) return;
    setProblem(null);
    takeHelpRequest(db, ctx, r.id, {
      terminalId: win.terminalId,
      windowNumber: win.windowNumber,
      staffNo: staff.staffNo,
    }).catch((error: unknown) => {
      setProblem(t('help.caller.takeFailed', { detail: error instanceof Error ? error.message : String(error) }));
    });
  };
  return (
    <section className="help-alert" aria-labelledby="help-alert-heading" role="alert">
      <h3 id="help-alert-heading">{t('help.caller.title')}</h3>
      <ul>
        {requests.map((r) => (
          <li key={r.id} className={`help-request help-request-${r.status}`}>
            <span>
              {t('help.caller.request', {
                kiosk: r.kioskLabel,
                screen: t(SCREEN_KEY[r.screen]),
                time: clockTime(r.requestedAt),
              })}
            </span>
            {r.status === 'open' ? (
              <button
                type="button"
                className="button primary"
                onClick={() => {
                  take(r);
                }}
              >
                {t('help.caller.take')}
              </button>
            ) : r.takenBy?.terminalId === win.terminalId ? (
              <strong>{t('help.caller.takenByMe', { kiosk: r.kioskLabel })}</strong>
            ) : (
              <strong>
                {t('help.caller.takenByOther', {
                  window: r.takenBy?.windowNumber ?? '',
                  staffNo: r.takenBy?.staffNo ?? '',
                })}
              </strong>
            )}
          </li>
        ))}
      </ul>
      {problem !== null && <p className="help-problem">{problem}</p>}
    </section>
  );
}
