// A posting in full (第七条(一)): trade, skills, place, working time, the
// work, pay and how it is paid, headcount, valid until, the employer with a
// "已核验" badge, and the contact masked (李女士 138****1234) because the
// screen faces a public hall. The QR hands the job to the seeker's phone.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { isValidCreditCode } from '../../../domain/ids/credit-code';
import { maskPhone } from '../../../domain/ids/mask';
import { isOpenToday } from '../../../domain/posting/search';
import { localDay } from '../../../domain/clock/local-day';
import type { Employer } from '../../../domain/records/people';
import type { Posting } from '../../../domain/records/posting';
import { districtLabel, occupationLabel, payAmountLabel, payMethodLabel } from '../../../domain/reference/labels';
import { useTerminal } from '../../app/terminal-context';
import { recordTable } from '../../db/database';
import { useI18n } from '../../i18n';
import { detailSpeech } from '../../../domain/speech/reading';
import { KioskIcon } from '../KioskIcon';
import { ReadAloudButton } from '../speech/ReadAloudButton';
import { useQrDataUrl } from '../use-qr';

/** Verified: the employer's credit code passes its check digit and a reviewer approved the posting. */
export function isVerified(posting: Posting, employer: Employer | undefined): boolean {
  return (
    employer !== undefined &&
    employer.creditCode !== null &&
    isValidCreditCode(employer.creditCode) &&
    posting.reviewedBy !== null
  );
}

function PhoneQr({ url, title }: { url: string; title: string }) {
  const { t } = useI18n();
  const src = useQrDataUrl(url);
  return (
    <figure className="kiosk-posting-qr">
      {src !== null && <img src={src} width={220} height={220} alt={t('kiosk.posting.qrAlt', { title })} />}
      <figcaption>{t('kiosk.posting.qr')}</figcaption>
    </figure>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function PostingDetail({
  postingId,
  serverUrl,
  onApply,
}: {
  postingId: string;
  /** Where the phone page lives: the server this kiosk enrolled with. */
  serverUrl: string;
  onApply: () => void;
}) {
  const { t, lang } = useI18n();
  const { db, now } = useTerminal();
  const found = useLiveQuery(async () => {
    const posting = await recordTable(db, 'postings').get(postingId);
    const employer = posting === undefined ? undefined : await recordTable(db, 'employers').get(posting.employerId);
    return { posting, employer };
  }, [db, postingId]);
  if (found === undefined) return <p role="status">{t('app.loading')}</p>;
  const { posting, employer } = found;
  if (posting === undefined || !isOpenToday(posting, localDay(now()))) {
    return (
      <p role="alert" className="kiosk-problem">
        {t('kiosk.posting.missing')}
      </p>
    );
  }
  const verified = isVerified(posting, employer);
  return (
    <article className="kiosk-posting" aria-labelledby="kiosk-posting-title">
      <div className="kiosk-heading-row">
        <h2 id="kiosk-posting-title">{posting.title}</h2>
        <ReadAloudButton text={detailSpeech(posting, employer?.name ?? '', lang)} />
      </div>
      <p className="kiosk-posting-pay">
        <strong>{payAmountLabel(posting.pay, lang)}</strong> · {payMethodLabel(posting.pay.method, lang)}
      </p>
      <dl className="kiosk-posting-facts">
        <Fact label={t('kiosk.posting.occupation')}>
          {occupationLabel(posting.occupationCode, posting.occupation, lang)}
        </Fact>
        <Fact label={t('kiosk.posting.skills')}>{posting.skills}</Fact>
        <Fact label={t('kiosk.posting.location')}>
          {districtLabel(posting.location.district, lang)} {posting.location.address}
        </Fact>
        <Fact label={t('kiosk.posting.duration')}>{posting.duration}</Fact>
        <Fact label={t('kiosk.posting.content')}>{posting.content}</Fact>
        <Fact label={t('kiosk.posting.pay')}>{payAmountLabel(posting.pay, lang)}</Fact>
        <Fact label={t('kiosk.posting.method')}>{payMethodLabel(posting.pay.method, lang)}</Fact>
        <Fact label={t('kiosk.posting.headcount')}>{t('postings.headcount', { count: posting.headcount })}</Fact>
        <Fact label={t('kiosk.posting.validUntil')}>{posting.validUntil}</Fact>
        <Fact label={t('kiosk.posting.employer')}>
          {employer?.name ?? ''}
          {verified && (
            <span className="kiosk-verified" title={t('kiosk.posting.verifiedHint')}>
              <KioskIcon name="check" size={32} />
              {t('kiosk.posting.verified')}
            </span>
          )}
        </Fact>
        <Fact label={t('kiosk.posting.contact')}>
          {posting.contact.name} {maskPhone(posting.contact.phone)}
        </Fact>
      </dl>
      <div className="kiosk-posting-side">
        <PhoneQr url={`${serverUrl.replace(/\/$/, '')}/p/${encodeURIComponent(posting.id)}`} title={posting.title} />
        <div className="kiosk-actions">
          <button type="button" className="primary kiosk-apply" aria-describedby="kiosk-apply-hint" onClick={onApply}>
            <KioskIcon name="handshake" />
            {t('kiosk.posting.apply')}
          </button>
          <p id="kiosk-apply-hint">{t('kiosk.posting.applyHint')}</p>
        </div>
      </div>
    </article>
  );
}
