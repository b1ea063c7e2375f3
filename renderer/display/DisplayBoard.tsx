// Lobby display: the job board. Paging, "now calling" and the ticker arrive
// with their issues.
import type { Market } from '../../domain/records/market';
import { useOpenPostings } from '../app/use-market-data';
import { useI18n } from '../i18n';
import { JobCard } from '../ui/JobCard';

export function DisplayBoard({ market: _market }: { market: Market }) {
  const { t } = useI18n();
  const postings = useOpenPostings();
  return (
    <section className="display-board" aria-labelledby="display-jobs">
      <h2 id="display-jobs">
        {t('postings.title')}
        {postings !== undefined && ` · ${t('postings.count', { count: postings.length })}`}
      </h2>
      <ul className="job-list">
        {(postings ?? []).slice(0, 9).map((p) => (
          <JobCard key={p.id} posting={p} />
        ))}
      </ul>
    </section>
  );
}
