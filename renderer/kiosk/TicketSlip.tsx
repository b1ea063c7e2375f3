// The ticket as the seeker sees it on screen and, with the print stylesheet,
// as the browser prints it: the number very large, the service, people ahead,
// the wait as a range (or 未知), and the QR of the phone page.
import type { WaitEstimate } from '../../domain/queue/estimate';
import { slipTime } from '../../domain/printing/ticket-layout';
import type { Market } from '../../domain/records/market';
import { useI18n, type Locale } from '../i18n';
import type { IssuedTicket } from '../state/ticket-issue';
import { useQrDataUrl } from './use-qr';

type T = ReturnType<typeof useI18n>['t'];

export function waitText(t: T, wait: WaitEstimate): string {
  if (wait.kind === 'unknown') return t('kiosk.wait.unknown');
  if (wait.highMinutes === 0) return t('kiosk.wait.soon');
  if (wait.lowMinutes === wait.highMinutes) return t('kiosk.wait.about', { minutes: wait.lowMinutes });
  return t('kiosk.wait.range', { low: wait.lowMinutes, high: wait.highMinutes });
}

export function serviceLabel(locale: Locale, service: { label: string; labelEn: string }): string {
  return locale === 'zh-CN' ? service.label : service.labelEn;
}

export function TicketSlip({ ticket, market }: { ticket: IssuedTicket; market: Market }) {
  const { t, locale } = useI18n();
  const qr = useQrDataUrl(ticket.ticketUrl);
  return (
    <article className="kiosk-slip" aria-labelledby="kiosk-slip-number">
      <p className="kiosk-slip-market">{market.name}</p>
      <p className="kiosk-slip-label">{t('kiosk.ticket.yourNumber')}</p>
      <p id="kiosk-slip-number" className="kiosk-slip-number" data-testid="ticket-number">
        {ticket.display}
      </p>
      <dl className="kiosk-slip-facts">
        <div>
          <dt>{t('kiosk.ticket.service')}</dt>
          <dd>{serviceLabel(locale, ticket.service)}</dd>
        </div>
        {ticket.job !== null && (
          <>
            <div>
              <dt>{t('kiosk.slip.job')}</dt>
              <dd data-testid="slip-job">{ticket.job.title}</dd>
            </div>
            <div>
              <dt>{t('kiosk.slip.employer')}</dt>
              <dd data-testid="slip-employer">{ticket.job.employerName}</dd>
            </div>
          </>
        )}
        {ticket.priority !== 'none' && (
          <div>
            <dt>{t('kiosk.ticket.priority')}</dt>
            <dd>{t(`kiosk.priority.${ticket.priority}`)}</dd>
          </div>
        )}
        <div>
          <dt>{t('kiosk.ticket.ahead')}</dt>
          <dd data-testid="people-ahead">{t('kiosk.ticket.aheadCount', { count: ticket.peopleAhead })}</dd>
        </div>
        <div>
          <dt>{t('kiosk.ticket.wait')}</dt>
          <dd data-testid="wait">{waitText(t, ticket.wait)}</dd>
        </div>
        <div>
          <dt>{t('kiosk.slip.time')}</dt>
          <dd>{slipTime(ticket.issuedAtMillis, market.timeZone)}</dd>
        </div>
      </dl>
      <figure className="kiosk-slip-qr">
        {qr !== null && (
          <img src={qr} width={200} height={200} alt={t('kiosk.ticket.qrAlt', { number: ticket.display })} />
        )}
        <figcaption>{t('kiosk.ticket.qr')}</figcaption>
      </figure>
      <p className="kiosk-slip-note">{t('kiosk.ticket.listen')}</p>
      <p className="kiosk-slip-hotline">
        {t('rights.hotline')} {market.rightsHotline}
      </p>
    </article>
  );
}
