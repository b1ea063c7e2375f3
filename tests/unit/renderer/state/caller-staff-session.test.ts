import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { hashPin, MIN_PIN_ITERATIONS } from '../../../../domain/staff/pin';
import {
  staffSessionMachine,
  type Lockouts,
  type StaffCandidate,
} from '../../../../renderer/state/staff-session-machine';
import { loadLockouts, saveLockouts } from '../../../../renderer/state/staff-lockout-store';

const PIN = '246810';
const pinHash = await hashPin(PIN, { iterations: MIN_PIN_ITERATIONS });
const LIU: StaffCandidate = { id: 'staff-liu', name: '刘洋', staffNo: 'HCNJ003', pinHash };
const CHEN: StaffCandidate = { id: 'staff-chen', name: '陈静', staffNo: 'HCNJ004', pinHash };
const NO_PIN: StaffCandidate = { id: 'staff-ran', name: '冉小琴', staffNo: 'HCNJ005', pinHash: null };

function session(clock = { t: 1_000_000 }, extra: { lockouts?: Lockouts; saveLockouts?: (l: Lockouts) => void } = {}) {
  const actor = createActor(staffSessionMachine, { input: { now: () => clock.t, idleMs: 60_000, ...extra } });
  actor.start();
  return actor;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('staff session machine', () => {
  it('logs in with the right PIN, checked locally against the hash', async () => {
    const actor = session();
    actor.send({ type: 'LOGIN', staff: LIU, pin: PIN });
    const s = await waitFor(actor, (x) => x.matches('loggedIn'));
    expect(s.context.staff).toEqual({ id: LIU.id, name: '刘洋', staffNo: 'HCNJ003' });
    expect(s.context.notice).toBeNull();
  });

  it('refuses a wrong PIN, counts down the attempts, and locks after five', async () => {
    const clock = { t: 1_000_000 };
    const saved: Lockouts[] = [];
    const actor = session(clock, { saveLockouts: (l) => saved.push(l) });
    for (let i = 1; i <= 4; i++) {
      actor.send({ type: 'LOGIN', staff: LIU, pin: '000000' });
      const s = await waitFor(actor, (x) => x.matches('loggedOut') && x.context.notice !== null);
      expect(s.context.notice).toEqual({ kind: 'wrongPin', attemptsLeft: 5 - i });
    }
    actor.send({ type: 'LOGIN', staff: LIU, pin: '000000' });
    const locked = await waitFor(actor, (x) => x.context.notice?.kind === 'locked');
    expect(locked.context.notice).toEqual({ kind: 'locked', until: clock.t + 5 * 60_000 });
    // Even the right PIN is refused while locked, without being checked.
    actor.send({ type: 'LOGIN', staff: LIU, pin: PIN });
    expect(actor.getSnapshot().matches('loggedOut')).toBe(true);
    // A colleague is not locked out by it.
    actor.send({ type: 'LOGIN', staff: CHEN, pin: PIN });
    await waitFor(actor, (x) => x.matches('loggedIn'));
    expect(saved.at(-1)?.[LIU.id]).toEqual({ failures: 5, lockedUntil: clock.t + 5 * 60_000 });
  });

  it('lets the person try again once the lock has run out', async () => {
    const clock = { t: 1_000_000 };
    const actor = session(clock, { lockouts: { [LIU.id]: { failures: 5, lockedUntil: clock.t + 1000 } } });
    actor.send({ type: 'LOGIN', staff: LIU, pin: PIN });
    expect(actor.getSnapshot().context.notice?.kind).toBe('locked');
    clock.t += 1001;
    actor.send({ type: 'LOGIN', staff: LIU, pin: PIN });
    const s = await waitFor(actor, (x) => x.matches('loggedIn'));
    expect(s.context.lockouts[LIU.id]).toBeUndefined();
  });

  it('says a staff member without a PIN cannot log in', () => {
    const actor = session();
    actor.send({ type: 'LOGIN', staff: NO_PIN, pin: '123456' });
    expect(actor.getSnapshot().context.notice).toEqual({ kind: 'noPin' });
    expect(actor.getSnapshot().matches('loggedOut')).toBe(true);
  });

  it('tells a damaged PIN record apart from a wrong PIN, and does not count it', async () => {
    const actor = session();
    actor.send({ type: 'LOGIN', staff: { ...LIU, pinHash: 'pbkdf2-sha256$1$x$y' }, pin: PIN });
    const s = await waitFor(actor, (x) => x.context.notice !== null);
    expect(s.context.notice).toEqual({ kind: 'damagedPin' });
    expect(s.context.lockouts).toEqual({});
  });

  it('locks by itself after the idle time, and activity keeps it open', async () => {
    const actor = session();
    actor.send({ type: 'LOGIN', staff: LIU, pin: PIN });
    await waitFor(actor, (x) => x.matches('loggedIn'));
    vi.useFakeTimers();
    // Timers started before the fake clock are real: re-enter to start the idle timer on fake time.
    actor.send({ type: 'ACTIVITY' });
    vi.advanceTimersByTime(59_000);
    actor.send({ type: 'ACTIVITY' });
    vi.advanceTimersByTime(59_000);
    expect(actor.getSnapshot().matches('loggedIn')).toBe(true);
    vi.advanceTimersByTime(1_000);
    const s = actor.getSnapshot();
    expect(s.matches('loggedOut')).toBe(true);
    expect(s.context.notice).toEqual({ kind: 'autoLocked' });
    expect(s.context.staff).toBeNull();
    expect(s.context.lastStaffId).toBe(LIU.id);
  });

  it('locks at once on request', async () => {
    const actor = session();
    actor.send({ type: 'LOGIN', staff: LIU, pin: PIN });
    await waitFor(actor, (x) => x.matches('loggedIn'));
    actor.send({ type: 'LOCK' });
    expect(actor.getSnapshot().matches('loggedOut')).toBe(true);
  });

  it('keeps the wrong-PIN counts across a reload, and ignores a damaged entry', () => {
    saveLockouts('db-a', { x: { failures: 2, lockedUntil: null } });
    expect(loadLockouts('db-a')).toEqual({ x: { failures: 2, lockedUntil: null } });
    localStorage.setItem('gig-kiosk:pin-lockouts:db-b', '{nope');
    expect(loadLockouts('db-b')).toEqual({});
  });
});
