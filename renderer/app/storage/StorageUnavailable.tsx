// The page a terminal shows when its store will not open at all: in plain
// words, what that means for the person in front of it, then the two ways
// out staff have without a shell (try again; export, clear and resync). The
// browser's own error stays on a line for support.
import { Bilingual } from './Bilingual';
import { RecoveryPanel } from './RecoveryPanel';
import './storage.css';

export function StorageUnavailable({ dbName, error }: { dbName: string; error: string }) {
  return (
    <main className="storage-unavailable" role="alert">
      <Bilingual id="storage.unavailable.title" className="storage-title" />
      <Bilingual id="storage.unavailable.body" />
      <RecoveryPanel
        target={{ dbName, db: null, engine: null }}
        onRetryOpen={() => {
          window.location.reload();
        }}
      />
      <p className="storage-detail">{error}</p>
    </main>
  );
}
