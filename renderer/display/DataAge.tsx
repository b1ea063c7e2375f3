// How old the display's data is (DESIGN §5): the time since the last
// successful sync, and a plain warning once the terminal has been offline for
// longer than a couple of minutes, since the queue and jobs on screen may then
// be out of date.
import { useSelector } from '@xstate/react';
import { selectLastSuccessAt, selectOfflineSince, selectSyncKind, type SyncEngine } from '../../sync/client';
import { useI18n } from '../i18n';

export const OFFLINE_WARNING_MS = 2 * 60_000;

export function DataAge({ status, nowMs }: { status: SyncEngine['status']; nowMs: number }) {
  const { t } = useI18n();
  const kind = useSelector(status, selectSyncKind);
  const lastSuccessAt = useSelector(status, selectLastSuccessAt);
  const offlineSince = useSelector(status, selectOfflineSince);
  let age: string;
  if (lastSuccessAt === null) age = t('display.age.never');
  else {
    const minutes = Math.floor(Math.max(0, nowMs - lastSuccessAt) / 60_000);
    const ago =
      minutes < 1
        ? t('display.age.justNow')
        : minutes < 60
          ? t('display.age.minutes', { count: minutes })
          : t('display.age.hours', { count: Math.floor(minutes / 60) });
    age = t('display.age.updated', { ago });
  }
  const offlineFor = offlineSince === null || kind === 'online' ? 0 : nowMs - offlineSince;
  return (
    <div className="data-age">
      <output className="data-age-text">{age}</output>
      {offlineFor > OFFLINE_WARNING_MS && (
        <p role="alert" className="data-age-warning">
          {t('display.age.offline', { minutes: Math.floor(offlineFor / 60_000) })}
        </p>
      )}
    </div>
  );
}
