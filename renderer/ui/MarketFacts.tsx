// 信息公开 (第十二条(二)): address, hours and phone of the market.
import type { Market } from '../../domain/records/market';
import { openingHoursListLabel } from '../../domain/reference/labels';
import { useI18n } from '../i18n';

export function MarketFacts({ market }: { market: Market }) {
  const { t, lang } = useI18n();
  return (
    <dl className="market-facts">
      <div>
        <dt>{t('market.address')}</dt>
        <dd>{market.address}</dd>
      </div>
      <div>
        <dt>{t('market.hours')}</dt>
        <dd>{openingHoursListLabel(market.hours, lang)}</dd>
      </div>
      <div>
        <dt>{t('market.phone')}</dt>
        <dd>{market.phone}</dd>
      </div>
    </dl>
  );
}
