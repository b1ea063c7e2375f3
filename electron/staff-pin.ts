// Main process. The staff PIN behind the hidden exit gesture: verified against
// an scrypt hash kept in the terminal config (the PIN itself is never stored),
// compared in constant time, and rate-limited so a passer-by cannot try every
// six-digit PIN on the touch screen. The limiter's count lives on disk: the
// renderer may ask for a relaunch without a PIN, and a relaunch must not hand
// out five fresh tries.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/** `scrypt$N$r$p$<salt base64>$<hash base64>`: self-describing, so the cost can be raised later. */
export const PIN_HASH_RE = /^scrypt\$(\d{1,8})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

export interface PinHash {
  readonly N: number;
  readonly r: number;
  readonly p: number;
  readonly salt: Buffer;
  readonly hash: Buffer;
}

/** The default cost: about 50 ms on a kiosk's CPU, 16 MiB of memory. */
export const DEFAULT_SCRYPT = { N: 16384, r: 8, p: 1 } as const;

function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n > 1 && (n & (n - 1)) === 0;
}

/**
 * Parse a stored hash; null when malformed or when its cost is outside what a
 * terminal can afford (an absurd N in a config file must not freeze the app).
 */
export function parsePinHash(text: string): PinHash | null {
  const m = PIN_HASH_RE.exec(text);
  if (!m) return null;
  const [, n, r, p, salt, hash] = m;
  const parsed = {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    salt: Buffer.from(salt ?? '', 'base64'),
    hash: Buffer.from(hash ?? '', 'base64'),
  };
  if (!isPowerOfTwo(parsed.N) || parsed.N < 1024 || parsed.N > 1_048_576) return null;
  if (parsed.r < 1 || parsed.r > 16 || parsed.p < 1 || parsed.p > 4) return null;
  if (parsed.salt.length < 16 || parsed.hash.length < 32 || parsed.hash.length > 64) return null;
  return parsed;
}

function derive(
  pin: string,
  salt: Buffer,
  length: number,
  cost: ScryptOptions & { N: number; r: number },
): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; allow that plus headroom instead of Node's 32 MiB default.
  const maxmem = 128 * cost.N * cost.r * 2;
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, length, { ...cost, maxmem }, (err, key) => {
      if (err) reject(err);
      else resolve(key);
    });
  });
}

/** Make a hash for the config file (used by the operator's one-liner in docs/operations/terminal.md). */
export async function hashStaffPin(
  pin: string,
  cost: { N: number; r: number; p: number } = DEFAULT_SCRYPT,
): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(pin, salt, 32, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** True when `pin` matches; false for a wrong PIN or an unusable stored hash. */
export async function verifyStaffPin(pin: string, stored: string): Promise<boolean> {
  const parsed = parsePinHash(stored);
  if (!parsed) return false;
  const candidate = await derive(pin, parsed.salt, parsed.hash.length, { N: parsed.N, r: parsed.r, p: parsed.p });
  return timingSafeEqual(candidate, parsed.hash);
}

export type AttemptCheck = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface PinAttemptLimiter {
  check(): AttemptCheck;
  recordFailure(): void;
  recordSuccess(): void;
}

const DEFAULT_LOCK_MS = 5 * 60_000;

export const attemptStateSchema = z.strictObject({
  failures: z.number().int().min(0).max(1000),
  /** Wall-clock milliseconds, so the lock outlives the process. */
  lockedUntil: z.number().int().min(0),
});
export type AttemptState = z.infer<typeof attemptStateSchema>;

/** Where the limiter keeps its count between launches. */
export interface AttemptStore {
  load(): AttemptState | null;
  save(state: AttemptState): void;
}

/**
 * The count as a small JSON file (in userData). An unreadable or malformed file
 * counts as a lock, not as a clean slate: deleting or corrupting it must not
 * be a way to earn fresh tries. Writes go through a rename so a crash mid-write
 * leaves the old state.
 */
export function createFileAttemptStore(
  path: string,
  now: () => number = Date.now,
  lockMs = DEFAULT_LOCK_MS,
): AttemptStore {
  return {
    load() {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (e) {
        if (e instanceof Error && 'code' in e && e.code === 'ENOENT') return null;
        return { failures: 0, lockedUntil: now() + lockMs };
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return { failures: 0, lockedUntil: now() + lockMs };
      }
      const parsed = attemptStateSchema.safeParse(json);
      return parsed.success ? parsed.data : { failures: 0, lockedUntil: now() + lockMs };
    },
    save(state) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.tmp`;
      writeFileSync(tmp, JSON.stringify(attemptStateSchema.parse(state)), { mode: 0o600 });
      renameSync(tmp, path);
    },
  };
}

/**
 * After `maxFailures` wrong PINs in a row, refuse attempts for `lockMs`.
 * Pure apart from the injected clock and store, so tests need no timers.
 * Without a store the count is in memory only.
 */
export function createPinAttemptLimiter(
  opts: { maxFailures?: number; lockMs?: number; now?: () => number; store?: AttemptStore } = {},
): PinAttemptLimiter {
  const maxFailures = opts.maxFailures ?? 5;
  const lockMs = opts.lockMs ?? DEFAULT_LOCK_MS;
  const now = opts.now ?? Date.now;
  const store = opts.store;
  const loaded = store?.load() ?? null;
  let failures = loaded?.failures ?? 0;
  // A clock set back must not stretch a lock past its length.
  let lockedUntil = loaded === null ? 0 : Math.min(loaded.lockedUntil, now() + lockMs);
  const persist = () => store?.save({ failures, lockedUntil });
  return {
    check() {
      const t = now();
      if (t < lockedUntil) return { allowed: false, retryAfterMs: lockedUntil - t };
      return { allowed: true };
    },
    recordFailure() {
      failures += 1;
      if (failures >= maxFailures) {
        lockedUntil = now() + lockMs;
        failures = 0;
      }
      persist();
    },
    recordSuccess() {
      failures = 0;
      persist();
    },
  };
}
