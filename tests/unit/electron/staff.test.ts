import { randomBytes, scryptSync } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStaffExitHandler } from '../../../electron/staff-exit';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createFileAttemptStore,
  createPinAttemptLimiter,
  hashStaffPin,
  parsePinHash,
  verifyStaffPin,
} from '../../../electron/staff-pin';

// The cheapest cost the parser accepts, so the suite stays fast; the shape is what is tested here.
const CHEAP = { N: 1024, r: 8, p: 1 };

describe('staff PIN hashing (scrypt)', () => {
  it('verifies the right PIN and refuses a wrong one', async () => {
    const hash = await hashStaffPin('482135', CHEAP);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyStaffPin('482135', hash)).toBe(true);
    expect(await verifyStaffPin('4822', hash)).toBe(false);
    expect(await verifyStaffPin('', hash)).toBe(false);
  });

  it('verifies a hash made with the one-liner in docs/operations/terminal.md', async () => {
    const salt = randomBytes(16);
    const h = scryptSync('246810'.normalize('NFKC'), salt, 32, { N: 16384, r: 8, p: 1 });
    const stored = ['scrypt', 16384, 8, 1, salt.toString('base64'), h.toString('base64')].join('$');
    expect(await verifyStaffPin('246810', stored)).toBe(true);
    expect(await verifyStaffPin('246811', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashStaffPin('482135', CHEAP)).not.toBe(await hashStaffPin('482135', CHEAP));
  });

  it('uses the default cost the docs describe', async () => {
    const hash = await hashStaffPin('135790');
    expect(parsePinHash(hash)).toMatchObject({ N: 16384, r: 8, p: 1 });
    expect(await verifyStaffPin('135790', hash)).toBe(true);
  });

  it.each([
    ['not scrypt', 'bcrypt$2b$10$abc'],
    ['N not a power of two', `scrypt$1000$8$1$${'A'.repeat(24)}$${'B'.repeat(44)}`],
    ['N too large to afford', `scrypt$2097152$8$1$${'A'.repeat(24)}$${'B'.repeat(44)}`],
    ['a short salt', `scrypt$16384$8$1$AAAA$${'B'.repeat(44)}`],
    ['a short hash', `scrypt$16384$8$1$${'A'.repeat(24)}$BBBB`],
  ])('treats a stored hash with %s as unusable (never a match)', async (_name, stored) => {
    expect(parsePinHash(stored)).toBeNull();
    expect(await verifyStaffPin('1234', stored)).toBe(false);
  });
});

describe('createPinAttemptLimiter (injected clock)', () => {
  it('locks for five minutes after five wrong PINs in a row', () => {
    let t = 0;
    const limiter = createPinAttemptLimiter({ now: () => t });
    for (let i = 0; i < 4; i++) limiter.recordFailure();
    expect(limiter.check()).toEqual({ allowed: true });
    limiter.recordFailure();
    expect(limiter.check()).toEqual({ allowed: false, retryAfterMs: 300_000 });
    t = 299_999;
    expect(limiter.check().allowed).toBe(false);
    t = 300_000;
    expect(limiter.check()).toEqual({ allowed: true });
  });

  it('forgets failures after a success', () => {
    const limiter = createPinAttemptLimiter({ now: () => 0 });
    for (let i = 0; i < 4; i++) limiter.recordFailure();
    limiter.recordSuccess();
    for (let i = 0; i < 4; i++) limiter.recordFailure();
    expect(limiter.check().allowed).toBe(true);
  });
});

