import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import type { LedgerFilter, LedgerLookups, LedgerRow, LedgerSource } from '../../../../domain/window/ledger';
import { windowLedgerMachine, type LedgerExportFormat } from '../../../../renderer/state/window-ledger';

const lookups: LedgerLookups = {
  serviceLabel: (code) => (code === 'consult' ? '政策咨询' : '求职登记'),
  staff: (id) => ({ name: id === 's1' ? '李明' : '王芳', staffNo: id }),
  seeker: () => ({ name: '张三丰', phone: '13812345678' }),
  employer: () => undefined,
  unmasked: false,
  clock: (iso) => iso.slice(11, 16),
};

function record(id: string, day: string, staffId: string, serviceCode: string): LedgerSource {
  return {
    id,
    deleted: false,
    day,
    serviceCode,
    staffId,
    seekerId: 'k1',
    employerId: null,
    outcome: 'completed',
    missingMaterials: [],
    startedAt: `${day}T01:00:00.000Z`,
    finishedAt: `${day}T01:10:00.000Z`,
    note: '',
  };
}

const store = [
  record('a', '2026-12-01', 's1', 'consult'),
  record('b', '2026-12-02', 's2', 'register'),
  record('c', '2026-12-03', 's1', 'register'),
];

function start(saved: { format: LedgerExportFormat; rows: readonly LedgerRow[] }[], failSave = false) {
  const loads: LedgerFilter[] = [];
  const machine = windowLedgerMachine.provide({
    actors: {
      loadRecords: fromPromise<readonly LedgerSource[], LedgerFilter>(({ input }) => {
        loads.push(input);
        return Promise.resolve(
          store.filter(
            (r) => (input.from === undefined || r.day >= input.from) && (input.to === undefined || r.day <= input.to),
          ),
        );
      }),
      saveExport: fromPromise<undefined, { format: LedgerExportFormat; rows: readonly LedgerRow[] }>(({ input }) => {
        if (failSave) return Promise.reject(new Error('磁盘已满 / disk full'));
        saved.push(input);
        return Promise.resolve(undefined);
      }),
    },
  });
  const actor = createActor(machine, { input: { filter: { from: '2026-12-01', to: '2026-12-03' }, lookups } }).start();
  return { actor, loads };
}

describe('windowLedgerMachine', () => {
  it('loads the range, then filters by staff without reading the store again, with totals to match', async () => {
    const { actor, loads } = start([]);
    await waitFor(actor, (s) => s.matches('ready'));
    expect(actor.getSnapshot().context.totals.services).toBe(3);
    actor.send({ type: 'FILTER', filter: { from: '2026-12-01', to: '2026-12-03', staffId: 's1' } });
    const ctx = actor.getSnapshot().context;
    expect(ctx.rows.map((r) => r.id)).toEqual(['a', 'c']);
    expect(ctx.totals).toMatchObject({ services: 2, minutes: 20 });
    expect(ctx.rows[0]?.phone).toBe('138****5678');
    expect(loads).toHaveLength(1);
  });

  it('reads the store again when the date range changes', async () => {
    const { actor, loads } = start([]);
    await waitFor(actor, (s) => s.matches('ready'));
    actor.send({ type: 'FILTER', filter: { from: '2026-12-02', to: '2026-12-02' } });
    await waitFor(actor, (s) => s.matches('ready'));
    expect(actor.getSnapshot().context.rows.map((r) => r.id)).toEqual(['b']);
    expect(loads).toHaveLength(2);
  });

  it('exports exactly the rows shown, in the format asked for', async () => {
    const saved: { format: LedgerExportFormat; rows: readonly LedgerRow[] }[] = [];
    const { actor } = start(saved);
    await waitFor(actor, (s) => s.matches('ready'));
    actor.send({ type: 'FILTER', filter: { from: '2026-12-01', to: '2026-12-03', serviceCode: 'register' } });
    actor.send({ type: 'EXPORT', format: 'xlsx' });
    await waitFor(actor, (s) => s.matches('ready') && s.context.lastExport !== null);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.format).toBe('xlsx');
    expect(saved[0]?.rows.map((r) => r.id)).toEqual(['b', 'c']);
    expect(actor.getSnapshot().context.lastExport).toEqual({ format: 'xlsx', rows: 2 });
  });

  it('a failed export says why and keeps the rows on screen', async () => {
    const { actor } = start([], true);
    await waitFor(actor, (s) => s.matches('ready'));
    actor.send({ type: 'EXPORT', format: 'csv' });
    await waitFor(actor, (s) => s.context.exportError !== null);
    const ctx = actor.getSnapshot().context;
    expect(ctx.exportError).toContain('disk full');
    expect(ctx.rows).toHaveLength(3);
    expect(ctx.lastExport).toBeNull();
  });
});
