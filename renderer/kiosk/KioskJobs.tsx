// "找工作 / find a job": the market and its open jobs from the local store
// (what the kiosk home showed before the queue arrived).
import type { Market } from '../../domain/records/market';
import { useOpenPostings } from '../app/use-market-data';
import { useI18n } from '../i18n';
import { JobCard } from '../ui/JobCard';
import { MarketFacts } from '../ui/MarketFacts';

export function KioskJobs({ market }: { market: Market }) {
  const { t } = useI18n();
  const postings = useOpenPostings();
  return (
    <section aria-labelledby="kiosk-jobs">
      <MarketFacts market={market} />
      <h2 id="kiosk-jobs">{t('postings.title')}</h2>
      {postings === undefined ? (
        <p>{t('app.loading')}</p>
      ) : postings.length === 0 ? (
        <p>{t('postings.empty')}</p>
      ) : (
        <>
          <p>{t('postings.count', { count: postings.length })}</p>
          <ul className="job-list">
            {postings.slice(0, 12).map((p) => (
              <JobCard key={p.id} posting={p} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
