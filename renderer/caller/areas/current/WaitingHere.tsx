// The 当前服务 area's two columns: who waits for this window (and which of
// them cannot be called while offline), and today's figures of the window.
import { isWaiting, stampMillis } from '../../../../domain/queue/ticket-state';
import { useTerminal } from '../../../app/terminal-context';
import { useI18n } from '../../../i18n';
import { mayCallHereOffline, type CallerWindow } from '../../../state/caller-machine';
import { callerFigures } from '../../figures';
import { laneLabelOf, useCallFrame } from '../../window/call-frame';
import { Fact } from '../../window/Fact';

export function WaitingHere({ window: win }: { window: CallerWindow }) {
  const { t, locale } = useI18n();
  const { now } = useTerminal();
  const { queue, offline, services } = useCallFrame();
  const nowMs = now();
  const waiting = (queue ?? [])
    .filter((q) => isWaiting(q) && win.lanes.includes(q.lane))
    .filter((q) => q.assignedWindow === null || q.assignedWindow === win.windowNumber)
    .sort((a, b) => (a.issuedAt < b.issuedAt ? -1 : 1));
  return (
    <section aria-labelledby="caller-queue-heading">
      <h3 id="caller-queue-heading">{t('caller.queue.heading')}</h3>
      {waiting.length === 0 ? (
        <p>{t('caller.queue.empty')}</p>
      ) : (
        <ul className="caller-queue">
          {waiting.map((q) => (
            <li key={q.ticketId}>
              <strong>{q.display}</strong> {laneLabelOf(services, q.lane, locale === 'zh-CN')}
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
  );
}

export function TodayAtWindow({ window: win }: { window: CallerWindow }) {
  const { t, locale } = useI18n();
  const { queue, services } = useCallFrame();
  const figures = callerFigures(queue ?? [], win.windowNumber);
  return (
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
  );
}
