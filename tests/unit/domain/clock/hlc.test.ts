import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertProperty } from '../../../support/property';
import {
  ClockDriftError,
  MAX_DRIFT_MS,
  compareStamps,
  formatStamp,
  initialHlc,
  nodeIdFromDeviceId,
  parseStamp,
  receive,
  receiveAccepted,
  tick,
  type HlcStamp,
} from '../../../../domain/clock/hlc';

const T0 = Date.parse('2026-11-26T08:00:00.000Z');
const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';

describe('hybrid logical clock', () => {
  it('stamps are strictly increasing even when the wall clock stands still or goes back', () => {
    let s = initialHlc(A);
    const stamps: HlcStamp[] = [];
    for (const now of [T0, T0, T0, T0 - 1000, T0 + 5, T0 + 5]) {
      const r = tick(s, now);
      s = r.state;
      stamps.push(r.stamp);
    }
    stamps.slice(1).forEach((s, i) => {
      expect(compareStamps(stamps[i] ?? s, s)).toBe(-1);
    });
  });

  it('a stamp minted after receiving a remote one sorts after it', () => {
    const remote = tick(initialHlc(B), T0 + 60_000).stamp;
    const merged = receive(initialHlc(A), remote, T0);
    const next = tick(merged, T0).stamp;
    expect(next > remote).toBe(true);
  });

  it('two devices at the same instant never mint the same stamp', () => {
    const a = tick(initialHlc(A), T0).stamp;
    const b = tick(initialHlc(B), T0).stamp;
    expect(a).not.toBe(b);
  });

  it('refuses a remote stamp more than five minutes ahead, accepts four minutes', () => {
    const ahead4 = tick(initialHlc(B), T0 + 4 * 60_000).stamp;
    expect(() => receive(initialHlc(A), ahead4, T0)).not.toThrow();
    const ahead6 = tick(initialHlc(B), T0 + MAX_DRIFT_MS + 60_000).stamp;
    expect(() => receive(initialHlc(A), ahead6, T0)).toThrow(ClockDriftError);
  });

  it('formats and parses round trip', () => {
    const s = { millis: T0 + 123, counter: 42, node: A };
    expect(parseStamp(formatStamp(s))).toEqual(s);
    expect(() => parseStamp('2026-11-26 nonsense')).toThrow(/malformed/);
  });

  it('derives a node id from a UUIDv7 device id', () => {
    expect(nodeIdFromDeviceId('0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b')).toBe('8a6b7c8d9e0f1a2b');
    expect(() => nodeIdFromDeviceId('not-a-uuid')).toThrow();
  });

  it('property: any interleaving of local ticks and receives stays monotonic', () => {
    assertProperty(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom('tick', 'receive'),
            wall: fc.integer({ min: -10_000, max: 10_000 }),
            remoteOffset: fc.integer({ min: -200_000, max: MAX_DRIFT_MS }),
            remoteCounter: fc.integer({ min: 0, max: 1000 }),
          }),
          { maxLength: 200 },
        ),
        (ops) => {
          let s = initialHlc(A);
          let last = '';
          for (const op of ops) {
            const now = T0 + op.wall;
            if (op.kind === 'receive') {
              const remote = formatStamp({ millis: now + op.remoteOffset, counter: op.remoteCounter, node: B });
              s = receive(s, remote, now);
              const r = tick(s, now);
              expect(r.stamp > remote).toBe(true);
              s = r.state;
              expect(r.stamp > last).toBe(true);
              last = r.stamp;
            } else {
              const r = tick(s, now);
              expect(r.stamp > last).toBe(true);
              last = r.stamp;
              s = r.state;
            }
          }
        },
      ),
    );
  });
});

describe('merging a stamp the server accepted', () => {
  it('never refuses for drift and still moves the clock past the stamp', () => {
    const ahead = formatStamp({ millis: T0 + 8 * 60_000, counter: 3, node: B });
    expect(() => receive(initialHlc(A), ahead, T0)).toThrow(ClockDriftError);
    const merged = receiveAccepted(initialHlc(A), ahead, T0);
    expect(tick(merged, T0).stamp > ahead).toBe(true);
  });
});
