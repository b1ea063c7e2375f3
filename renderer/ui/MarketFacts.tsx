// 信息公开 (第十二条(二)): address, hours and phone of the market.
import type { Market, OpeningHours } from '../../domain/records/market';
import { useI18n } from '../i18n';

const WEEKDAY_ZH = ['', '一', '二', '三', '四', '五', '六', '日'];

function describeHours(h: OpeningHours): string {
  const days = h.weekdays.map((d) => WEEKDAY_ZH[d] ?? '').join('、');
  return `周${days} ${h.open}–${h.close}`;
}

export function MarketFacts({ market }: { market: Market }) {
  const { t } = useI18n();
  return (
    <dl className="market-facts">
      <div>
        <dt>{t('market.address')}</dt>
        <dd>{market.address}</dd>
      </div>
      <div>
        <dt>{t('market.hours')}</dt>
        <dd>{market.hours.map(describeHours).join('；')}</dd>
      </div>
      <div>
        <dt>{t('market.phone')}</dt>
        <dd>{market.phone}</dd>
      </div>
    </dl>
  );
}
