// The bar on every kiosk screen but the attract screen: back, home, 长辈模式
// and "呼叫工作人员" (the language switch and the rights hotline are the
// shell's, on every screen).
import { useI18n } from '../i18n';
import { KioskIcon } from './KioskIcon';

export function KioskBar({
  showBack,
  elder,
  onBack,
  onHome,
  onElder,
  onCallStaff,
}: {
  showBack: boolean;
  elder: boolean;
  onBack: () => void;
  onHome: () => void;
  onElder: (elder: boolean) => void;
  onCallStaff: () => void;
}) {
  const { t } = useI18n();
  return (
    <nav className="kiosk-bar" aria-label={t('kiosk.title')}>
      {showBack && (
        <>
          <button type="button" onClick={onBack}>
            <KioskIcon name="back" />
            {t('kiosk.nav.back')}
          </button>
          <button type="button" onClick={onHome}>
            <KioskIcon name="home" />
            {t('kiosk.nav.home')}
          </button>
        </>
      )}
      <button
        type="button"
        className="kiosk-elder-toggle"
        aria-pressed={elder}
        onClick={() => {
          onElder(!elder);
        }}
      >
        <KioskIcon name="elderly" />
        {t(elder ? 'kiosk.elder.on' : 'kiosk.elder.off')}
      </button>
      <button type="button" className="kiosk-staff" onClick={onCallStaff}>
        <KioskIcon name="staff" />
        {t('kiosk.staff.call')}
      </button>
    </nav>
  );
}
