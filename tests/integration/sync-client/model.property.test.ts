// Model-based property (fast-check): 3–10 terminals write, edit and delete a
// few shared records at random, sync at random, are partitioned from the
// server and healed, lose push answers, and have their batches pushed again
// (duplicated, reordered) by another path. After healing and two rounds of
// sync: every replica is equal, every replica holds for each record the write
// with the newest HLC (the model), every outbox is empty, and the server
// applied every mutation exactly once.
//
// Replay a failure with FC_SEED=<seed> (and FC_PATH=<path>) from the report.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../../../domain/records/registry';
import { deleteRecord, pendingCount, putRecord, recordTable } from '../../../renderer/db';
import { clientError, SyncError } from '../../../sync/client/errors';
import { runSyncCycle } from '../../../sync/client/sync-cycle';
import type { SyncTransport } from '../../../sync/client/transport';
import { newId } from '../sync/support/records';
import { assertProperty, propertyTimeout } from '../../support/property';
import { editOf, enrolTerminal, feedbackDraft, snapshot, startServer, type Terminal } from './support/harness';

/** CI's short profile; `npm run test:chaos` asks for 10,000 through FC_RUNS. */
const RUNS = 30;
const SLOTS = 4;
/** Terminal clocks may be this far off either way (issue 3: ±4 min). */
const SKEW_MS = 4 * 60 * 1000;

type Op =
  | { kind: 'put'; t: number; slot: number; text: string }
  | { kind: 'delete'; t: number; slot: number }
  | { kind: 'sync'; t: number }
  | { kind: 'syncAll' }
  | { kind: 'partition'; t: number }
  | { kind: 'heal'; t: number }
  | { kind: 'dropAck'; t: number }
  | { kind: 'replay'; t: number; how: 'duplicate' | 'reverse' };

function opArb(terminals: number): fc.Arbitrary<Op> {
  const t = fc.integer({ min: 0, max: terminals - 1 });
  const slot = fc.integer({ min: 0, max: SLOTS - 1 });
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('put' as const),
        t,
        slot,
        text: fc.constantFrom('甲', '乙', '丙', '丁'),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), t, slot }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), t }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'syncAll' as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('partition' as const), t }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('heal' as const), t }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropAck' as const), t }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('replay' as const),
        t,
        how: fc.constantFrom('duplicate' as const, 'reverse' as const),
      }),
    },
  );
}

const scenarioArb = fc.integer({ min: 3, max: 10 }).chain((n) =>
  fc.record({
    terminals: fc.constant(n),
    // Clocks off by up to 4 min either way: terminals 8 min apart must still
    // converge (a pulled stamp the server accepted is trusted).
    skews: fc.array(fc.constantFrom(0, SKEW_MS, -SKEW_MS), { minLength: n, maxLength: n }),
    ops: fc.array(opArb(n), { minLength: 5, maxLength: 30 }),
  }),
);

/** The network between one terminal and the server: it can be cut, and it can lose answers. */
class FlakyLink implements SyncTransport {
  partitioned = false;
  dropNextAck = false;
  constructor(
    private readonly inner: SyncTransport,
    /** Non-skipped outcomes the server reported, per `device#mutationId`, whether or not the answer arrived. */
    private readonly decided: Map<string, number>,
  ) {}

  async push(...args: Parameters<SyncTransport['push']>): ReturnType<SyncTransport['push']> {
    if (this.partitioned) throw clientError('network', 'partitioned');
    const answer = await this.inner.push(...args);
    this.count(args[0].deviceId, answer.results);
    if (this.dropNextAck) {
      this.dropNextAck = false;
      throw clientError('network', 'answer lost');
    }
    return answer;
  }

  pull(...args: Parameters<SyncTransport['pull']>): ReturnType<SyncTransport['pull']> {
    if (this.partitioned) return Promise.reject(clientError('network', 'partitioned'));
    return this.inner.pull(...args);
  }

  /** Another path (a hub, a retry of a stale batch) pushes these mutations as given. */
  async replay(...args: Parameters<SyncTransport['push']>): Promise<void> {
    const answer = await this.inner.push(...args);
    this.count(args[0].deviceId, answer.results);
  }

  private count(deviceId: string, results: Awaited<ReturnType<SyncTransport['push']>>['results']): void {
    for (const r of results) {
      if (r.status === 'skipped') continue;
      const key = `${deviceId}#${r.mutationId}`;
      this.decided.set(key, (this.decided.get(key) ?? 0) + 1);
    }
  }
}

/** Sync errors are expected here (partitions, lost answers, gaps from reordered replays). */
async function trySync(t: Terminal, link: FlakyLink): Promise<void> {
  try {
    await runSyncCycle(t.replica, link, { batchSize: 3, pullLimit: 4 });
  } catch (error) {
    if (!(error instanceof SyncError)) throw error;
  }
}

