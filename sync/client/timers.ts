// Time, injected: the engine and the poke channel take their timers, clock
// and randomness from here so tests can run them on fake timers and fixed seeds.

/** A number in browsers, an object in Node and under fake timers. */
export type TimerHandle = number | object;

export interface Timers {
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** The global timers, looked up at call time so test fake timers installed later still apply. */
export const globalTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => {
    globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]);
  },
};

/** A uniform number in [0, 1). */
export type RandomSource = () => number;
