// One recommendation: the job, its pay large, and why it was recommended as
// plain chips ("工种相符: 保洁", "日结"), with 我要报名 and 查看详情 beside it.
import type { Match } from '../../../domain/matching/rank';
import type { Posting } from '../../../domain/records/posting';
import { occupationByCode } from '../../../domain/reference/occupations';
import { districtLabel, payAmountLabel, payMethodLabel } from '../../../domain/reference/labels';
import { cardSpeech } from '../../../domain/speech/reading';
import { useI18n } from '../../i18n';
import { KioskIcon } from '../KioskIcon';
import { ReadAloudButton } from '../speech/ReadAloudButton';

export function MatchCard({
  match,
  employerName,
  onTakeTicket,
  onOpenPosting,
}: {
  match: Match<Posting>;
  employerName: string;
  onTakeTicket: (postingId: string) => void;
  onOpenPosting: (postingId: string) => void;
}) {
  const { t, lang } = useI18n();
  const p = match.posting;
  const icon = (p.occupationCode === null ? null : occupationByCode(p.occupationCode))?.icon ?? 'jobs';
  const reasons = match.reasons.map((r) => (lang === 'zh' ? r.zh : r.en));
  const headingId = `match-${p.id}`;
  return (
    <article className="kiosk-match" aria-labelledby={headingId}>
      <div className="kiosk-match-head">
        <KioskIcon name={icon} size={64} />
        <div className="kiosk-match-main">
          <h3 id={headingId}>{p.title}</h3>
          <p className="kiosk-job-meta">
            {employerName === '' ? '' : `${employerName} · `}
            {districtLabel(p.location.district, lang)}
          </p>
        </div>
        <p className="kiosk-job-pay">
          <strong>{payAmountLabel(p.pay, lang)}</strong>
          <span>{payMethodLabel(p.pay.method, lang)}</span>
        </p>
      </div>
      {reasons.length > 0 && (
        <ul className="kiosk-reasons" aria-label={t('kiosk.recommend.why')}>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <div className="kiosk-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            onTakeTicket(p.id);
          }}
        >
          <KioskIcon name="ticket" />
          {t('kiosk.posting.apply')}
        </button>
        <button
          type="button"
          onClick={() => {
            onOpenPosting(p.id);
          }}
        >
          <KioskIcon name="document" />
          {t('kiosk.card.open')}
        </button>
        <ReadAloudButton text={`${cardSpeech(p)}。${reasons.join('，')}`} />
      </div>
    </article>
  );
}
