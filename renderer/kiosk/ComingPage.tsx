// A part-2 service this kiosk cannot offer yet: says so plainly and leaves
// ways on (a window, staff, the job search) so it is never a dead end.
import { useI18n, type MessageKey } from '../i18n';
import type { ComingTile } from '../state/kiosk-session-machine';
import { KioskIcon } from './KioskIcon';

export function ComingPage({ tile, onJobs }: { tile: ComingTile; onJobs: () => void }) {
  const { t } = useI18n();
  const label: MessageKey = `kiosk.home.${tile}`;
  return (
    <section className="kiosk-coming" aria-labelledby="kiosk-coming-heading">
      <h2 id="kiosk-coming-heading">{t(label)}</h2>
      <p className="kiosk-ok">{t('kiosk.coming.title')}</p>
      <p>{t('kiosk.coming.text')}</p>
      <div className="kiosk-actions">
        <button type="button" className="primary" onClick={onJobs}>
          <KioskIcon name="jobs" />
          {t('kiosk.coming.jobs')}
        </button>
      </div>
    </section>
  );
}
