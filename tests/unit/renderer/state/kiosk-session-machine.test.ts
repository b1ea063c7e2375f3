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

  it('goes home and wipes the session when the countdown runs out', () => {
    const actor = start();
    actor.send({ type: 'OPEN', screen: 'ticket' });
    actor.send({ type: 'CALL_STAFF' });
    vi.advanceTimersByTime(90_000 + 20_000);
    const s = actor.getSnapshot();
    expect(s.matches('active')).toBe(true);
    expect(s.context).toMatchObject({ screen: 'home', staffCalled: false, remaining: 0, generation: 1 });
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
});
