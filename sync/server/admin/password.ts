// Admin passwords: scrypt (memory-hard, in node:crypto). The stored form
// names its parameters so they can be raised later without breaking old
// hashes: scrypt$<N>$<r>$<p>$<salt b64url>$<hash b64url>.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** 64 MiB per hash (N·r·128 bytes): about 0.1 s on a server core. */
export const DEFAULT_COST: ScryptCost = { N: 2 ** 16, r: 8, p: 1 };
/** Tests use the floor to stay fast; nothing below it is accepted from the store. */
export const MIN_COST: ScryptCost = { N: 2 ** 14, r: 8, p: 1 };
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_BYTES, options, (err, key) => {
      if (err === null) resolve(key);
      else reject(err);
    });
  });
}

export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

const HASH_RE = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

/** False for a wrong password and for a stored hash that is malformed or below the cost floor. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = HASH_RE.exec(stored);
  if (m === null) return false;
  const cost = { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (cost.N < MIN_COST.N || cost.N > 2 ** 20 || cost.r < MIN_COST.r || cost.r > 32 || cost.p < 1 || cost.p > 4)
    return false;
  const expected = Buffer.from(m[5] ?? '', 'base64url');
  if (expected.length !== KEY_BYTES) return false;
  const key = await derive(password, Buffer.from(m[4] ?? '', 'base64url'), cost);
  return timingSafeEqual(key, expected);
}

/** A hash nobody's password matches, verified against when the username is unknown so timing says nothing. */
export const DUMMY_HASH_PROMISE: Promise<string> = hashPassword(randomBytes(16).toString('hex'), MIN_COST);
