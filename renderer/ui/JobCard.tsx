import type { Posting } from '../../domain/records/posting';
import { districtByCode } from '../../domain/reference/districts';
import { useI18n } from '../i18n';

export function JobCard({ posting }: { posting: Posting }) {
  const { t } = useI18n();
  return (
    <li className="job-card" aria-label={posting.title}>
      <h3>{posting.title}</h3>
      <div className="pay">
        {posting.pay.amount} {t(`pay.unit.${posting.pay.unit}`)} · {t(`pay.method.${posting.pay.method}`)}
      </div>
      <div className="meta">
        {posting.occupation} · {districtByCode(posting.location.district)?.name ?? posting.location.district} ·{' '}
        {t('postings.headcount', { count: posting.headcount })}
      </div>
      <div className="meta">{t('postings.validUntil', { date: posting.validUntil })}</div>
    </li>
  );
}
