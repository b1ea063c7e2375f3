import { describe, expect, it } from 'vitest';
import { compareStamps, nodeIdFromDeviceId, parseStamp } from '../../../../domain/clock/hlc';
import { uuidv7Millis } from '../../../../domain/ids/uuidv7';
import { createPrng } from '../../../../domain/demo/prng';
import { DEMO_DEVICE_ID, createStamper } from '../../../../domain/demo/stamper';

const NOW = Date.parse('2026-11-26T02:00:00.000Z');

describe('demo stamper', () => {
  it('dates each id at its creation time and stamps every write at now, in increasing order', () => {
    const stamper = createStamper(createPrng(1, 'ids'), NOW);
    const a = stamper.stamp(NOW - 86_400_000);
    const b = stamper.stamp(NOW - 1000);
    expect(uuidv7Millis(a.id)).toBe(NOW - 86_400_000);
    expect(uuidv7Millis(b.id)).toBe(NOW - 1000);
    expect(parseStamp(a.hlc)).toMatchObject({ millis: NOW, counter: 0, node: nodeIdFromDeviceId(DEMO_DEVICE_ID) });
    expect(compareStamps(a.hlc, b.hlc)).toBe(-1);
    expect([a.deleted, b.deleted]).toEqual([false, false]);
  });

  it('makes the same ids from the same seed and different ones from another', () => {
    const ids = (seed: number) => {
      const stamper = createStamper(createPrng(seed, 'ids'), NOW);
      return [stamper.stamp(NOW).id, stamper.stamp(NOW).id];
    };
    expect(ids(1)).toEqual(ids(1));
    expect(ids(2)).not.toEqual(ids(1));
  });

  it('refuses a record created after now', () => {
    expect(() => createStamper(createPrng(1), NOW).stamp(NOW + 1)).toThrow(/after now/);
  });
});
