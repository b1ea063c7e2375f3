import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openTerminalDb, type TerminalDb } from '../../../../renderer/db/database';
import {
  closeOnPurpose,
  StorageFaultMonitor,
  storageFaultOf,
  storageMonitorOf,
} from '../../../../renderer/db/storage-fault';
import { dbName } from './fixtures';

const opened: TerminalDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('storage faults', () => {
  it('names a quota refusal full and a backing-store failure unavailable, however it is wrapped', () => {
    expect(storageFaultOf(new DOMException('quota', 'QuotaExceededError'))).toBe('full');
    expect(storageFaultOf(new Dexie.AbortError('aborted', new DOMException('q', 'QuotaExceededError')))).toBe('full');
    expect(storageFaultOf(new Dexie.OpenFailedError('open', new DOMException('q', 'QuotaExceededError')))).toBe('full');
    expect(storageFaultOf(new Dexie.OpenFailedError('open', new DOMException('x', 'UnknownError')))).toBe(
      'unavailable',
    );
    expect(storageFaultOf(new Error('wrapped', { cause: new DOMException('x', 'UnknownError') }))).toBe('unavailable');
    expect(storageFaultOf(new Dexie.ConstraintError('key exists'))).toBeNull();
    expect(storageFaultOf(new TypeError('bug'))).toBeNull();
    expect(storageFaultOf('text')).toBeNull();
  });

  it('tells its listeners once per change, and an unavailable store stays unavailable', () => {
    const monitor = new StorageFaultMonitor();
    const seen: (string | null)[] = [];
    monitor.subscribe(() => seen.push(monitor.current()));
    monitor.report('full');
    monitor.report('full');
    monitor.report('unavailable');
    monitor.report('full');
    expect(seen).toEqual(['full', 'unavailable']);
    expect(monitor.reportError(new RangeError('not storage'))).toBe(false);
  });

  it('watches the store it is asked for once, and a failed write that is no storage fault raises none', async () => {
    const db = await openTerminalDb(dbName('watch'));
    opened.push(db);
    const monitor = storageMonitorOf(db);
    expect(storageMonitorOf(db)).toBe(monitor);
    await db.meta.add({ key: 'cursor', value: 'a' });
    await expect(db.meta.add({ key: 'cursor', value: 'b' })).rejects.toThrow();
    expect(monitor.current()).toBeNull();
  });

  it('counts the browser closing the store as unavailable, but not a close the recovery asked for', async () => {
    const dropped = await openTerminalDb(dbName('dropped'));
    const monitor = storageMonitorOf(dropped);
    dropped.close();
    expect(monitor.current()).toBe('unavailable');

    const asked = await openTerminalDb(dbName('asked'));
    const quiet = storageMonitorOf(asked);
    closeOnPurpose(asked);
    expect(quiet.current()).toBeNull();
  });
});
