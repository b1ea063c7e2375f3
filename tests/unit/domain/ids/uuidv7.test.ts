import { describe, expect, it } from 'vitest';
import { uuidV7Schema, uuidv7, uuidv7Millis } from '../../../../domain/ids/uuidv7';

const T = Date.parse('2026-11-26T08:00:00.000Z');

describe('UUIDv7', () => {
  it('makes ids that the v7 schema accepts and that carry their creation time', () => {
    const id = uuidv7(T);
    expect(uuidV7Schema.safeParse(id).success).toBe(true);
    expect(uuidv7Millis(id)).toBe(T);
  });

  it('sorts ids made later after ids made earlier', () => {
    const a = uuidv7(T);
    const b = uuidv7(T + 1);
    expect(a < b).toBe(true);
  });

  it('is deterministic for a fixed random source, and unique for the real one', () => {
    const zeros = (n: number) => new Uint8Array(n);
    expect(uuidv7(T, zeros)).toBe(uuidv7(T, zeros));
    const seen = new Set(Array.from({ length: 1000 }, () => uuidv7(T)));
    expect(seen.size).toBe(1000);
  });

  it('refuses times outside the 48-bit range and short random sources', () => {
    expect(() => uuidv7(-1)).toThrow(RangeError);
    expect(() => uuidv7(2 ** 48)).toThrow(RangeError);
    expect(() => uuidv7(T, () => new Uint8Array(8))).toThrow(/wrong length/);
  });
});
