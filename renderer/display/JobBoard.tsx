// The job board: as many cards as fit the panel (use-fit-count), paging the
// rest by itself every N seconds; the pager machine owns the page and its
// timer, this renders the page it is on.
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useRef } from 'react';
import type { Posting } from '../../domain/records/posting';
import { useI18n } from '../i18n';
import { pagerMachine } from '../state/display-pager-machine';
import { BoardCard } from './BoardCard';
import { useFitCount } from './use-fit-count';

export function JobBoard({
  postings,
  fallbackPageSize,
  pageSeconds,
}: {
  postings: readonly Posting[] | undefined;
  /** Cards per page until the panel has been measured (and where nothing can measure). */
  fallbackPageSize: number;
  pageSeconds: number;
}) {
  const { t } = useI18n();
  const listRef = useRef<HTMLUListElement>(null);
  const pageSize = useFitCount(listRef, fallbackPageSize);
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
        {pages > 1 && ' · '}
        {pages > 1 && <span className="job-page">{t('display.jobs.page', { page: page + 1, pages })}</span>}
      </h2>
      {postings !== undefined && list.length === 0 && <p>{t('postings.empty')}</p>}
      <ul ref={listRef} className="board-list" data-page={page}>
        {shown.map((p) => (
          <BoardCard key={p.id} posting={p} />
        ))}
      </ul>
    </section>
  );
}
