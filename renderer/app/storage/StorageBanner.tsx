// Shown over every screen while the running terminal's store is full or was
// closed under it. The screens underneath keep serving what they can (the job
// board, the display, the queue as last synced); only saving new things fails,
// and each screen already says so for its own action.
import { useSyncExternalStore } from 'react';
import { storageMonitorOf } from '../../db/storage-fault';
import { useTerminal } from '../terminal-context';
import { Bilingual } from './Bilingual';
import { RecoveryPanel } from './RecoveryPanel';
import './storage.css';

export function StorageBanner() {
  const { db, engine } = useTerminal();
  const monitor = storageMonitorOf(db);
  const fault = useSyncExternalStore(monitor.subscribe, monitor.current);
  if (fault === null) return null;
  return (
    <div className="storage-banner" role="alert">
      <Bilingual id={fault === 'full' ? 'storage.full.title' : 'storage.unavailable.title'} className="storage-title" />
      <Bilingual id={fault === 'full' ? 'storage.full.body' : 'storage.unavailable.body'} />
      <RecoveryPanel target={{ dbName: db.name, db, engine: engine ?? null }} />
    </div>
  );
}
