// The receipt: the registration is saved (and leaves the kiosk once the
// server has it); a QR opens the seeker's own status page on the server,
// which shows whether it has arrived and names nobody.
import { useI18n } from '../../i18n';
import { KioskIcon } from '../KioskIcon';
import { useQrDataUrl } from '../use-qr';

export function seekerStatusUrl(serverUrl: string, seekerId: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/s/${seekerId}`;
}

export function Receipt({
  serverUrl,
  seekerId,
  onHome,
  onRecommend,
}: {
  serverUrl: string;
  seekerId: string;
  onHome: () => void;
  onRecommend: () => void;
}) {
  const { t } = useI18n();
  const url = seekerStatusUrl(serverUrl, seekerId);
  const qr = useQrDataUrl(url);
  return (
    <div className="kiosk-receipt">
      <p className="kiosk-ok" role="status">
        {t('kiosk.register.done')}
      </p>
      <p>{t('kiosk.register.doneText')}</p>
      {qr !== null && <img src={qr} alt={t('kiosk.register.qrAlt')} />}
      <p>{t('kiosk.register.qr')}</p>
      <div className="kiosk-actions">
        <button type="button" className="primary" onClick={onRecommend}>
          <KioskIcon name="star" />
          {t('kiosk.home.recommend')}
        </button>
        <button type="button" onClick={onHome}>
          <KioskIcon name="home" />
          {t('kiosk.nav.home')}
        </button>
      </div>
    </div>
  );
}
