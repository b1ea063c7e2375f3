// Main process. The staff PIN behind the hidden exit gesture: verified against
// an scrypt hash kept in the terminal config (the PIN itself is never stored),
// compared in constant time, and rate-limited so a passer-by cannot try every
// four-digit PIN on the touch screen.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

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

/**
 * After `maxFailures` wrong PINs in a row, refuse attempts for `lockMs`.
 * Pure apart from the injected clock, so tests need no timers.
 */
export function createPinAttemptLimiter(
  opts: { maxFailures?: number; lockMs?: number; now?: () => number } = {},
): PinAttemptLimiter {
  const maxFailures = opts.maxFailures ?? 5;
  const lockMs = opts.lockMs ?? 5 * 60_000;
  const now = opts.now ?? Date.now;
  let failures = 0;
  let lockedUntil = 0;
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
    },
    recordSuccess() {
      failures = 0;
    },
  };
}
