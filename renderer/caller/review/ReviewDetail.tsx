// The selected posting as the reviewer judges it: its 第七条 fields, the
// screener's findings with their legal basis, who collected, reviewed and
// published it, and its history (overtaken concurrent edits included).
import type { Posting } from '../../../domain/records/posting';
import type { PostingHistoryEntry } from '../../../domain/records/posting-history';
import { districtLabel, payAmountLabel, payMethodLabel } from '../../../domain/reference/labels';
import { postingTimeline } from '../../../domain/window/posting-history';
import { useI18n, type MessageKey } from '../../i18n';

export type StaffNames = ReadonlyMap<string, { readonly name: string; readonly staffNo: string }>;

function who(names: StaffNames, id: string | null, fallback: string): string {
  if (id === null) return fallback;
  const s = names.get(id);
  return s === undefined ? id.slice(0, 8) : `${s.name}（${s.staffNo}）`;
}

const clock = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export function ReviewDetail({
  posting,
  history,
  names,
}: {
  posting: Posting;
  history: readonly PostingHistoryEntry[];
  names: StaffNames;
}) {
  const { t, lang } = useI18n();
  const timeline = postingTimeline(history, posting.id);
  const verdictKey: MessageKey = `review.verdict.${posting.screening.verdict}`;
  const nobody = t('review.nobody');
  const stamp = (action: string) => timeline.find((e) => e.entry.action === action)?.entry.at;
  const collectedAt = posting.createdAt;
  const reviewedAt = stamp('published') ?? stamp('rejected');
  return (
    <article className="review-detail" aria-label={t('review.detail')}>
      <h3>{posting.title}</h3>
      <dl className="review-fields">
        <dt>{t('review.field.place')}</dt>
        <dd>
          {districtLabel(posting.location.district, lang)} {posting.location.address}
        </dd>
        <dt>{t('review.field.pay')}</dt>
        <dd>
          {payAmountLabel(posting.pay, lang)}，{payMethodLabel(posting.pay.method, lang)}
        </dd>
        <dt>{t('review.field.headcount')}</dt>
        <dd>{posting.headcount}</dd>
        <dt>{t('review.field.duration')}</dt>
        <dd>{posting.duration}</dd>
        <dt>{t('review.field.content')}</dt>
        <dd>{posting.content}</dd>
        <dt>{t('review.field.employerContact')}</dt>
        <dd>
          {posting.contact.name} {posting.contact.phone}
        </dd>
        <dt>{t('review.field.validUntil')}</dt>
        <dd>{posting.validUntil}</dd>
      </dl>
      <section aria-label={t('review.findings')} className={`review-findings verdict-${posting.screening.verdict}`}>
        <h4>
          {t('review.findings')}：{t(verdictKey)}
        </h4>
        <ul>
          {posting.screening.findings.map((f) => (
            <li key={`${f.code}-${f.field}`}>
              {lang === 'zh' ? f.message.zh : f.message.en}
              {f.quote !== undefined && <q>{f.quote}</q>} <small>{t('review.basis', { basis: f.basis })}</small>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label={t('review.trail')}>
        <h4>{t('review.trail')}</h4>
        <dl className="review-fields">
          <dt>{t('review.collectedBy')}</dt>
          <dd>
            {who(names, posting.collectedBy, nobody)} {clock(collectedAt)}
          </dd>
          <dt>{t('review.reviewedBy')}</dt>
          <dd>
            {who(names, posting.reviewedBy, nobody)} {reviewedAt === undefined ? '' : clock(reviewedAt)}
          </dd>
          <dt>{t('review.publishedBy')}</dt>
          <dd>
            {who(names, posting.publishedBy, nobody)} {posting.publishedAt === null ? '' : clock(posting.publishedAt)}
          </dd>
        </dl>
      </section>
      <section aria-label={t('review.history')}>
        <h4>{t('review.history')}</h4>
        {timeline.length === 0 ? (
          <p>{t('review.history.empty')}</p>
        ) : (
          <ol className="review-history">
            {timeline.map(({ entry, overtaken }) => (
              <li key={entry.id}>
                {clock(entry.at)} {who(names, entry.staffId, '—')} {t(`review.act.${entry.action}`)}
                {entry.note !== '' && <>：{entry.note}</>}
                {overtaken && <em> {t('review.history.overtaken')}</em>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
