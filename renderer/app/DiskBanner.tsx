// The banner every screen shows while the shell has stopped ticket issuing
// because the disk is nearly full. In Chinese and English at once: the person
// in front of the kiosk may read either, and the language switch is not
// something they should need to find first.
import { translate } from '../i18n';
import { useTerminalHealth } from './use-terminal-health';
import './shell-overlays.css';

const MB = 1024 * 1024;

export function DiskBanner() {
  const { canIssueTickets, disk } = useTerminalHealth();
  if (canIssueTickets || disk === null) return null;
  const mb = disk.freeBytes === null ? null : Math.floor(disk.freeBytes / MB);
  return (
    <div className="disk-banner" role="alert">
      <p lang="zh-CN">{translate('zh-CN', 'shell.disk.paused')}</p>
      <p lang="en">{translate('en', 'shell.disk.paused')}</p>
      {mb !== null && (
        <p className="disk-banner-free">
          {translate('zh-CN', 'shell.disk.free', { mb })} · {translate('en', 'shell.disk.free', { mb })}
        </p>
      )}
    </div>
  );
}