async function run(scenario: { terminals: number; skews: number[]; ops: Op[] }): Promise<void> {
  const server = await startServer();
  const terminals: Terminal[] = [];
  try {
    const decided = new Map<string, number>();
    const links: FlakyLink[] = [];
    for (let i = 0; i < scenario.terminals; i++) {
      const t = await enrolTerminal(server, `m${i}`, 'caller', undefined, scenario.skews[i] ?? 0);
      terminals.push(t);
      links.push(new FlakyLink(t.transport, decided));
    }
    const ids = Array.from({ length: SLOTS }, () => newId());
    /** The model: every write made anywhere, by record id. */
    const writes = new Map<string, AnyRecord[]>();
    const wrote = (r: AnyRecord): void => {
      writes.set(r.id, [...(writes.get(r.id) ?? []), r]);
    };
    const at = (i: number): { t: Terminal; link: FlakyLink } => {
      const t = terminals[i];
      const link = links[i];
      if (t === undefined || link === undefined) throw new Error(`no terminal ${i}`);
      return { t, link };
    };

    for (const op of scenario.ops) {
      switch (op.kind) {
        case 'put': {
          const { t } = at(op.t);
          const id = ids[op.slot] ?? '';
          const current = await recordTable(t.db, 'feedback').get(id);
          const draft =
            current === undefined
              ? { ...feedbackDraft(t, op.text), id }
              : editOf(current, { message: op.text, deleted: false });
          wrote(await putRecord(t.db, t.ctx, 'feedback', draft));
          break;
        }
        case 'delete': {
          const { t } = at(op.t);
          const id = ids[op.slot] ?? '';
          const current = await recordTable(t.db, 'feedback').get(id);
          if (current !== undefined && !current.deleted) wrote(await deleteRecord(t.db, t.ctx, 'feedback', id));
          break;
        }
        case 'sync': {
          const { t, link } = at(op.t);
          await trySync(t, link);
          break;
        }
        case 'syncAll':
          await Promise.all(terminals.map((t, i) => trySync(t, at(i).link)));
          break;
        case 'partition':
          at(op.t).link.partitioned = true;
          break;
        case 'heal':
          at(op.t).link.partitioned = false;
          break;
        case 'dropAck':
          at(op.t).link.dropNextAck = true;
          break;
        case 'replay': {
          const { t, link } = at(op.t);
          if (link.partitioned) break;
          const batch = [...(await t.replica.readOutboxBatch(4))];
          if (batch.length === 0) break;
          const mutations = op.how === 'duplicate' ? [...batch, ...batch] : batch.reverse();
          await link.replay({ deviceId: t.replica.deviceId, mutations });
          break;
        }
      }
    }

    // Heal everything and let two full rounds run: the first pushes, the second pulls what others pushed.
    for (const link of links) {
      link.partitioned = false;
      link.dropNextAck = false;
    }
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < terminals.length; i++) {
        const { t, link } = at(i);
        await runSyncCycle(t.replica, link, { batchSize: 3, pullLimit: 4 });
      }
    }

    const reference = await snapshot(at(0).t.db);
    for (let i = 0; i < terminals.length; i++) {
      const { t } = at(i);
      expect(await pendingCount(t.db)).toBe(0);
      expect(await snapshot(t.db)).toEqual(reference);
      // Exactly once: every mutation this device issued was decided by the server once.
      const issued = await t.db.meta.get('nextMutationId');
      const last = typeof issued?.value === 'number' ? issued.value - 1 : 0;
      for (let id = 1; id <= last; id++)
        expect([`${t.replica.deviceId}#${id}`, decided.get(`${t.replica.deviceId}#${id}`)]).toEqual([
          `${t.replica.deviceId}#${id}`,
          1,
        ]);
    }
    // The model: each record is its newest write.
    const finals = new Map((reference.feedback ?? []).map((r) => [(r as AnyRecord).id, r]));
    expect(finals.size).toBe(writes.size);
    for (const [id, all] of writes) {
      const newest = all.reduce((a, b) => (b.hlc > a.hlc ? b : a));
      expect(finals.get(id)).toEqual(newest);
    }
  } finally {
    for (const t of terminals) t.close();
    await server.close();
  }
}

describe('model: random operations, partitions and replays on 3–5 terminals', () => {
  it(
    'after healing every replica is equal and no mutation is lost or applied twice',
    async () => {
      await assertProperty(fc.asyncProperty(scenarioArb, run), { numRuns: RUNS });
    },
    propertyTimeout(60_000, RUNS),
  );
});
