// How many fixed-size cards fit in a box: the job board shows that many per
// page and pages the rest, so a card never hangs off the screen whatever the
// panel's size. The card height and column count are the stylesheet's (the
// list's grid rows and columns), read back resolved to pixels after layout; a
// ResizeObserver re-measures when the screen or the panel changes size.
import { useLayoutEffect, useState, type RefObject } from 'react';

export interface FitMeasure {
  readonly height: number;
  readonly cardHeight: number;
  readonly gap: number;
  readonly columns: number;
}

/** Whole rows of cards that fit, times the columns; at least one row; `fallback` when nothing could be measured. */
export function fitCount({ height, cardHeight, gap, columns }: FitMeasure, fallback: number): number {
  if (!(cardHeight > 0) || !(height > 0)) return fallback;
  const rows = Math.max(1, Math.floor((height + gap) / (cardHeight + gap)));
  return rows * Math.max(1, columns);
}

function measure(el: HTMLElement): FitMeasure {
  const style = getComputedStyle(el);
  // Resolved values: `grid-auto-rows` in px, `grid-template-columns` as one px length per column.
  const columns = style.gridTemplateColumns.split(/\s+/).filter((track) => track.endsWith('px')).length;
  return {
    height: el.clientHeight,
    cardHeight: Number.parseFloat(style.gridAutoRows) || 0,
    gap: Number.parseFloat(style.rowGap) || 0,
    columns: Math.max(1, columns),
  };
}

export function useFitCount(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [count, setCount] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const update = () => {
      setCount(fitCount(measure(el), fallback));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      observer.disconnect();
    };
  }, [ref, fallback]);
  return count;
}
