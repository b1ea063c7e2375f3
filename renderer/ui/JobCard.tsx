import type { Posting } from '../../domain/records/posting';
import { districtLabel, occupationLabel, payAmountLabel, payMethodLabel } from '../../domain/reference/labels';
import { useI18n } from '../i18n';

export function JobCard({ posting }: { posting: Posting }) {
  const { t, lang } = useI18n();
  return (
    <li className="job-card" aria-label={posting.title}>
      <h3>{posting.title}</h3>
      <div className="pay">
        {payAmountLabel(posting.pay, lang)} · {payMethodLabel(posting.pay.method, lang)}
      </div>
      <div className="meta">
        {occupationLabel(posting.occupationCode, posting.occupation, lang)} ·{' '}
        {districtLabel(posting.location.district, lang)} · {t('postings.headcount', { count: posting.headcount })}
      </div>
      <div className="meta">{t('postings.validUntil', { date: posting.validUntil })}</div>
    </li>
  );
}
