import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordValidationError } from '../../../../domain/records/registry';
import { openTerminalDb, recordTable } from '../../../../renderer/db/database';
import { RecordNotFoundError } from '../../../../renderer/db/errors';
import { readMeta } from '../../../../renderer/db/meta';
import { deleteRecord, putRecord } from '../../../../renderer/db/repository';
import { T0, dbName, deviceCtx, makeId, remoteStamp, sampleRecords, testClock } from './fixtures';
import { assertProperty } from '../../../support/property';

// A sequence of local writes, valid and invalid mixed, as the screens might
// make them; `target` picks one of the ids used so far (or a new one).
type Op =
  | { kind: 'put'; target: number; message: string; clockStep: number }
  | { kind: 'delete'; target: number; clockStep: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('put' as const),
    target: fc.nat(5),
    // '' and '   ' fail the schema (nonEmptyText), the rest pass.
    message: fc.constantFrom('', '   ', '好', '希望增加周末服务时间', '请增加休息座椅'),
    clockStep: fc.integer({ min: -5_000, max: 5_000 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    target: fc.nat(5),
    clockStep: fc.integer({ min: -5_000, max: 5_000 }),
  }),
);

const template = sampleRecords(remoteStamp(T0)).feedback;

describe('mutation ids', () => {
  it('are gap-free from 1 and follow the order of successful writes, whatever fails in between', async () => {
    await assertProperty(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        const db = await openTerminalDb(dbName('property'));
        try {
          const clock = testClock();
          const ctx = deviceCtx(clock);
          const ids: string[] = [];
          const expected: { id: string; deleted: boolean }[] = [];
          for (const op of ops) {
            clock.advance(op.clockStep);
            const id = ids[op.target] ?? makeId();
            if (!ids.includes(id)) ids.push(id);
            try {
              if (op.kind === 'put') {
                const { hlc: _hlc, ...rest } = template;
                await putRecord(db, ctx, 'feedback', { ...rest, id, message: op.message });
              } else {
                await deleteRecord(db, ctx, 'feedback', id);
              }
              expected.push({ id, deleted: op.kind === 'delete' });
            } catch (error) {
              // Refused writes are part of the scenario (the assertions below
              // prove they left no trace); anything else is a real failure.
              if (!(error instanceof RecordValidationError || error instanceof RecordNotFoundError)) throw error;
            }
          }

          const outbox = await db.outbox.orderBy('mutationId').toArray();
          expect(outbox.map((m) => m.mutationId)).toEqual(expected.map((_, i) => i + 1));
          expect(outbox.map((m) => [m.args.record.id, m.args.record.deleted])).toEqual(
            expected.map((e) => [e.id, e.deleted]),
          );
          const stamps = outbox.map((m) => m.hlc);
          expect(stamps).toEqual([...stamps].sort());
          expect(new Set(stamps).size).toBe(stamps.length);
          expect(await readMeta(db, 'nextMutationId')).toBe(expected.length === 0 ? undefined : expected.length + 1);

          // Every stored record is the last version queued for it.
          const stored = await recordTable(db, 'feedback').toArray();
          const lastQueued = new Map(outbox.map((m) => [m.args.record.id, m.args.record]));
          expect(new Map(stored.map((r) => [r.id, r]))).toEqual(lastQueued);
        } finally {
          db.close();
        }
      }),
      { numRuns: 30 },
    );
  });
});
