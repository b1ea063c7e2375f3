// The on-screen way out of a full or damaged store: staff press one button,
// see how many changes are kept aside, confirm, and the terminal restarts
// synced. What each step says comes from the recovery machine's state.
import type { MessageKey } from '../../i18n';
import type { StorageRecoveryState } from '../../state/storage-recovery-machine';
import { Bilingual, bilingualLabel } from './Bilingual';
import { useStorageRecovery, type RecoveryTarget } from './use-storage-recovery';

const PROGRESS: Partial<Record<StorageRecoveryState, MessageKey>> = {
  reading: 'storage.reading',
  parking: 'storage.parking',
  clearing: 'storage.clearing',
  restarting: 'storage.restarting',
};

const FAILURE: Partial<Record<StorageRecoveryState, MessageKey>> = {
  unreadable: 'storage.unreadable',
  notParked: 'storage.notParked',
  clearFailed: 'storage.clearFailed',
};

export function RecoveryPanel({ target, onRetryOpen }: { target: RecoveryTarget; onRetryOpen?: () => void }) {
  const { state, pending, detail, send } = useStorageRecovery(target);
  const progress = PROGRESS[state];
  const failure = FAILURE[state];
  return (
    <div className="storage-recovery" aria-live="polite">
      {progress !== undefined && <Bilingual id={progress} />}
      {state === 'confirming' && (
        <>
          <Bilingual id="storage.confirm" values={{ count: pending }} />
          <div className="storage-actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                send({ type: 'CONFIRM' });
              }}
            >
              {bilingualLabel('storage.confirmButton')}
            </button>
            <button
              type="button"
              onClick={() => {
                send({ type: 'CANCEL' });
              }}
            >
              {bilingualLabel('storage.cancel')}
            </button>
          </div>
        </>
      )}
      {failure !== undefined && (
        <>
          <Bilingual id={failure} />
          {detail !== null && <p className="storage-detail">{detail}</p>}
        </>
      )}
      {(state === 'idle' || failure !== undefined) && (
        <div className="storage-actions">
          {onRetryOpen !== undefined && (
            <button type="button" onClick={onRetryOpen}>
              {bilingualLabel('storage.retry')}
            </button>
          )}
          <button
            type="button"
            className="primary"
            onClick={() => {
              send(state === 'idle' ? { type: 'RECOVER' } : { type: 'RETRY' });
            }}
          >
            {bilingualLabel('storage.recover')}
          </button>
        </div>
      )}
    </div>
  );
}
