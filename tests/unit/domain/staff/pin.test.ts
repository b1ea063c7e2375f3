import { describe, expect, it } from 'vitest';
import {
  fromBase64Url,
  hashPin,
  MIN_PIN_ITERATIONS,
  parsePinHash,
  PinFormatError,
  PinHashFormatError,
  toBase64Url,
  verifyPin,
} from '../../../../domain/staff/pin';

const fast = { iterations: MIN_PIN_ITERATIONS };

describe('staff PIN hashing', () => {
  it('encodes algorithm, cost, salt and hash in one self-describing string', async () => {
    const encoded = await hashPin('246810', fast);
    expect(encoded).toMatch(/^pbkdf2-sha256\$200000\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    const parsed = parsePinHash(encoded);
    expect(parsed.iterations).toBe(MIN_PIN_ITERATIONS);
    expect(parsed.salt).toHaveLength(16);
    expect(parsed.hash).toHaveLength(32);
  });

  it('verifies the right PIN and refuses a wrong one', async () => {
    const encoded = await hashPin('246810', fast);
    await expect(verifyPin('246810', encoded)).resolves.toBe(true);
    await expect(verifyPin('246811', encoded)).resolves.toBe(false);
    await expect(verifyPin('24681', encoded)).resolves.toBe(false);
  });

  it('salts every hash, so the same PIN never hashes the same twice', async () => {
    const [a, b] = await Promise.all([hashPin('135790', fast), hashPin('135790', fast)]);
    expect(a).not.toBe(b);
  });

  it('refuses to hash a PIN that is not 6 to 12 digits', async () => {
    await expect(hashPin('1234', fast)).rejects.toBeInstanceOf(PinFormatError);
    await expect(hashPin('12345a', fast)).rejects.toBeInstanceOf(PinFormatError);
    await expect(hashPin('1234567890123', fast)).rejects.toBeInstanceOf(PinFormatError);
  });

  it('refuses to hash below the minimum cost', async () => {
    await expect(hashPin('123456', { iterations: 1000 })).rejects.toThrow(RangeError);
  });

  it('treats a tampered hash string as damaged, not as a wrong PIN', async () => {
    const encoded = await hashPin('246810', fast);
    const [alg, iter, salt, hash] = encoded.split('$') as [string, string, string, string];
    const bad = [
      `${alg}$1000$${salt}$${hash}`, // downgraded cost
      `pbkdf2-sha1$${iter}$${salt}$${hash}`,
      `${alg}$${iter}$${salt}`,
      `${alg}$${iter}$${salt}$${hash.slice(0, 20)}`,
      `${alg}$${iter}$***$${hash}`,
      `${alg}$0${iter}$${salt}$${hash}`,
      '',
    ];
    for (const b of bad) await expect(verifyPin('246810', b)).rejects.toBeInstanceOf(PinHashFormatError);
  });

  it('says no when the hash bytes were changed but the string is still well-formed', async () => {
    const encoded = await hashPin('246810', fast);
    const [alg, iter, salt, hash] = encoded.split('$') as [string, string, string, string];
    const flipped = hash.startsWith('A') ? `B${hash.slice(1)}` : `A${hash.slice(1)}`;
    await expect(verifyPin('246810', `${alg}$${iter}$${salt}$${flipped}`)).resolves.toBe(false);
  });

  it('round-trips base64url and refuses non-canonical text', () => {
    for (let n = 1; n < 8; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 0xff);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
    expect(fromBase64Url('AQ')).toEqual(Uint8Array.of(1));
    expect(fromBase64Url('AB')).toBeNull();
    expect(fromBase64Url('AB=')).toBeNull();
    expect(fromBase64Url('AF')).toBeNull();
    expect(fromBase64Url('A')).toBeNull();
  });
});
