// 为你推荐 (第十条(二)): a walk-in taps the kind of work they want (a quick
// profile: no name, no phone, nothing stored) and gets the market's open
// postings ranked by domain/matching, each with the reasons it fits. From a
// result, 我要报名 takes the 即时快招 ticket for that job (the session
// machine opens ApplyTicket with the posting).
import { useSelector } from '@xstate/react';
import { useMemo } from 'react';
import type { ActorRefFrom } from 'xstate';
import { QUICK_PROFILES, quickProfile } from '../../../domain/matching/profile';
import { rankPostings } from '../../../domain/matching/rank';
import type { Market } from '../../../domain/records/market';
import { useI18n } from '../../i18n';
import type { kioskRecommendMachine } from '../../state/kiosk-recommend-machine';
import { KioskIcon } from '../KioskIcon';
import { KioskTile } from '../KioskTile';
import { ReadAloudButton } from '../speech/ReadAloudButton';
import { MatchCard } from './MatchCard';
import { useOpenPostings } from './use-matchable';

/** Ten at a time is what fits a portrait screen readably; elder mode shows fewer. */
const LIMIT = 10;
const ELDER_LIMIT = 5;

export interface RecommendProps {
  market: Market;
  /** Held by the session (like the search), so coming back from a job keeps the chosen profile. */
  recommend: ActorRefFrom<typeof kioskRecommendMachine>;
  elder: boolean;
  onTakeTicket: (postingId: string) => void;
  onOpenPosting: (postingId: string) => void;
  /** No result fits: the full job search is the way on. */
  onJobs: () => void;
}

export function Recommend({ market, recommend, elder, onTakeTicket, onOpenPosting, onJobs }: RecommendProps) {
  const { t, lang } = useI18n();
  const quickId = useSelector(recommend, (s) => s.context.quickId);
  const open = useOpenPostings();
  const quick = QUICK_PROFILES.find((q) => q.id === quickId) ?? null;
  const matches = useMemo(
    () =>
      quick === null || open === undefined
        ? []
        : rankPostings(quickProfile(quick, market.district), open.postings, {
            today: open.today,
            limit: elder ? ELDER_LIMIT : LIMIT,
          }),
    [quick, open, market.district, elder],
  );
  return (
    <section className="kiosk-recommend" aria-labelledby="kiosk-recommend-heading">
      <div className="kiosk-heading-row">
        <h2 id="kiosk-recommend-heading">{t('kiosk.recommend.heading')}</h2>
        <ReadAloudButton text={t('kiosk.recommend.help')} />
      </div>
      <p>{t('kiosk.recommend.intro')}</p>
      <ul className="kiosk-tiles kiosk-quick-tiles" aria-label={t('kiosk.recommend.choose')}>
        {QUICK_PROFILES.map((q) => (
          <li key={q.id} aria-current={q.id === quickId ? 'true' : undefined}>
            <KioskTile
              icon={q.icon}
              label={lang === 'zh' ? q.label.zh : q.label.en}
              primary={q.id === quickId}
              onPress={() => {
                recommend.send({ type: 'CHOOSE', quickId: q.id });
              }}
            />
          </li>
        ))}
      </ul>
      {quick !== null &&
        (open === undefined ? (
          <p role="status">{t('app.loading')}</p>
        ) : (
          <div className="kiosk-matches">
            <p className="kiosk-count" role="status" aria-live="polite">
              {t('kiosk.recommend.count', { count: matches.length })}
            </p>
            {matches.length === 0 ? (
              <div className="kiosk-actions">
                <p>{t('kiosk.recommend.none')}</p>
                <button type="button" className="primary" onClick={onJobs}>
                  <KioskIcon name="jobs" />
                  {t('kiosk.home.findJob')}
                </button>
              </div>
            ) : (
              <ol className="kiosk-match-list">
                {matches.map((m) => (
                  <li key={m.posting.id}>
                    <MatchCard
                      match={m}
                      employerName={open.employerNames.get(m.posting.employerId) ?? ''}
                      onTakeTicket={onTakeTicket}
                      onOpenPosting={onOpenPosting}
                    />
                  </li>
                ))}
              </ol>
            )}
          </div>
        ))}
    </section>
  );
}
