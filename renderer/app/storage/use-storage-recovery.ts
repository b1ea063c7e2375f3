// The recovery flow wired to the real store: read through a connection of its
// own, park the copy in localStorage and download it as a file, stop syncing
// and delete the store, then reload so start-up restores the parked copy and
// syncs from the top.
import { useActorRef, useSelector } from '@xstate/react';
import { useState } from 'react';
import { fromPromise } from 'xstate';
import type { SyncEngine } from '../../../sync/client';
import type { TerminalDb } from '../../db/database';
import { closeOnPurpose } from '../../db/storage-fault';
import {
  deleteStore,
  parkStoreExport,
  readStoreExport,
  storeExportFile,
  type StoreExport,
} from '../../db/store-export';
import {
  storageRecoveryMachine,
  type StorageRecoveryEvent,
  type StorageRecoveryState,
} from '../../state/storage-recovery-machine';

export interface RecoveryTarget {
  readonly dbName: string;
  /** The open store, when start-up got that far; closed before it is deleted. */
  readonly db: TerminalDb | null;
  readonly engine: SyncEngine | null;
}

function download(exp: StoreExport): void {
  const file = storeExportFile(exp);
  const a = document.createElement('a');
  // A data URL, not a blob URL: the restart reloads the page a moment later,
  // and a blob URL dies with the document that made it, cancelling the file.
  a.href = `data:application/json;charset=utf-8,${encodeURIComponent(file.text)}`;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
}

/** The flow with its steps bound to `target`; built once per screen. */
function recoveryFor(target: RecoveryTarget) {
  return storageRecoveryMachine.provide({
    actors: {
      read: fromPromise(() => readStoreExport(target.dbName, Date.now())),
      park: fromPromise<undefined, { exported: StoreExport }>(({ input }) => {
        parkStoreExport(input.exported);
        download(input.exported);
        return Promise.resolve(undefined);
      }),
      clear: fromPromise<undefined, { exported: StoreExport }>(async () => {
        await target.engine?.stop();
        if (target.db !== null) closeOnPurpose(target.db);
        await deleteStore(target.dbName);
        return undefined;
      }),
      restart: fromPromise<undefined, { exported: StoreExport }>(() => {
        window.location.reload();
        return Promise.resolve(undefined);
      }),
    },
  });
}

export function useStorageRecovery(target: RecoveryTarget) {
  const [machine] = useState(() => recoveryFor(target));
  const actor = useActorRef(machine);
  const state: StorageRecoveryState = useSelector(actor, (s) => s.value);
  const pending = useSelector(actor, (s) => s.context.exported?.outbox.length ?? 0);
  const detail = useSelector(actor, (s) => s.context.detail);
  const send = (event: StorageRecoveryEvent) => {
    actor.send(event);
  };
  return { state, pending, detail, send };
}
