import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatStamp, type HlcStamp } from '../../../../domain/clock/hlc';
import { reconcile, supersedes } from '../../../../domain/records/reconcile';
import { assertProperty } from '../../../support/property';

const ID = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
const stamp = (millis: number, counter: number, node: string): HlcStamp => formatStamp({ millis, counter, node });

const versionArb = fc
  .record({
    millis: fc.integer({ min: 1_700_000_000_000, max: 1_700_000_100_000 }),
    counter: fc.integer({ min: 0, max: 5 }),
    node: fc.constantFrom('aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc'),
    value: fc.string(),
  })
  .map((v) => ({ id: ID, hlc: stamp(v.millis, v.counter, v.node), value: v.value }));

describe('reconcile (last writer wins by HLC)', () => {
  it('keeps the newer version whichever arrives first', () => {
    const older = { id: ID, hlc: stamp(1000, 0, 'aaaaaaaaaaaaaaaa'), value: 'old' };
    const newer = { id: ID, hlc: stamp(1000, 1, 'aaaaaaaaaaaaaaaa'), value: 'new' };
    expect(reconcile(older, newer)).toBe(newer);
    expect(reconcile(newer, older)).toBe(newer);
    expect(supersedes(older, newer)).toBe(true);
    expect(supersedes(newer, older)).toBe(false);
  });

  it('refuses to merge two different records', () => {
    const a = { id: ID, hlc: stamp(1, 0, 'aaaaaaaaaaaaaaaa') };
    const b = { id: '0193a1b2-c3d4-7e5f-8a6b-000000000000', hlc: stamp(2, 0, 'aaaaaaaaaaaaaaaa') };
    expect(() => reconcile(a, b)).toThrow(/different records/);
  });

  it('property: replicas that receive the same versions in any order converge', () => {
    // Stamps are unique per write, so the generated versions are unique by HLC.
    const histories = fc
      .uniqueArray(versionArb, { minLength: 1, maxLength: 12, selector: (v) => v.hlc })
      .chain((vs) =>
        fc.tuple(fc.constant(vs), fc.shuffledSubarray(vs, { minLength: vs.length, maxLength: vs.length })),
      );
    assertProperty(
      fc.property(histories, ([inOrder, shuffled]) => {
        type V = (typeof inOrder)[number];
        const left = inOrder.reduce<V | undefined>((acc, v) => reconcile(acc, v), undefined);
        const right = shuffled.reduce<V | undefined>((acc, v) => reconcile(acc, v), undefined);
        expect(right).toBe(left);
        // Idempotent: applying the winner again changes nothing.
        expect(left && reconcile(left, left)).toBe(left);
      }),
    );
  });
});
