// One posting on the lobby's board: trade icon, title (clipped with an
// ellipsis, never wrapping into the next card), the pay highlighted, trade,
// district and headcount — the reference words in the screen's language
// (domain/reference/labels), the posting's own words as written.
import type { Posting } from '../../domain/records/posting';
import { districtLabel, occupationLabel, payAmountLabel, payMethodLabel } from '../../domain/reference/labels';
import { useI18n } from '../i18n';
import { TradeIcon } from './TradeIcon';

export function BoardCard({ posting }: { posting: Posting }) {
  const { t, lang } = useI18n();
  return (
    <li className="board-card" aria-label={posting.title}>
      <TradeIcon code={posting.occupationCode} />
      <div className="board-card-text">
        <h3 className="board-card-title" title={posting.title}>
          {posting.title}
        </h3>
        <p className="board-card-pay">
          {payAmountLabel(posting.pay, lang)} · {payMethodLabel(posting.pay.method, lang)}
        </p>
        <p className="board-card-meta">
          {occupationLabel(posting.occupationCode, posting.occupation, lang)} ·{' '}
          {districtLabel(posting.location.district, lang)} · {t('postings.headcount', { count: posting.headcount })}
        </p>
      </div>
    </li>
  );
}
