// Model-based property: whatever order pushes arrive in (duplicates, reorders,
// partial batches), every device ends with all its ids applied exactly once,
// and the pulled state is the last-writer-wins fold of the valid mutations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mutation } from '../../../domain/records/mutation';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { enrol, pullAll, push } from './support/client';
import { feedback, newId, TestDevice } from './support/records';
import { T0, testServer } from './support/store';
import { assertProperty, propertyTimeout } from '../../support/property';

/** CI's short profile; `npm run test:chaos` asks for 10,000 through FC_RUNS. */
const RUNS = 30;
const MARKETS = [uuidv7(T0 - 10_000), uuidv7(T0 - 9_000)] as const;
/** Device i: its market and role. Kiosks may write feedback; callers also read it. */
const DEVICES = [
  { market: 0, role: 'caller' },
  { market: 0, role: 'kiosk' },
  { market: 1, role: 'caller' },
  { market: 1, role: 'kiosk' },
] as const;
const IDS_PER_MARKET = 4;

interface Op {
  readonly record: number;
  readonly offset: number;
  readonly kind: 'valid' | 'invalid_record' | 'other_market';
}

const opArb = fc.record({
  record: fc.integer({ min: 0, max: IDS_PER_MARKET - 1 }),
  offset: fc.integer({ min: 0, max: 20_000 }),
  kind: fc.constantFrom<Op['kind']>('valid', 'valid', 'valid', 'invalid_record', 'other_market'),
});

const stepArb = fc.record({
  device: fc.integer({ min: 0, max: DEVICES.length - 1 }),
  start: fc.nat(),
  length: fc.integer({ min: 1, max: 6 }),
  disorder: fc.constantFrom('none', 'duplicate', 'swap', 'reverse'),
});

const scenarioArb = fc.record({
  scripts: fc.tuple(...DEVICES.map(() => fc.array(opArb, { minLength: 1, maxLength: 10 }))),
  steps: fc.array(stepArb, { maxLength: 25 }),
  drainChunk: fc.integer({ min: 1, max: 10 }),
});

function disorder(batch: Mutation[], how: string): Mutation[] {
  if (how === 'duplicate' && batch.length > 0) return [...batch, ...batch.slice(0, 1)];
  if (how === 'swap' && batch.length > 1) return [batch[1], batch[0], ...batch.slice(2)] as Mutation[];
  if (how === 'reverse') return [...batch].reverse();
  return batch;
}

describe('convergence under arbitrary push interleavings', () => {
  it(
    'every device ends at its last id and the pulled state is the LWW fold of the valid mutations',
    async () => {
      await assertProperty(
        fc.asyncProperty(scenarioArb, async ({ scripts, steps, drainChunk }) => {
          const server = await testServer({ limits: { perDevice: { perSecond: 1000, burst: 1000 } } });
          try {
            const ids = MARKETS.map(() => Array.from({ length: IDS_PER_MARKET }, () => newId()));
            const devices = await Promise.all(
              DEVICES.map(async (d) => {
                const e = await enrol(server.app, server.store, MARKETS[d.market], d.role);
                return { ...e, spec: d, writer: new TestDevice(e.deviceId) };
              }),
            );
            // Each device's mutations, and the model: the LWW fold of the valid ones.
            const expected = new Map<string, Record<string, unknown>>();
            const mutations = devices.map((dev, i) =>
              (scripts[i] ?? []).map((op) => {
                const market = MARKETS[dev.spec.market];
                const id = ids[dev.spec.market]?.[op.record] ?? '';
                const record =
                  op.kind === 'invalid_record'
                    ? feedback(market, { id, message: '' })
                    : op.kind === 'other_market'
                      ? feedback(MARKETS[1 - dev.spec.market] ?? market, { id: newId() })
                      : feedback(market, { id, message: `v${op.offset}` });
                const m = dev.writer.put('feedback', record, T0 + op.offset);
                if (op.kind === 'valid') {
                  const key = `feedback/${id}`;
                  const current = expected.get(key);
                  if (current === undefined || String(current.hlc) < m.hlc) expected.set(key, m.args.record);
                }
                return m;
              }),
            );

            for (const step of steps) {
              const own = mutations[step.device] ?? [];
              const device = devices[step.device];
              if (device === undefined) continue;
              const start = step.start % own.length;
              const batch = disorder(own.slice(start, start + step.length), step.disorder);
              if (batch.length > 0) await push(server.app, device, batch);
            }
            // Heal: each device drains its outbox from the start, in chunks.
            for (const [i, device] of devices.entries()) {
              const own = mutations[i] ?? [];
              for (let s = 0; s < own.length; s += drainChunk)
                await push(server.app, device, own.slice(s, s + drainChunk));
            }

            const rows = await server.store.db.selectFrom('devices').select(['id', 'last_mutation_id']).execute();
            for (const [i, device] of devices.entries()) {
              expect(rows.find((r) => r.id === device.deviceId)?.last_mutation_id).toBe(mutations[i]?.length);
            }
            const pulled = new Map<string, Record<string, unknown>>();
            for (const caller of devices.filter((d) => d.spec.role === 'caller')) {
              for (const [k, v] of (await pullAll(server.app, caller.token, 3)).records) pulled.set(k, v);
            }
            expect(pulled).toEqual(expected);
          } finally {
            await server.close();
          }
        }),
        { numRuns: RUNS },
      );
    },
    propertyTimeout(120_000, RUNS),
  );
});
