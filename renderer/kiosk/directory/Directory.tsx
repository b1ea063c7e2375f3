// 零工市场名录 (第十二条(二)): every market and 驿站 the store knows, this
// market first, then by district, with address, hours, phone and services;
// the QR opens the server's public directory (/markets) on the phone.
import { useLiveQuery } from 'dexie-react-hooks';
import { marketServices } from '../../../domain/queue/market-queue';
import type { Market } from '../../../domain/records/market';
import { districtLabel, openingHoursListLabel } from '../../../domain/reference/labels';
import { useTerminal } from '../../app/terminal-context';
import { recordTable } from '../../db/database';
import { useI18n } from '../../i18n';
import { ReadAloudButton } from '../speech/ReadAloudButton';
import { useQrDataUrl } from '../use-qr';

export function Directory({ market, serverUrl }: { market: Market; serverUrl: string }) {
  const { t, lang } = useI18n();
  const { db } = useTerminal();
  const markets = useLiveQuery(async () => {
    const all = (await recordTable(db, 'markets').toArray()).filter((m) => !m.deleted);
    return all.sort((a, b) => {
      if (a.id === market.id) return -1;
      if (b.id === market.id) return 1;
      return a.district.localeCompare(b.district) || a.name.localeCompare(b.name, 'zh-CN');
    });
  }, [db, market.id]);
  const qr = useQrDataUrl(`${serverUrl.replace(/\/+$/, '')}/markets`);
  return (
    <section className="kiosk-directory" aria-labelledby="kiosk-directory-heading">
      <div className="kiosk-heading-row">
        <h2 id="kiosk-directory-heading">{t('kiosk.home.directory')}</h2>
        {qr !== null && <img src={qr} alt={t('kiosk.directory.qrAlt')} width={160} height={160} />}
      </div>
      {markets === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <ul className="kiosk-plain-list">
          {markets.map((m) => {
            const services = marketServices(m)
              .map((s) => (lang === 'zh' ? s.label : s.labelEn))
              .join('、');
            const hours = openingHoursListLabel(m.hours, lang);
            return (
              <li key={m.id} className="kiosk-directory-item">
                <div>
                  <h3>
                    {m.name}
                    {m.id === market.id ? ` · ${t('kiosk.directory.here')}` : ''}
                  </h3>
                  <p>
                    {districtLabel(m.district, lang)} · {m.address}
                  </p>
                  <p>{t('kiosk.directory.hours', { hours })}</p>
                  <p>{t('kiosk.directory.phone', { phone: m.phone })}</p>
                  <p>{t('kiosk.directory.services', { services })}</p>
                </div>
                <ReadAloudButton text={`${m.name}。${m.address}。${hours}。${m.phone}`} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
