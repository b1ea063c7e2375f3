import { describe, expect, it } from 'vitest';
import { createCornerTapDetector, STAFF_GESTURE } from '../../../../../renderer/app/staff-exit/corner-taps';

function tapsAt(times: readonly number[], x = 10, y = 10) {
  const detector = createCornerTapDetector();
  return times.map((t) => detector.tap(x, y, t));
}

describe('the staff corner gesture', () => {
  it('is five taps in the top-left corner within 3 s', () => {
    expect(STAFF_GESTURE).toMatchObject({ taps: 5, withinMs: 3000 });
    expect(tapsAt([0, 500, 1000, 1500, 2000])).toEqual([false, false, false, false, true]);
    expect(tapsAt([0, 750, 1500, 2250, 3000]).at(-1)).toBe(true);
  });

  it('does not fire when the five taps take longer than 3 s, but counts the last five', () => {
    expect(tapsAt([0, 1000, 2000, 3000, 3001])).toEqual([false, false, false, false, false]);
    expect(tapsAt([0, 1000, 2000, 3000, 3001, 3500])).toEqual([false, false, false, false, false, true]);
  });

  it('ignores taps outside the corner and starts the count again after one', () => {
    expect(tapsAt([0, 100, 200, 300, 400], 500, 10).at(-1)).toBe(false);
    expect(tapsAt([0, 100, 200, 300, 400], 10, 500).at(-1)).toBe(false);
    const detector = createCornerTapDetector();
    for (const t of [0, 100, 200, 300]) detector.tap(10, 10, t);
    expect(detector.tap(900, 600, 350)).toBe(false);
    expect(detector.tap(10, 10, 400)).toBe(false);
  });

  it('starts again after it fires, so a sixth tap does not fire twice', () => {
    expect(tapsAt([0, 100, 200, 300, 400, 500])).toEqual([false, false, false, false, true, false]);
  });
});
