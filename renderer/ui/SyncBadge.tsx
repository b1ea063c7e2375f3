// How the terminal's data stands with the server, always on screen so staff
// and operators see at once when a terminal is offline or refused. Where staff
// work (the caller), the refusals can be opened and read, reason by reason,
// and cleared once dealt with; public screens show only their count.
import { useSelector } from '@xstate/react';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { RECORD_TABLES } from '../../domain/records/registry';
import { selectSyncStatus, type RejectionLog, type SyncEngine } from '../../sync/client';
import { useI18n, type MessageKey } from '../i18n';

function clock(millis: number): string {
  return new Date(millis).toLocaleTimeString('zh-CN', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Shanghai',
  });
}

const TABLES: ReadonlySet<string> = new Set(RECORD_TABLES);

function tableKey(table: string): MessageKey {
  return TABLES.has(table) ? (`sync.table.${table}` as MessageKey) : 'sync.table.unknown';
}

function useRefusals(log: RejectionLog) {
  return useSyncExternalStore(
    (onChange) => log.subscribe(onChange),
    () => log.all,
  );
}

function RefusalsPanel({ log, onClose }: { log: RejectionLog; onClose: () => void }) {
  const { t } = useI18n();
  const refusals = useRefusals(log);
  const [failure, setFailure] = useState<string | null>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);
  return (
    <section
      className="refusals"
      role="dialog"
      aria-labelledby="refusals-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id="refusals-title">{t('sync.refusals.title')}</h2>
      <p>{t('sync.refusals.explain')}</p>
      <ul>
        {refusals.map((r) => (
          <li key={r.mutationId}>
            <strong>
              {t('sync.refusals.record', {
                table: t(tableKey(r.table)),
                id: r.recordId ?? t('sync.refusals.noRecord'),
              })}
            </strong>
            <span lang="zh-CN">{r.message.zh}</span>
            <span lang="en">{r.message.en}</span>
          </li>
        ))}
      </ul>
      {failure !== null && <p role="alert">{t('sync.refusals.dismissFailed', { reason: failure })}</p>}
      <div className="refusals-actions">
        <button
          ref={first}
          type="button"
          onClick={() => {
            // Only what the person has read: a refusal arriving meanwhile stays listed.
            const seen = refusals.map((r) => r.mutationId);
            log.dismiss(seen).then(
              () => {
                setFailure(null);
                if (log.all.length === 0) onClose();
              },
              (error: unknown) => {
                setFailure(error instanceof Error ? error.message : String(error));
              },
            );
          }}
        >
          {t('sync.refusals.dismiss')}
        </button>
        <button type="button" onClick={onClose}>
          {t('sync.refusals.close')}
        </button>
      </div>
    </section>
  );
}

function EngineBadge({ engine, showRefusals }: { engine: SyncEngine; showRefusals: boolean }) {
  const { t } = useI18n();
  const status = useSelector(engine.status, selectSyncStatus);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const parts = [t(`sync.${status.kind}`)];
  if (status.offlineSince !== null && status.kind === 'offline') {
    parts.push(t('sync.offlineSince', { time: clock(status.offlineSince) }));
  }
  if (status.pendingCount > 0) parts.push(t('sync.pending', { count: status.pendingCount }));
  const refused = status.rejectedCount > 0 ? t('sync.rejected', { count: status.rejectedCount }) : null;
  if (refused !== null && !showRefusals) parts.push(refused);
  return (
    <>
      <output className={`sync-badge sync-${status.kind}`} aria-live="polite">
        {parts.join(' · ')}
      </output>
      {refused !== null && showRefusals && (
        <button
          ref={opener}
          type="button"
          className="sync-refused"
          aria-expanded={open}
          onClick={() => {
            setOpen((o) => !o);
          }}
        >
          {refused} · {t('sync.refusals.show')}
        </button>
      )}
      {open && showRefusals && (
        <RefusalsPanel
          log={engine.rejections}
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      )}
    </>
  );
}

export function SyncBadge({ engine, showRefusals = false }: { engine: SyncEngine | null; showRefusals?: boolean }) {
  const { t } = useI18n();
  if (engine === null) return <output className="sync-badge sync-error">{t('sync.notEnrolled')}</output>;
  return <EngineBadge engine={engine} showRefusals={showRefusals} />;
}
