// What the kiosk says after "呼叫工作人员": each step of the call as it really
// stands (renderer/state/call-staff-machine), never "staff were told" before
// the server has the request, and plainly "go to a window" when it could not
// be sent. Mounted by the kiosk while its session says staff were called.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { HelpScreen } from '../../../domain/records/help';
import { useTerminal } from '../../app/terminal-context';
import { recordTable } from '../../db/database';
import { useI18n } from '../../i18n';
import { useCallStaff } from './use-call-staff';
import './call-staff.css';

export interface CallStaffPanelProps {
  readonly marketId: string;
  readonly screen: HelpScreen;
  /** The seeker closed the panel, or withdrew the call. */
  readonly onClose: () => void;
  readonly ackTimeoutMs?: number;
}

function useKioskLabel(fallback: string): string | undefined {
  const { db, ctx } = useTerminal();
  return useLiveQuery(async () => {
    const own = ctx == null ? undefined : await recordTable(db, 'terminals').get(ctx.deviceId);
    return own?.label ?? fallback;
  }, [db, ctx, fallback]);
}

function CallStaffFlow({
  marketId,
  screen,
  onClose,
  ackTimeoutMs,
  kioskLabel,
}: CallStaffPanelProps & { kioskLabel: string }) {
  const { t } = useI18n();
  const call = useCallStaff({ marketId, kioskLabel, screen, ...(ackTimeoutMs === undefined ? {} : { ackTimeoutMs }) });
  useEffect(() => {
    if (call.view === 'closed') onClose();
  }, [call.view, onClose]);
  let text: string;
  switch (call.view) {
    case 'sending':
      text = t('help.kiosk.sending');
      break;
    case 'awaiting':
      text = t('help.kiosk.awaiting');
      break;
    case 'delivered':
      text = t('help.kiosk.delivered');
      break;
    case 'coming':
      text = t('help.kiosk.coming', {
        window: call.responder?.windowNumber ?? '',
        staffNo: call.responder?.staffNo ?? '',
      });
      break;
    case 'notSent':
      text =
        call.reason === 'refused'
          ? t('help.kiosk.refused')
          : call.reason === 'writeFailed'
            ? t('help.kiosk.writeFailed')
            : t('help.kiosk.notSent');
      break;
    case 'closed':
      return null;
  }
  const withdrawable = call.view === 'sending' || call.view === 'awaiting' || call.view === 'delivered';
  return (
    <div className={`kiosk-staff-called call-staff-${call.view}`} role={call.view === 'notSent' ? 'alert' : 'status'}>
      <p data-testid="call-staff-message">{text}</p>
      <button type="button" onClick={withdrawable ? call.cancel : call.close} disabled={call.view === 'sending'}>
        {withdrawable ? t('help.kiosk.cancel') : t('help.kiosk.close')}
      </button>
    </div>
  );
}

export function CallStaffPanel(props: CallStaffPanelProps) {
  const { t } = useI18n();
  const label = useKioskLabel(t('help.kiosk.defaultLabel'));
  // The label is read before the flow starts, so the request names where the seeker stands.
  if (label === undefined) return null;
  return <CallStaffFlow {...props} kioskLabel={label} />;
}
