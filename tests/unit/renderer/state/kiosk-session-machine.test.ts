import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { kioskSessionMachine } from '../../../../renderer/state/kiosk-session-machine';

function start(input = { idleMs: 90_000, countdownSeconds: 20 }) {
  return createActor(kioskSessionMachine, { input }).start();
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('kiosk session machine', () => {
  it('shows the countdown after 90 s without input away from the home screen', () => {
    const actor = start();
    actor.send({ type: 'OPEN', screen: 'ticket' });
    vi.advanceTimersByTime(89_999);
    expect(actor.getSnapshot().matches('active')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(actor.getSnapshot().matches('warning')).toBe(true);
    expect(actor.getSnapshot().context.remaining).toBe(20);
    vi.advanceTimersByTime(5_000);
    expect(actor.getSnapshot().context.remaining).toBe(15);
  });

  it('restarts the idle timer on every input', () => {
    const actor = start();
    actor.send({ type: 'OPEN', screen: 'jobs' });
    vi.advanceTimersByTime(60_000);
    actor.send({ type: 'ACTIVITY' });
    vi.advanceTimersByTime(60_000);
    expect(actor.getSnapshot().matches('active')).toBe(true);
    vi.advanceTimersByTime(30_000);
    expect(actor.getSnapshot().matches('warning')).toBe(true);
  });

  it('keeps the session when "continue" is pressed during the countdown', () => {
    const actor = start();
    actor.send({ type: 'OPEN', screen: 'ticket' });
    vi.advanceTimersByTime(95_000);
    actor.send({ type: 'CONTINUE' });
    const s = actor.getSnapshot();
    expect(s.matches('active')).toBe(true);
    expect(s.context.screen).toBe('ticket');
    expect(s.context.generation).toBe(0);
  });

  it('ignores stray input during the countdown: only "continue" keeps the session', () => {
    const actor = start();
    actor.send({ type: 'OPEN', screen: 'ticket' });
    vi.advanceTimersByTime(90_000);
    actor.send({ type: 'ACTIVITY' });
    expect(actor.getSnapshot().matches('warning')).toBe(true);
  });

  it('goes back to the attract screen and wipes the session when the countdown runs out', () => {
    const actor = start();
    actor.send({ type: 'OPEN', screen: 'ticket' });
    actor.send({ type: 'CALL_STAFF' });
    vi.advanceTimersByTime(90_000 + 20_000);
    const s = actor.getSnapshot();
    expect(s.matches('active')).toBe(true);
    expect(s.context).toMatchObject({
      screen: 'attract',
      history: [],
      postingId: null,
      elder: false,
      staffCalled: false,
      remaining: 0,
      generation: 1,
    });
  });

  it('resets the home screen quietly, with no countdown, when nobody touches it', () => {
    const actor = start();
    vi.advanceTimersByTime(90_000);
    expect(actor.getSnapshot().matches('active')).toBe(true);
    expect(actor.getSnapshot().context.generation).toBe(1);
  });

  it('counts down on the home screen while a staff call is shown', () => {
    const actor = start();
    actor.send({ type: 'CALL_STAFF' });
    vi.advanceTimersByTime(90_000);
    expect(actor.getSnapshot().matches('warning')).toBe(true);
  });

  it('navigates between screens and back home', () => {
    const actor = start();
    actor.send({ type: 'OPEN', screen: 'jobs' });
    expect(actor.getSnapshot().context.screen).toBe('jobs');
    actor.send({ type: 'HOME' });
    expect(actor.getSnapshot().context.screen).toBe('home');
  });

  it('starts on the attract screen and opens home on a tap', () => {
    const actor = start();
    expect(actor.getSnapshot().context.screen).toBe('attract');
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().context.screen).toBe('home');
  });

  it('goes back step by step: posting → jobs → home, and 我要报名 carries the posting to the ticket flow', () => {
    const actor = start();
    actor.send({ type: 'START' });
    actor.send({ type: 'OPEN', screen: 'jobs' });
    actor.send({ type: 'OPEN_POSTING', postingId: 'p1' });
    actor.send({ type: 'APPLY' });
    expect(actor.getSnapshot().context).toMatchObject({ screen: 'ticket', postingId: 'p1' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context).toMatchObject({ screen: 'posting', postingId: 'p1' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context.screen).toBe('jobs');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context).toMatchObject({ screen: 'home', postingId: null, history: [] });
  });

  it('takes a number from the home tile without the last posting looked at', () => {
    const actor = start();
    actor.send({ type: 'START' });
    actor.send({ type: 'OPEN', screen: 'jobs' });
    actor.send({ type: 'OPEN_POSTING', postingId: 'p1' });
    actor.send({ type: 'HOME' });
    actor.send({ type: 'APPLY' });
    expect(actor.getSnapshot().context.screen).toBe('home');
    actor.send({ type: 'OPEN', screen: 'ticket' });
    expect(actor.getSnapshot().context.postingId).toBeNull();
  });

  it('keeps elder mode across screens and drops it on an idle reset', () => {
    const actor = start();
    actor.send({ type: 'SET_ELDER', elder: true });
    actor.send({ type: 'START' });
    actor.send({ type: 'OPEN', screen: 'jobs' });
    expect(actor.getSnapshot().context.elder).toBe(true);
    vi.advanceTimersByTime(90_000 + 20_000);
    expect(actor.getSnapshot().context).toMatchObject({ elder: false, screen: 'attract' });
  });

  it('opens a part-2 tile as a "coming" page with a way back', () => {
    const actor = start();
    actor.send({ type: 'START' });
    actor.send({ type: 'OPEN_COMING', tile: 'policy' });
    expect(actor.getSnapshot().context).toMatchObject({ screen: 'coming', coming: 'policy' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context.screen).toBe('home');
  });

  it('我要报名 from 为你推荐 opens the ticket flow for that posting, and back returns to the recommendations', () => {
    const actor = start();
    actor.send({ type: 'START' });
    actor.send({ type: 'OPEN_COMING', tile: 'recommend' });
    actor.send({ type: 'APPLY_FOR', postingId: 'p-1' });
    expect(actor.getSnapshot().context).toMatchObject({ screen: 'ticket', postingId: 'p-1' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context).toMatchObject({ screen: 'coming', coming: 'recommend' });
    actor.send({ type: 'HOME' });
    expect(actor.getSnapshot().context).toMatchObject({ screen: 'home', postingId: null, coming: null });
  });
});
