// 服务评价: five big faces per aspect (服务环境, 服务过程, 服务结果), the
// chips that fit the level chosen, and one anonymous save. The record names
// no seeker; it carries the session's ticket only when one was taken.
import { useMachine } from '@xstate/react';
import { useMemo } from 'react';
import {
  RATING_ASPECTS,
  RATING_LEVELS,
  RATING_REASONS,
  reasonsFor,
  type RatingAspect,
} from '../../../domain/records/rating';
import type { Market } from '../../../domain/records/market';
import { useTerminal } from '../../app/terminal-context';
import { newRecordId, putRecord } from '../../db/repository';
import { useI18n, type MessageKey } from '../../i18n';
import { createKioskRatingMachine } from '../../state/kiosk-rating-machine';
import { KioskIcon } from '../KioskIcon';
import { ReadAloudButton } from '../speech/ReadAloudButton';

const ASPECT_LABEL: Readonly<Record<RatingAspect, MessageKey>> = {
  environment: 'kiosk.rating.environment',
  process: 'kiosk.rating.process',
  result: 'kiosk.rating.result',
};

export interface RatingScreenProps {
  market: Market;
  /** The ticket taken in this session, when there was one. */
  ticketId: string | null;
  onHome: () => void;
}

export function RatingScreen({ market, ticketId, onHome }: RatingScreenProps) {
  const { t, lang } = useI18n();
  const { db, ctx } = useTerminal();
  const machine = useMemo(
    () =>
      createKioskRatingMachine({
        async save(draft) {
          if (ctx === undefined || ctx === null)
            throw new Error('评价需要已登记的终端 / rating needs an enrolled terminal');
          await putRecord(db, ctx, 'surveyResponses', {
            id: newRecordId(ctx),
            deleted: false,
            marketId: market.id,
            respondent: 'seeker',
            environment: draft.environment,
            process: draft.process,
            result: draft.result,
            reasons: [...draft.reasons],
            comment: '',
            ticketId,
            at: new Date(ctx.now()).toISOString(),
          });
        },
      }),
    [db, ctx, market.id, ticketId],
  );
  const [state, send] = useMachine(machine);
  const { levels, reasons } = state.context;
  if (state.matches('thanks')) {
    return (
      <section className="kiosk-rating" aria-labelledby="kiosk-rating-heading">
        <h2 id="kiosk-rating-heading">{t('kiosk.home.rating')}</h2>
        <p className="kiosk-ok" role="status">
          {t('kiosk.rating.thanks')}
        </p>
        <div className="kiosk-actions">
          <button type="button" className="primary" onClick={onHome}>
            <KioskIcon name="home" />
            {t('kiosk.nav.home')}
          </button>
        </div>
      </section>
    );
  }
  const ready = RATING_ASPECTS.every((a) => levels[a] !== null);
  return (
    <section className="kiosk-rating kiosk-form-step" aria-labelledby="kiosk-rating-heading">
      <div className="kiosk-heading-row">
        <h2 id="kiosk-rating-heading">{t('kiosk.home.rating')}</h2>
        <ReadAloudButton text={t('kiosk.rating.help')} />
      </div>
      <p>{t('kiosk.rating.anonymous')}</p>
      {RATING_ASPECTS.map((aspect) => {
        const level = levels[aspect];
        return (
          <fieldset key={aspect}>
            <legend>{t(ASPECT_LABEL[aspect])}</legend>
            <div className="kiosk-choice-row">
              {RATING_LEVELS.map((l) => (
                <button
                  key={l.level}
                  type="button"
                  aria-pressed={level === l.level}
                  onClick={() => {
                    send({ type: 'LEVEL', aspect, level: l.level });
                  }}
                >
                  {lang === 'zh' ? l.zh : l.en}
                </button>
              ))}
            </div>
            {level !== null && (
              <div className="kiosk-choice-row kiosk-rating-reasons">
                {reasonsFor(aspect, level).map((r) => (
                  <button
                    key={r}
                    type="button"
                    aria-pressed={reasons.includes(r)}
                    onClick={() => {
                      send({ type: 'TOGGLE_REASON', reason: r });
                    }}
                  >
                    {lang === 'zh' ? RATING_REASONS[r].zh : RATING_REASONS[r].en}
                  </button>
                ))}
              </div>
            )}
          </fieldset>
        );
      })}
      {state.matches('failed') && (
        <p role="alert" className="kiosk-problem-inline">
          {t('kiosk.rating.failed')}
        </p>
      )}
      <div className="kiosk-actions">
        <button
          type="button"
          className="primary"
          disabled={!ready || state.matches('saving')}
          onClick={() => {
            send({ type: state.matches('failed') ? 'RETRY' : 'SUBMIT' });
          }}
        >
          {t('kiosk.rating.submit')}
        </button>
        {!ready && <p>{t('kiosk.rating.needAll')}</p>}
      </div>
    </section>
  );
}
