// 我要报名 (即时快招): the ticket flow for the posting on screen. The job's
// title and employer come from the local store, so it works with the server
// unplugged; the ticket goes on the 即时快招 lane and carries the posting, and
// an Application record is written with it (renderer/state/ticket-issue).
import { useLiveQuery } from 'dexie-react-hooks';
import { STANDARD_SERVICES } from '../../../domain/queue/standard-services';
import type { Market } from '../../../domain/records/market';
import { useTerminal } from '../../app/terminal-context';
import { recordTable } from '../../db/database';
import { useI18n } from '../../i18n';
import type { Application, TicketPorts } from '../../state/kiosk-ticket-machine';
import type { KioskService } from '../../state/ticket-issue';
import { TakeNumber } from '../TakeNumber';

export const QUICK_MATCH_CODE = 'quick-match';

/** The market's 即时快招 service, else the standard one (lane C). */
export function quickMatchService(services: readonly KioskService[]): KioskService | null {
  return (
    services.find((s) => s.code === QUICK_MATCH_CODE) ??
    STANDARD_SERVICES.find((s) => s.code === QUICK_MATCH_CODE) ??
    null
  );
}

export function ApplyTicket({
  market,
  postingId,
  services,
  ports,
  onFinished,
  onCancelled,
}: {
  market: Market;
  postingId: string;
  services: readonly KioskService[];
  ports: TicketPorts;
  onFinished: () => void;
  onCancelled: () => void;
}) {
  const { t } = useI18n();
  const { db } = useTerminal();
  const application = useLiveQuery(async (): Promise<Application | null> => {
    const posting = await recordTable(db, 'postings').get(postingId);
    const service = quickMatchService(services);
    if (posting === undefined || service === null) return null;
    const employer = await recordTable(db, 'employers').get(posting.employerId);
    return { service, job: { postingId, title: posting.title, employerName: employer?.name ?? '' } };
  }, [db, postingId, services]);
  if (application === undefined) return <p role="status">{t('app.loading')}</p>;
  if (application === null) {
    return (
      <p role="alert" className="kiosk-problem">
        {t('kiosk.posting.missing')}
      </p>
    );
  }
  return (
    <TakeNumber
      market={market}
      services={services}
      ports={ports}
      application={application}
      onFinished={onFinished}
      onCancelled={onCancelled}
    />
  );
}
