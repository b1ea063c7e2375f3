// The job board that pages by itself every N seconds; the pager machine owns
// the page and its timer, this renders the page it is on.
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect } from 'react';
import type { Posting } from '../../domain/records/posting';
import { useI18n } from '../i18n';
import { pagerMachine } from '../state/display-pager-machine';
import { JobCard } from '../ui/JobCard';

export function JobBoard({
  postings,
  pageSize,
  pageSeconds,
}: {
  postings: readonly Posting[] | undefined;
  pageSize: number;
  pageSeconds: number;
}) {
  const { t } = useI18n();
  const list = postings ?? [];
  const pages = Math.max(1, Math.ceil(list.length / pageSize));
  const pager = useActorRef(pagerMachine, { input: { intervalMs: pageSeconds * 1000, pageCount: pages } });
  useEffect(() => {
    pager.send({ type: 'PAGES.COUNTED', pageCount: pages });
  }, [pager, pages]);
  const page = Math.min(
    useSelector(pager, (s) => s.context.page),
    pages - 1,
  );
  const shown = list.slice(page * pageSize, (page + 1) * pageSize);
  return (
    <section className="display-panel job-board" aria-labelledby="display-jobs">
      <h2 id="display-jobs">
        {t('postings.title')}
        {postings !== undefined && ` · ${t('postings.count', { count: list.length })}`}
      </h2>
      {postings !== undefined && list.length === 0 ? (
        <p>{t('postings.empty')}</p>
      ) : (
        <ul className="job-list">
          {shown.map((p) => (
            <JobCard key={p.id} posting={p} />
          ))}
        </ul>
      )}
      {pages > 1 && <p className="job-page">{t('display.jobs.page', { page: page + 1, pages })}</p>}
    </section>
  );
}
