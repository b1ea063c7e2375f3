// What the kiosk shows while nobody uses it: the market's name, one big
// "点击屏幕开始", and the two choices a seeker may want before anything else:
// 长辈模式 and the language.
import type { Market } from '../../../domain/records/market';
import { useI18n } from '../../i18n';
import { KioskIcon } from '../KioskIcon';

export function AttractScreen({
  market,
  elder,
  onStart,
  onElder,
}: {
  market: Market;
  elder: boolean;
  onStart: () => void;
  onElder: (elder: boolean) => void;
}) {
  const { t, locale, setLocale } = useI18n();
  return (
    <section className="kiosk-attract" aria-labelledby="kiosk-attract-market">
      <h2 id="kiosk-attract-market" className="kiosk-attract-market">
        {market.name}
      </h2>
      <p className="kiosk-attract-welcome">{t('kiosk.attract.welcome')}</p>
      <button type="button" className="primary kiosk-attract-start" onClick={onStart}>
        <KioskIcon name="hand" size={120} />
        {t('kiosk.attract.start')}
      </button>
      <div className="kiosk-actions kiosk-attract-options">
        <button
          type="button"
          aria-pressed={elder}
          onClick={() => {
            onElder(!elder);
          }}
        >
          <KioskIcon name="elderly" />
          {t(elder ? 'kiosk.elder.on' : 'kiosk.elder.off')}
        </button>
        <button
          type="button"
          lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}
          onClick={() => {
            setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN');
          }}
        >
          <KioskIcon name="globe" />
          {t('lang.switch')}
        </button>
      </div>
    </section>
  );
}
