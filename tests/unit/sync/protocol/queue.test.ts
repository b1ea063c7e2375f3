import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  claimResponseSchema,
  fallbackBand,
  FALLBACK_BANDS,
  LEASE_LAST_NUMBER,
  leaseRequestSchema,
  nextBandNumber,
} from '../../../../sync/protocol/queue';
import { deviceRoleSchema, readableTablesFor } from '../../../../sync/protocol/roles';
import { readableTables } from '../../../../sync/protocol/permissions';
import { assertProperty } from '../../../support/property';

describe('fallback bands', () => {
  it('lie above every leased number, inside the ticket number range, and never overlap', () => {
    const seen = new Set<number>();
    for (let i = 0; i < FALLBACK_BANDS; i++) {
      const { from, to } = fallbackBand(i);
      expect(from).toBeGreaterThan(LEASE_LAST_NUMBER);
      expect(to).toBeLessThanOrEqual(9999);
      for (let n = from; n <= to; n++) {
        expect(seen.has(n)).toBe(false);
        seen.add(n);
      }
    }
  });

  it('refuses an index outside the bands', () => {
    for (const bad of [-1, FALLBACK_BANDS, 1.5, Number.NaN]) expect(() => fallbackBand(bad)).toThrow(RangeError);
  });

  it('issues each band number once, in order, then reports the band used up', () => {
    assertProperty(
      fc.property(fc.integer({ min: 0, max: FALLBACK_BANDS - 1 }), (index) => {
        const band = fallbackBand(index);
        const issued: number[] = [];
        let last: number | null = null;
        for (;;) {
          const n = nextBandNumber(index, last);
          if (n === null) break;
          issued.push(n);
          last = n;
        }
        expect(issued[0]).toBe(band.from);
        expect(issued.at(-1)).toBe(band.to);
        expect(new Set(issued).size).toBe(band.to - band.from + 1);
      }),
    );
  });
});

describe('queue messages', () => {
  it('defaults the lease size to a block of 50 and checks day and lane', () => {
    const v = { protocolVersion: 1, schemaVersion: 1 };
    expect(leaseRequestSchema.parse({ ...v, day: '2026-11-26', lane: 'A' }).size).toBe(50);
    expect(leaseRequestSchema.safeParse({ ...v, day: '2026-11-26', lane: 'AB' }).success).toBe(false);
    expect(leaseRequestSchema.safeParse({ ...v, day: '26/11/2026', lane: 'A' }).success).toBe(false);
  });

  it('tells a lost claim who won', () => {
    const lost = claimResponseSchema.parse({
      status: 'lost',
      ticketId: '019a2b3c-4d5e-7f60-8a1b-2c3d4e5f6a7b',
      by: { windowNumber: 2, at: 1 },
      round: 0,
    });
    expect(lost.status === 'lost' && lost.by.windowNumber).toBe(2);
  });
});

describe('device roles', () => {
  it('adds the hub, which reads every table, to the terminal roles', () => {
    expect(deviceRoleSchema.options).toEqual(['kiosk', 'display', 'caller', 'hub']);
    expect(readableTablesFor('hub').length).toBeGreaterThan(readableTables('caller').length - 1);
    expect(readableTablesFor('hub')).toEqual(expect.arrayContaining(readableTables('caller')));
    expect(readableTablesFor('kiosk')).toEqual(readableTables('kiosk'));
  });
});
