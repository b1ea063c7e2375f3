// The trades as big picture tiles (many seekers choose by picture, not by
// reading): one tap picks a trade, another drops it.
import { OCCUPATIONS } from '../../../domain/reference/occupations';
import { occupationLabel } from '../../../domain/reference/labels';
import { useI18n } from '../../i18n';
import { KioskIcon } from '../KioskIcon';

export function TradeTiles({ chosen, onToggle }: { chosen: readonly string[]; onToggle: (code: string) => void }) {
  const { t, lang } = useI18n();
  return (
    <section className="kiosk-trades" aria-labelledby="kiosk-trades-heading">
      <h3 id="kiosk-trades-heading">{t('kiosk.search.trades')}</h3>
      <ul>
        {OCCUPATIONS.map((o) => (
          <li key={o.code}>
            <button
              type="button"
              className="kiosk-trade"
              aria-pressed={chosen.includes(o.code)}
              onClick={() => {
                onToggle(o.code);
              }}
            >
              <KioskIcon name={o.icon} size={48} />
              <span>{occupationLabel(o.code, o.label, lang)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
