import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import {
  selectLastSuccessAt,
  selectOfflineSince,
  selectPendingCount,
  selectRejectedCount,
  selectSyncKind,
  selectSyncStatus,
  syncStatusMachine,
} from '../../../../sync/client/sync-status-machine';

const NET = { code: 'network', message: { zh: '无法连接服务器', en: 'cannot reach the server' } };
const BAD = { code: 'push_gap', message: { zh: '不连续', en: 'gap' } };

function start(syncTimeoutMs = 10_000) {
  const actor = createActor(syncStatusMachine, { input: { now: () => Date.now(), syncTimeoutMs } });
  actor.start();
  return actor;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('sync status machine', () => {
  it('starts idle, shows syncing, then online with the last success time and pending count', () => {
    const actor = start();
    expect(selectSyncKind(actor.getSnapshot())).toBe('idle');
    actor.send({ type: 'SYNC.STARTED', at: 1 });
    expect(selectSyncKind(actor.getSnapshot())).toBe('syncing');
    actor.send({ type: 'SYNC.SUCCEEDED', at: 2, pending: 3 });
    const view = selectSyncStatus(actor.getSnapshot());
    expect(view).toMatchObject({
      kind: 'online',
      lastSuccessAt: 2,
      pendingCount: 3,
      offlineSince: null,
      failure: null,
    });
    expect(selectLastSuccessAt(actor.getSnapshot())).toBe(2);
  });

  it('keeps "offline since" from the first failure across retries, and clears it on success', () => {
    const actor = start();
    actor.send({ type: 'SYNC.STARTED', at: 10 });
    actor.send({ type: 'SYNC.SUCCEEDED', at: 11, pending: 0 });
    actor.send({ type: 'SYNC.STARTED', at: 20 });
    actor.send({ type: 'SYNC.FAILED', at: 21, kind: 'offline', failure: NET });
    expect(selectSyncKind(actor.getSnapshot())).toBe('offline');
    expect(selectOfflineSince(actor.getSnapshot())).toBe(21);
    actor.send({ type: 'SYNC.STARTED', at: 30 });
    expect(selectSyncKind(actor.getSnapshot())).toBe('syncing');
    actor.send({ type: 'SYNC.FAILED', at: 31, kind: 'offline', failure: NET });
    expect(selectOfflineSince(actor.getSnapshot())).toBe(21);
    expect(selectSyncStatus(actor.getSnapshot()).lastSuccessAt).toBe(11);
    actor.send({ type: 'SYNC.STARTED', at: 40 });
    actor.send({ type: 'SYNC.SUCCEEDED', at: 41, pending: 0 });
    expect(selectSyncStatus(actor.getSnapshot())).toMatchObject({ kind: 'online', offlineSince: null, failure: null });
  });

  it('tells an error (server or terminal wrong) from being offline', () => {
    const actor = start();
    actor.send({ type: 'SYNC.STARTED', at: 1 });
    actor.send({ type: 'SYNC.FAILED', at: 2, kind: 'error', failure: BAD });
    expect(selectSyncStatus(actor.getSnapshot())).toMatchObject({ kind: 'error', failure: BAD });
  });

  it('goes offline when a cycle has no answer within the watchdog time (fake timers)', () => {
    const actor = start(10_000);
    actor.send({ type: 'SYNC.STARTED', at: Date.now() });
    vi.advanceTimersByTime(9_999);
    expect(selectSyncKind(actor.getSnapshot())).toBe('syncing');
    vi.advanceTimersByTime(1);
    const view = selectSyncStatus(actor.getSnapshot());
    expect(view.kind).toBe('offline');
    expect(view.offlineSince).toBe(1_010_000);
    expect(view.failure?.code).toBe('timeout');
    // The late answer still counts.
    actor.send({ type: 'SYNC.SUCCEEDED', at: Date.now(), pending: 0 });
    expect(selectSyncKind(actor.getSnapshot())).toBe('online');
  });

  it('cancels the watchdog when the cycle ends in time', () => {
    const actor = start(10_000);
    actor.send({ type: 'SYNC.STARTED', at: Date.now() });
    vi.advanceTimersByTime(5_000);
    actor.send({ type: 'SYNC.SUCCEEDED', at: Date.now(), pending: 0 });
    vi.advanceTimersByTime(60_000);
    expect(selectSyncKind(actor.getSnapshot())).toBe('online');
  });

  it('holds update-required for good while counts keep updating', () => {
    const actor = start();
    actor.send({ type: 'SYNC.STARTED', at: 1 });
    actor.send({ type: 'SYNC.UPDATE_REQUIRED', at: 2, failure: { code: 'upgrade_required', message: NET.message } });
    actor.send({ type: 'SYNC.STARTED', at: 3 });
    actor.send({ type: 'SYNC.SUCCEEDED', at: 4, pending: 0 });
    actor.send({ type: 'PENDING.CHANGED', count: 7 });
    actor.send({ type: 'REJECTED.CHANGED', count: 2 });
    const snap = actor.getSnapshot();
    expect(selectSyncKind(snap)).toBe('update-required');
    expect(selectPendingCount(snap)).toBe(7);
    expect(selectRejectedCount(snap)).toBe(2);
  });

  it('shows standby while another window holds the sync lock, and the poke socket state', () => {
    const actor = start();
    actor.send({ type: 'SYNC.STANDBY' });
    expect(selectSyncKind(actor.getSnapshot())).toBe('standby');
    actor.send({ type: 'POKE.CONNECTED' });
    expect(selectSyncStatus(actor.getSnapshot()).pokeConnected).toBe(true);
    actor.send({ type: 'POKE.DISCONNECTED' });
    expect(selectSyncStatus(actor.getSnapshot()).pokeConnected).toBe(false);
    actor.send({ type: 'SYNC.STARTED', at: 5 });
    expect(selectSyncKind(actor.getSnapshot())).toBe('syncing');
  });
});
