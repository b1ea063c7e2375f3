// What the terminal knows about the health of its own IndexedDB store. Two
// faults matter to the person in front of it: the store is full (a write was
// refused with QuotaExceededError, so nothing new can be kept until space is
// freed) and the store is unavailable (it could not be opened, or the browser
// closed it under us after a backing-store error). Reads of what is already
// stored keep working while the store is full, so the screens carry on and
// only say that new numbers and entries cannot be saved.
import type Dexie from 'dexie';

export type StorageFault = 'full' | 'unavailable';

const FULL_NAMES = new Set(['QuotaExceededError']);
// UnknownError is what Chromium raises when its backing store cannot be read
// or written (a missing directory, a corrupt LevelDB); Dexie wraps open
// failures in OpenFailedError and a connection the browser dropped in
// DatabaseClosedError.
const UNAVAILABLE_NAMES = new Set(['UnknownError', 'OpenFailedError', 'DatabaseClosedError', 'InvalidStateError']);

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Dexie keeps the browser's error as `inner`; other wrappers use `cause`.
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

/** The storage fault an error from Dexie or IndexedDB stands for, or null if it is none. */
export function storageFaultOf(error: unknown): StorageFault | null {
  const names = namesOf(error);
  // A quota refusal wrapped in an open failure is still a full disk: the cure is space, not a new store.
  if (names.some((n) => FULL_NAMES.has(n))) return 'full';
  if (names.some((n) => UNAVAILABLE_NAMES.has(n))) return 'unavailable';
  return null;
}

type Listener = () => void;

/** The current fault of one database, for the screens to follow (useSyncExternalStore). */
export class StorageFaultMonitor {
  private fault: StorageFault | null = null;
  private readonly listeners = new Set<Listener>();

  readonly current = (): StorageFault | null => this.fault;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** An unavailable store stays unavailable: a later quota error on it changes nothing for the user. */
  report(fault: StorageFault): void {
    if (this.fault === fault || this.fault === 'unavailable') return;
    this.fault = fault;
    for (const l of this.listeners) l();
  }

  /** Record `error` if it is a storage fault; returns whether it was. */
  reportError(error: unknown): boolean {
    const fault = storageFaultOf(error);
    if (fault !== null) this.report(fault);
    return fault !== null;
  }
}

const monitors = new WeakMap<Dexie, StorageFaultMonitor>();
/** Databases this code closes itself (the recovery), whose `close` is no fault. */
const closingOnPurpose = new WeakSet<Dexie>();

/** Close `db` without it counting as the browser dropping the store. */
export function closeOnPurpose(db: Dexie): void {
  closingOnPurpose.add(db);
  db.close();
}

/**
 * The monitor of `db`, watching it from the first call on. Every failed
 * transaction of the database is seen here without each caller having to
 * report it: IndexedDB's `abort` and `error` events travel through the
 * connection on their way to the transaction or request, and Dexie fires `close` when the browser
 * closes the connection itself.
 */
export function storageMonitorOf(db: Dexie): StorageFaultMonitor {
  const known = monitors.get(db);
  if (known !== undefined) return known;
  const monitor = new StorageFaultMonitor();
  monitors.set(db, monitor);
  const watched = new WeakSet<IDBDatabase>();
  const onEvent = (event: Event) => {
    const target = event.target as IDBTransaction | IDBRequest | null;
    const error = target !== null && 'error' in target ? target.error : null;
    if (error !== null) monitor.reportError(error);
  };
  const attach = () => {
    const idb = db.backendDB();
    if (watched.has(idb)) return;
    watched.add(idb);
    // Capture, not bubble: Dexie stops a failed request's error event at the
    // request and then aborts the transaction itself, which leaves the
    // transaction's own error empty; on the way down the event passes here first.
    idb.addEventListener('abort', onEvent, { capture: true });
    idb.addEventListener('error', onEvent, { capture: true });
  };
  if (db.isOpen()) attach();
  db.on('ready', attach, true);
  db.on('close', () => {
    if (!closingOnPurpose.has(db)) monitor.report('unavailable');
  });
  return monitor;
}
