// "No result" is never a blank screen: it says so and offers the filters to
// drop, each with how many jobs it brings back, or to clear every choice.
import type { Widening } from '../../../domain/posting/search';
import { useI18n } from '../../i18n';

export function NoResults({
  widenings,
  anyOpen,
  onWiden,
  onClear,
}: {
  widenings: readonly { drop: Widening; count: number }[];
  /** Whether the market has any open job at all today. */
  anyOpen: boolean;
  onWiden: (drop: Widening) => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  if (!anyOpen) {
    return (
      <p role="status" className="kiosk-none">
        {t('kiosk.search.noneAtAll')}
      </p>
    );
  }
  return (
    <div role="status" className="kiosk-none">
      <p>{t('kiosk.search.none')}</p>
      <p>{t('kiosk.search.widenHint')}</p>
      <div className="kiosk-actions">
        {widenings.map((w) => (
          <button
            key={w.drop}
            type="button"
            onClick={() => {
              onWiden(w.drop);
            }}
          >
            {t(`kiosk.search.widen.${w.drop}`, { count: w.count })}
          </button>
        ))}
        <button type="button" className="primary" onClick={onClear}>
          {t('kiosk.search.clearAll')}
        </button>
      </div>
    </div>
  );
}
