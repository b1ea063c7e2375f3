// The hidden staff gesture (docs/operations/terminal.md §5): five taps in the
// top-left corner within 3 seconds. Pure: it sees tap positions and times and
// says when the gesture is complete, so it is tested without a screen. A tap
// outside the corner starts the count again, so a seeker pressing the title
// now and then never opens the PIN pad by accident.

export interface CornerTapOptions {
  /** Taps needed. */
  readonly taps: number;
  /** All of them within this many milliseconds (first to last). */
  readonly withinMs: number;
  /** The corner square's side, in CSS pixels from the top-left of the viewport. */
  readonly cornerPx: number;
}

export const STAFF_GESTURE: CornerTapOptions = { taps: 5, withinMs: 3000, cornerPx: 96 };

export interface CornerTapDetector {
  /** Feed one tap; true when it completes the gesture (the count then starts again). */
  tap(x: number, y: number, at: number): boolean;
  reset(): void;
}

export function createCornerTapDetector(options: CornerTapOptions = STAFF_GESTURE): CornerTapDetector {
  let times: number[] = [];
  return {
    tap(x, y, at) {
      if (x < 0 || y < 0 || x > options.cornerPx || y > options.cornerPx) {
        times = [];
        return false;
      }
      times = [...times.filter((t) => at - t <= options.withinMs), at].slice(-options.taps);
      if (times.length < options.taps) return false;
      times = [];
      return true;
    },
    reset() {
      times = [];
    },
  };
}