describe('the staff-exit request', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const setup = (pinHash: string | null = 'stored') => {
    let t = 0;
    const perform = vi.fn();
    const handler = createStaffExitHandler({
      pinHash,
      limiter: createPinAttemptLimiter({ now: () => t }),
      verify: (pin) => Promise.resolve(pin === '246810'),
      perform,
    });
    return { handler, perform, advance: (ms: number) => (t += ms) };
  };

  it.each(['exit', 'reload', 'config'] as const)(
    'performs %s after the right PIN, once the reply is sent',
    async (action) => {
      vi.useFakeTimers();
      const { handler, perform } = setup();
      expect(await handler({ pin: '246810', action })).toEqual({ ok: true, action });
      expect(perform).not.toHaveBeenCalled();
      vi.advanceTimersByTime(100);
      expect(perform).toHaveBeenCalledWith(action);
    },
  );

  it('only checks the PIN for "verify"', async () => {
    vi.useFakeTimers();
    const { handler, perform } = setup();
    expect(await handler({ pin: '246810', action: 'verify' })).toEqual({ ok: true, action: 'verify' });
    vi.advanceTimersByTime(1000);
    expect(perform).not.toHaveBeenCalled();
  });

  it('refuses a wrong PIN, then locks after five, and stays locked for the right one', async () => {
    const { handler, perform, advance } = setup();
    for (let i = 0; i < 4; i++) {
      expect(await handler({ pin: '000000', action: 'exit' })).toMatchObject({ ok: false, reason: 'wrong-pin' });
    }
    expect(await handler({ pin: '000000', action: 'exit' })).toMatchObject({
      ok: false,
      reason: 'locked',
      retryAfterSeconds: 300,
    });
    const locked = await handler({ pin: '246810', action: 'exit' });
    expect(locked).toMatchObject({ ok: false, reason: 'locked' });
    if (!locked.ok) expect(locked.message.zh).toMatch(/秒后再试/);
    advance(300_000);
    expect(await handler({ pin: '246810', action: 'verify' })).toEqual({ ok: true, action: 'verify' });
    expect(perform).not.toHaveBeenCalled();
  });

  it('is disabled when the config has no PIN', async () => {
    const { handler } = setup(null);
    expect(await handler({ pin: '246810', action: 'exit' })).toMatchObject({ ok: false, reason: 'no-pin-configured' });
  });
});

describe('the exit PIN limiter on disk (survives a relaunch)', () => {
  const fileIn = () => join(mkdtempSync(join(tmpdir(), 'gig-pin-')), 'staff-pin-attempts.json');

  it('keeps the lock across a relaunch: a new limiter over the same file is still locked', () => {
    const path = fileIn();
    let t = 1_000_000;
    const now = () => t;
    const first = createPinAttemptLimiter({ now, store: createFileAttemptStore(path, now) });
    for (let i = 0; i < 5; i++) first.recordFailure();
    expect(first.check().allowed).toBe(false);
    t += 60_000;
    // The relaunch: a fresh process builds a fresh limiter over the same file.
    const relaunched = createPinAttemptLimiter({ now, store: createFileAttemptStore(path, now) });
    expect(relaunched.check()).toEqual({ allowed: false, retryAfterMs: 240_000 });
    t += 240_000;
    expect(relaunched.check()).toEqual({ allowed: true });
  });

  it('keeps the count of wrong PINs across a relaunch, so four plus one still locks', () => {
    const path = fileIn();
    const now = () => 5_000;
    const first = createPinAttemptLimiter({ now, store: createFileAttemptStore(path, now) });
    for (let i = 0; i < 4; i++) first.recordFailure();
    const relaunched = createPinAttemptLimiter({ now, store: createFileAttemptStore(path, now) });
    expect(relaunched.check().allowed).toBe(true);
    relaunched.recordFailure();
    expect(relaunched.check()).toEqual({ allowed: false, retryAfterMs: 300_000 });
  });

  it('writes a small owner-only JSON file and clears the count on a right PIN', () => {
    const path = fileIn();
    const now = () => 0;
    const limiter = createPinAttemptLimiter({ now, store: createFileAttemptStore(path, now) });
    limiter.recordFailure();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ failures: 1, lockedUntil: 0 });
    limiter.recordSuccess();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ failures: 0, lockedUntil: 0 });
    expect(statSync(path).mode & 0o077).toBe(0);
  });

  it('treats a corrupted file as a lock, not as five fresh tries', () => {
    const path = fileIn();
    writeFileSync(path, '{"failures": "none"');
    const now = () => 10_000;
    const limiter = createPinAttemptLimiter({ now, store: createFileAttemptStore(path, now) });
    expect(limiter.check()).toEqual({ allowed: false, retryAfterMs: 300_000 });
  });

  it('does not stretch a lock past its length when the clock was set back', () => {
    const path = fileIn();
    writeFileSync(path, JSON.stringify({ failures: 0, lockedUntil: 10_000_000_000 }));
    const now = () => 1_000;
    const limiter = createPinAttemptLimiter({ now, store: createFileAttemptStore(path, now) });
    expect(limiter.check()).toEqual({ allowed: false, retryAfterMs: 300_000 });
  });

  it('starts with no lock when there is no file yet (a first launch)', () => {
    const path = fileIn();
    const now = () => 0;
    expect(createPinAttemptLimiter({ now, store: createFileAttemptStore(path, now) }).check()).toEqual({
      allowed: true,
    });
  });
});
