// "找工作 / find a job": trades as picture tiles, the other filters as big
// toggles, free text, the result count and a virtualized list. The choices
// live in the search machine (held by the kiosk for the whole session, so
// coming back from a posting keeps them); this screen draws them and the
// results worked out by domain/posting/search.
import { useSelector } from '@xstate/react';
import { useMemo } from 'react';
import type { ActorRefFrom } from 'xstate';
import { searchJobs, widenings } from '../../../domain/posting/search';
import type { Market } from '../../../domain/records/market';
import { useI18n } from '../../i18n';
import type { kioskSearchMachine } from '../../state/kiosk-search-machine';
import { ReadAloudButton } from '../speech/ReadAloudButton';
import { FilterBar } from './FilterBar';
import { JobList } from './JobList';
import { NoResults } from './NoResults';
import { SearchBox } from './SearchBox';
import { TradeTiles } from './TradeTiles';
import { useJobIndex } from './use-job-index';

export function JobSearch({
  market,
  search,
  elder,
  onOpen,
}: {
  market: Market;
  search: ActorRefFrom<typeof kioskSearchMachine>;
  elder: boolean;
  onOpen: (postingId: string) => void;
}) {
  const { t } = useI18n();
  const filters = useSelector(search, (s) => s.context.filters);
  const index = useJobIndex();
  const results = useMemo(
    () =>
      index === undefined
        ? []
        : searchJobs(index.entries, filters, index.today, { marketDistrictCode: market.district }),
    [index, filters, market.district],
  );
  const widen = useMemo(
    () => (index === undefined || results.length > 0 ? [] : widenings(index.entries, filters, index.today)),
    [index, filters, results.length],
  );
  return (
    <section className="kiosk-jobs" aria-labelledby="kiosk-jobs-heading">
      <div className="kiosk-heading-row">
        <h2 id="kiosk-jobs-heading">{t('kiosk.jobs.heading')}</h2>
        <ReadAloudButton text={t('kiosk.read.jobsHelp')} />
      </div>
      <SearchBox
        text={filters.text}
        onText={(text) => {
          search.send({ type: 'TEXT', text });
        }}
      />
      <TradeTiles
        chosen={filters.occupationCodes}
        onToggle={(code) => {
          search.send({ type: 'TOGGLE_TRADE', code });
        }}
      />
      <FilterBar filters={filters} send={search.send} />
      {index === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          <p className="kiosk-count" role="status" aria-live="polite">
            {t('kiosk.search.count', { count: results.length })}
          </p>
          {results.length === 0 ? (
            <NoResults
              widenings={widen}
              anyOpen={index.entries.length > 0}
              onWiden={(drop) => {
                search.send({ type: 'WIDEN', drop });
              }}
              onClear={() => {
                search.send({ type: 'CLEAR' });
              }}
            />
          ) : (
            <JobList results={results} elder={elder} onOpen={onOpen} />
          )}
        </>
      )}
    </section>
  );
}
