// Staff PINs (issue 4 "Caller"): hashed with a slow KDF so that the hashes can
// be synced to every caller of the market and checked there while offline,
// without a stolen terminal giving the PINs away cheaply. PBKDF2-SHA256 is the
// slow KDF WebCrypto offers in both browsers and Node 20, so one module serves
// the caller (verify) and the CLI (set). The encoding names its algorithm and
// cost, so the cost can be raised later without breaking stored hashes:
//   pbkdf2-sha256$<iterations>$<salt, base64url>$<hash, base64url>
// Pure: WebCrypto is computation, and the salt's randomness is injected.
import { cryptoRandomBytes, type RandomBytes } from '../ids/uuidv7';

export const PIN_ALGORITHM = 'pbkdf2-sha256';
/** What new hashes use: well above the floor, still under a second on a window PC. */
export const DEFAULT_PIN_ITERATIONS = 310_000;
/**
 * No hash below this is accepted, so a tampered record cannot downgrade the
 * cost and make the PIN cheap to guess from a copy of the store.
 */
export const MIN_PIN_ITERATIONS = 200_000;
/** Above this, checking one PIN would freeze the window: treated as tampering. */
export const MAX_PIN_ITERATIONS = 5_000_000;
export const PIN_SALT_BYTES = 16;
export const PIN_HASH_BYTES = 32;
export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 12;

const PIN_RE = /^\d+$/;

export class PinFormatError extends Error {
  readonly code = 'pin_format';
  constructor() {
    super(
      `PIN 须为 ${PIN_MIN_LENGTH}–${PIN_MAX_LENGTH} 位数字 / a PIN is ${PIN_MIN_LENGTH} to ${PIN_MAX_LENGTH} digits`,
    );
  }
}

export class PinHashFormatError extends Error {
  readonly code = 'pin_hash_format';
  constructor(detail: string) {
    super(
      `PIN 记录已损坏，请管理员重设 / the stored PIN hash is damaged (${detail}): an administrator must set it again`,
    );
  }
}

/** True when `pin` has the shape of a PIN; says nothing about whether it is right. */
export function isPinShaped(pin: string): boolean {
  return PIN_RE.test(pin) && pin.length >= PIN_MIN_LENGTH && pin.length <= PIN_MAX_LENGTH;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_RE = /^[A-Za-z0-9_-]+$/;

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += B64.charAt((n >> (18 - 6 * k)) & 63);
  }
  return out;
}

/** Strict: unpadded base64url only, or null. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!B64_RE.test(text) || text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (const ch of text) {
    value = (value << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (value >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, so every byte string has exactly one encoding.
  if ((value & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

export interface ParsedPinHash {
  readonly iterations: number;
  readonly salt: Uint8Array;
  readonly hash: Uint8Array;
}

/** Read an encoded hash; throws PinHashFormatError for anything not exactly our format. */
export function parsePinHash(encoded: string): ParsedPinHash {
  const parts = encoded.split('$');
  if (parts.length !== 4) throw new PinHashFormatError('4 fields expected');
  const [algorithm, iterText, saltText, hashText] = parts as [string, string, string, string];
  if (algorithm !== PIN_ALGORITHM) throw new PinHashFormatError(`unknown algorithm ${algorithm}`);
  if (!/^[1-9]\d{0,8}$/.test(iterText)) throw new PinHashFormatError('iterations');
  const iterations = Number(iterText);
  if (iterations < MIN_PIN_ITERATIONS || iterations > MAX_PIN_ITERATIONS) {
    throw new PinHashFormatError(`iterations ${iterations} out of range`);
  }
  const salt = fromBase64Url(saltText);
  if (salt === null || salt.length < PIN_SALT_BYTES) throw new PinHashFormatError('salt');
  const hash = fromBase64Url(hashText);
  if (hash === null || hash.length !== PIN_HASH_BYTES) throw new PinHashFormatError('hash');
  return { iterations, salt, hash };
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
    key,
    PIN_HASH_BYTES * 8,
  );
  return new Uint8Array(bits);
}

export interface HashPinOptions {
  readonly iterations?: number;
  readonly random?: RandomBytes;
}

/** The encoded hash of a new PIN, with a fresh salt. */
export async function hashPin(pin: string, options: HashPinOptions = {}): Promise<string> {
  if (!isPinShaped(pin)) throw new PinFormatError();
  const iterations = options.iterations ?? DEFAULT_PIN_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < MIN_PIN_ITERATIONS || iterations > MAX_PIN_ITERATIONS) {
    throw new RangeError(`iterations must be ${MIN_PIN_ITERATIONS}..${MAX_PIN_ITERATIONS}`);
  }
  const salt = (options.random ?? cryptoRandomBytes)(PIN_SALT_BYTES);
  const hash = await derive(pin, salt, iterations);
  return `${PIN_ALGORITHM}$${iterations}$${toBase64Url(salt)}$${toBase64Url(hash)}`;
}

/** Compares every byte whatever the first difference, so timing does not tell how much of a guess was right. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * Whether `pin` matches the encoded hash. A PIN of the wrong shape is simply
 * wrong; a damaged hash throws PinHashFormatError (the PIN cannot be checked,
 * which is not the same as the person typing it wrong).
 */
export async function verifyPin(pin: string, encoded: string): Promise<boolean> {
  const parsed = parsePinHash(encoded);
  if (!isPinShaped(pin)) return false;
  return equalBytes(await derive(pin, parsed.salt, parsed.iterations), parsed.hash);
}
