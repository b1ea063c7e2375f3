// Main process. Keeps the device token the server issues at enrolment (DESIGN
// §3): encrypted with Electron's safeStorage (DPAPI on Windows, the desktop
// keyring on Linux) where the platform has it, in a file only this user can
// read otherwise. It keeps one opaque secret string; electron/credentials.ts
// decides what goes in it (the token with the device and market it belongs to).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/** The parts of Electron's safeStorage used here (a fake in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only; elsewhere absent or 'unknown'. */
  getSelectedStorageBackend?: () => string;
}

export interface TokenFiles {
  /** The file's bytes, or null when it does not exist. */
  read(path: string): Buffer | null;
  /** Write with owner-only permissions. */
  write(path: string, data: string): void;
  remove(path: string): void;
}

/**
 * 'keystore': encrypted by the OS. 'obfuscated': Linux with no keyring, where
 * safeStorage falls back to a fixed key (basic_text). 'none': plain file,
 * owner-only permissions. The health screen can show which one a terminal has.
 */
export type TokenProtection = 'keystore' | 'obfuscated' | 'none';

const storedSchema = z.strictObject({
  v: z.literal(1),
  protection: z.enum(['keystore', 'obfuscated', 'none']),
  data: z.base64(),
});

export type TokenLoad =
  | { readonly state: 'absent' }
  | { readonly state: 'present'; readonly token: string; readonly protection: TokenProtection }
  | { readonly state: 'unreadable'; readonly reason: string };

export interface DeviceTokenStore {
  load(): TokenLoad;
  save(token: string): TokenProtection;
  clear(): void;
}

const nodeFiles: TokenFiles = {
  read(path) {
    try {
      return readFileSync(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return null;
      throw err;
    }
  },
  write(path, data) {
    // userData exists once Electron has started, but not necessarily on a first run under a new role profile.
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(path, data, { mode: 0o600 });
  },
  remove(path) {
    rmSync(path, { force: true });
  },
};

export const DEVICE_TOKEN_FILE = 'device-token.json';

function protectionOf(safe: SafeStorageLike): TokenProtection {
  if (!safe.isEncryptionAvailable()) return 'none';
  return safe.getSelectedStorageBackend?.() === 'basic_text' ? 'obfuscated' : 'keystore';
}

export function createDeviceTokenStore(opts: {
  dir: string;
  safeStorage: SafeStorageLike;
  files?: TokenFiles;
}): DeviceTokenStore {
  const files = opts.files ?? nodeFiles;
  const path = join(opts.dir, DEVICE_TOKEN_FILE);
  return {
    load() {
      const raw = files.read(path);
      if (raw === null) return { state: 'absent' };
      let stored: z.infer<typeof storedSchema>;
      try {
        stored = storedSchema.parse(JSON.parse(raw.toString('utf8')));
      } catch (err) {
        return { state: 'unreadable', reason: err instanceof Error ? err.message : String(err) };
      }
      const bytes = Buffer.from(stored.data, 'base64');
      if (stored.protection === 'none') return { state: 'present', token: bytes.toString('utf8'), protection: 'none' };
      try {
        return { state: 'present', token: opts.safeStorage.decryptString(bytes), protection: stored.protection };
      } catch (err) {
        // A token encrypted under another OS user or a reset keyring: the terminal must be enrolled again.
        return { state: 'unreadable', reason: err instanceof Error ? err.message : String(err) };
      }
    },
    save(token) {
      const protection = protectionOf(opts.safeStorage);
      const data = protection === 'none' ? Buffer.from(token, 'utf8') : opts.safeStorage.encryptString(token);
      files.write(path, JSON.stringify({ v: 1, protection, data: data.toString('base64') }));
      return protection;
    },
    clear() {
      files.remove(path);
    },
  };
}
