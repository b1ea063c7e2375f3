// A coarse clock for the display: the data age, the day's rollover and the
// job-fair list only need to move every few seconds. One interval, cleared on
// unmount, so a day of running leaves no timers behind.
import { useEffect, useState, useSyncExternalStore } from 'react';

export function useClock(now: () => number, everyMs: number): number {
  const [at, setAt] = useState(now);
  useEffect(() => {
    const id = setInterval(() => {
      setAt(now());
    }, everyMs);
    return () => {
      clearInterval(id);
    };
  }, [now, everyMs]);
  return at;
}

const PORTRAIT = '(orientation: portrait)';
const hasMatchMedia = (): boolean => typeof window.matchMedia === 'function';

function subscribeOrientation(onChange: () => void): () => void {
  if (!hasMatchMedia()) return () => undefined;
  const query = window.matchMedia(PORTRAIT);
  query.addEventListener('change', onChange);
  return () => {
    query.removeEventListener('change', onChange);
  };
}

const portraitNow = (): boolean => hasMatchMedia() && window.matchMedia(PORTRAIT).matches;

/** Whether the screen stands portrait (the board shows more rows then); false where matchMedia is absent. */
export function usePortrait(): boolean {
  return useSyncExternalStore(subscribeOrientation, portraitNow);
}
