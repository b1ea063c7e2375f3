// UUIDv7 (RFC 9562 §5.7): 48 bits of Unix milliseconds, then random bits.
// Ids are made on the device, so records can be created offline and still be
// unique city-wide; the time prefix keeps index inserts append-mostly.
//
// Pure: time and randomness are passed in (the renderer passes Date.now and
// crypto.getRandomValues; tests pass fixed sources).

import { z } from 'zod';

export type RandomBytes = (n: number) => Uint8Array;

/** A source of random bytes from the Web Crypto API (browsers and Node 20). */
export const cryptoRandomBytes: RandomBytes = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n));

export const uuidV7Schema = z.uuidv7();
export type UuidV7 = z.infer<typeof uuidV7Schema>;

export function uuidv7(nowMillis: number, random: RandomBytes = cryptoRandomBytes): string {
  if (!Number.isSafeInteger(nowMillis) || nowMillis < 0 || nowMillis >= 2 ** 48) {
    throw new RangeError(`时间超出 UUIDv7 范围 / time out of UUIDv7 range: ${nowMillis}`);
  }
  const bytes = random(16);
  if (bytes.length !== 16) throw new Error('随机数长度错误 / random source returned the wrong length');
  let ms = nowMillis;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  // Version 7 in the high nibble of byte 6, RFC 9562 variant in byte 8.
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The creation time encoded in a UUIDv7. */
export function uuidv7Millis(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
