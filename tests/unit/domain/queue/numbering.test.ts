import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BAND_BASE,
  LEASE_MAX,
  NumbersExhaustedError,
  fallbackBand,
  formatDisplayNumber,
  leasedRemaining,
  needsRefill,
  nextNumber,
  numberBlockSchema,
  parseDisplayNumber,
  type NumberBlock,
} from '../../../../domain/queue/numbering';
import { ticketSchema } from '../../../../domain/records/queue';
import { assertProperty } from '../../../support/property';
// The server's copy of the layout must agree with the domain's.

describe('display numbers', () => {
  it('pads to three digits and shows four from 1000', () => {
    expect(formatDisplayNumber('A', 23)).toBe('A023');
    expect(formatDisplayNumber('F', 999)).toBe('F999');
    expect(formatDisplayNumber('B', 1000)).toBe('B1000');
    expect(formatDisplayNumber('C', 9012)).toBe('C9012');
  });

  it('every number 1..9999 formats to a display the ticket schema accepts and parses back', () => {
    const display = ticketSchema.shape.display;
    for (let n = 1; n <= 9999; n++) {
      const d = formatDisplayNumber('E', n);
      expect(display.safeParse(d).success).toBe(true);
      expect(parseDisplayNumber(d)).toEqual({ lane: 'E', number: n });
    }
  });

  it('refuses numbers and letters outside the scheme', () => {
    expect(() => formatDisplayNumber('A', 0)).toThrow(/out of range/);
    expect(() => formatDisplayNumber('A', 10_000)).toThrow(/out of range/);
    expect(() => formatDisplayNumber('a', 1)).toThrow(/lane/);
    expect(() => parseDisplayNumber('A0023')).toThrow(/malformed/);
    expect(() => parseDisplayNumber('A000')).toThrow(/malformed/);
    expect(() => parseDisplayNumber('A23')).toThrow(/malformed/);
  });
});

describe('number bands', () => {
  it('gives band k the fifty numbers from 9000 + 50k, disjoint from leases and from each other', () => {
    expect(fallbackBand(0)).toEqual({ from: 9000, to: 9049 });
    expect(fallbackBand(1)).toEqual({ from: 9050, to: 9099 });
    expect(fallbackBand(19)).toEqual({ from: 9950, to: 9999 });
    expect(LEASE_MAX).toBeLessThan(BAND_BASE);
    const all = Array.from({ length: 20 }, (_, k) => fallbackBand(k));
    all.slice(1).forEach((b, k) => {
      expect(b.from).toBe((all[k]?.to ?? 0) + 1);
    });
    expect(() => fallbackBand(20)).toThrow(/0\.\.19/);
    expect(() => fallbackBand(-1)).toThrow(/0\.\.19/);
  });

  it('a lease block must lie within 1..8999 and not run backwards', () => {
    expect(numberBlockSchema.safeParse({ from: 1, to: 50 }).success).toBe(true);
    expect(numberBlockSchema.safeParse({ from: 8990, to: 9010 }).success).toBe(false);
    expect(numberBlockSchema.safeParse({ from: 60, to: 51 }).success).toBe(false);
  });
});

describe('nextNumber', () => {
  const leases: NumberBlock[] = [
    { from: 101, to: 150 },
    { from: 1, to: 50 },
  ];

  it('consumes leased blocks in order, skipping numbers already issued', () => {
    expect(nextNumber({ lane: 'A', leases, used: new Set(), slot: 2 })).toEqual({
      number: 1,
      display: 'A001',
      source: 'lease',
    });
    const used = new Set(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(nextNumber({ lane: 'A', leases, used, slot: 2 }).number).toBe(101);
  });

  it('asks for a refill at twenty left of the leases it holds', () => {
    const block = [{ from: 1, to: 50 }];
    expect(leasedRemaining(block, new Set([1, 2, 3]))).toBe(47);
    const used29 = new Set(Array.from({ length: 29 }, (_, i) => i + 1));
    const used30 = new Set(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(needsRefill(block, used29)).toBe(false);
    expect(needsRefill(block, used30)).toBe(true);
    expect(needsRefill([], new Set())).toBe(true);
  });

  it('falls back to its band when no leased number is left, and says so plainly when that runs out', () => {
    expect(nextNumber({ lane: 'D', leases: [], used: new Set(), slot: 1 })).toEqual({
      number: 9050,
      display: 'D9050',
      source: 'band',
    });
    const band = fallbackBand(1);
    const used = new Set(Array.from({ length: 50 }, (_, i) => band.from + i));
    expect(() => nextNumber({ lane: 'D', leases: [], used, slot: 1 })).toThrow(NumbersExhaustedError);
    expect(() => nextNumber({ lane: 'D', leases: [], used, slot: 1 })).toThrow(/用完.*\/.*no numbers left/);
  });

  it('a terminal without a band yet issues only from its leases', () => {
    expect(nextNumber({ lane: 'A', leases: [{ from: 7, to: 7 }], used: new Set(), slot: null }).number).toBe(7);
    expect(() => nextNumber({ lane: 'A', leases: [{ from: 7, to: 7 }], used: new Set([7]), slot: null })).toThrow(
      NumbersExhaustedError,
    );
  });

  it('two terminals issuing concurrently from their leases and bands never produce the same number', () => {
    // A server that leases blocks upward from 1 (as it will), two terminals
    // with their own slots that see only their own tickets (the worst case:
    // cut off from each other), and any interleaving of issues, refills and
    // outages.
    const op = fc.oneof(
      fc.record({ kind: fc.constant('issue' as const), terminal: fc.integer({ min: 0, max: 1 }) }),
      fc.record({ kind: fc.constant('toggle-online' as const), terminal: fc.integer({ min: 0, max: 1 }) }),
    );
    assertProperty(
      fc.property(
        fc.array(op, { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 1, max: 80 }),
        fc.uniqueArray(fc.option(fc.integer({ min: 0, max: 19 })), { minLength: 2, maxLength: 2 }),
        (ops, blockSize, slots) => {
          let nextBlock = 1;
          const terminals = slots.map((slot) => ({
            slot,
            online: true,
            leases: [] as NumberBlock[],
            used: new Set<number>(),
          }));
          const issued: number[] = [];
          for (const o of ops) {
            const t = terminals[o.terminal];
            if (t === undefined) continue;
            if (o.kind === 'toggle-online') {
              t.online = !t.online;
              continue;
            }
            if (t.online && needsRefill(t.leases, t.used, { blockSize, refillAt: Math.floor(blockSize / 2) })) {
              if (nextBlock <= LEASE_MAX) {
                const block = { from: nextBlock, to: Math.min(LEASE_MAX, nextBlock + blockSize - 1) };
                nextBlock = block.to + 1;
                t.leases.push(block);
              }
            }
            try {
              const n = nextNumber({ lane: 'A', leases: t.leases, used: t.used, slot: t.slot });
              t.used.add(n.number);
              issued.push(n.number);
            } catch (e) {
              expect(e).toBeInstanceOf(NumbersExhaustedError);
            }
          }
          expect(new Set(issued).size).toBe(issued.length);
          for (const n of issued) expect(n >= 1 && n <= 9999).toBe(true);
        },
      ),
    );
  });
});
