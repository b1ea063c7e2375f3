// How the terminal's data stands with the server, always on screen so staff
// and operators see at once when a terminal is offline or refused.
import { useSelector } from '@xstate/react';
import { selectSyncStatus, type SyncEngine } from '../../sync/client';
import { useI18n } from '../i18n';

function clock(millis: number): string {
  return new Date(millis).toLocaleTimeString('zh-CN', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Shanghai',
  });
}

function EngineBadge({ engine }: { engine: SyncEngine }) {
  const { t } = useI18n();
  const status = useSelector(engine.status, selectSyncStatus);
  const parts = [t(`sync.${status.kind}`)];
  if (status.offlineSince !== null && status.kind === 'offline') {
    parts.push(t('sync.offlineSince', { time: clock(status.offlineSince) }));
  }
  if (status.pendingCount > 0) parts.push(t('sync.pending', { count: status.pendingCount }));
  if (status.rejectedCount > 0) parts.push(t('sync.rejected', { count: status.rejectedCount }));
  return (
    <output className={`sync-badge sync-${status.kind}`} aria-live="polite">
      {parts.join(' · ')}
    </output>
  );
}

export function SyncBadge({ engine }: { engine: SyncEngine | null }) {
  const { t } = useI18n();
  if (engine === null) return <output className="sync-badge sync-error">{t('sync.notEnrolled')}</output>;
  return <EngineBadge engine={engine} />;
}
