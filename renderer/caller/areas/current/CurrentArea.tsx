// 当前服务 (Alt+1): the ticket at this window with what the kiosk attached,
// the people waiting for this window, and today's figures — the call panel's
// companion, as the window showed before it had other work areas.
import { useLiveQuery } from 'dexie-react-hooks';
import { PRIORITY_LABELS } from '../../../../domain/queue/fairness';
import { useTerminal } from '../../../app/terminal-context';
import { recordTable } from '../../../db/database';
import { useI18n } from '../../../i18n';
import { laneLabelOf, useCallFrame } from '../../window/call-frame';
import { Fact } from '../../window/Fact';
import type { WorkAreaProps } from '../work-area';
import { TodayAtWindow, WaitingHere } from './WaitingHere';

export function CurrentArea({ window: win }: WorkAreaProps) {
  const { t, locale } = useI18n();
  const { db } = useTerminal();
  const { phase, current, services } = useCallFrame();
  const zh = locale === 'zh-CN';
  const posting = useLiveQuery(
    async () =>
      current?.postingId == null ? null : ((await recordTable(db, 'postings').get(current.postingId)) ?? null),
    [db, current?.postingId],
  );

  return (
    <>
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
              <Fact label={t('caller.current.service')}>{laneLabelOf(services, current.lane, zh)}</Fact>
              <Fact label={t('caller.current.priority')}>
                {zh ? PRIORITY_LABELS[current.priority].zh : PRIORITY_LABELS[current.priority].en}
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
      <div className="caller-columns">
        <WaitingHere window={win} />
        <TodayAtWindow window={win} />
      </div>
    </>
  );
}
