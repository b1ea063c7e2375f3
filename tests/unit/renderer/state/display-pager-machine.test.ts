import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { pagerMachine } from '../../../../renderer/state/display-pager-machine';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('display pager machine', () => {
  it('turns to the next page every interval and wraps to the first', () => {
    const actor = createActor(pagerMachine, { input: { intervalMs: 15_000, pageCount: 3 } }).start();
    const pages = [actor.getSnapshot().context.page];
    for (let i = 0; i < 4; i++) {
      vi.advanceTimersByTime(15_000);
      pages.push(actor.getSnapshot().context.page);
    }
    expect(pages).toEqual([0, 1, 2, 0, 1]);
    actor.stop();
  });

  it('keeps the page when the count changes and it still exists, else starts again at the first', () => {
    const actor = createActor(pagerMachine, { input: { intervalMs: 1_000, pageCount: 4 } }).start();
    vi.advanceTimersByTime(3_000);
    expect(actor.getSnapshot().context.page).toBe(3);
    actor.send({ type: 'PAGES.COUNTED', pageCount: 5 });
    expect(actor.getSnapshot().context.page).toBe(3);
    actor.send({ type: 'PAGES.COUNTED', pageCount: 2 });
    expect(actor.getSnapshot().context.page).toBe(0);
    actor.stop();
  });

  it('stays on the one page when everything fits, and leaves no timer behind once stopped', () => {
    const actor = createActor(pagerMachine, { input: { intervalMs: 1_000, pageCount: 1 } }).start();
    vi.advanceTimersByTime(5_000);
    expect(actor.getSnapshot().context.page).toBe(0);
    actor.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
