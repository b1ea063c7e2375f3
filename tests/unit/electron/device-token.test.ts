import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDeviceTokenStore, DEVICE_TOKEN_FILE, type SafeStorageLike } from '../../../electron/device-token';

/** A reversible stand-in for the OS keystore (XOR), so tests can tell encrypted bytes from plain ones. */
function fakeSafeStorage(available: boolean, backend?: string): SafeStorageLike {
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (s) => xor(Buffer.from(`enc:${s}`, 'utf8')),
    decryptString: (b) => {
      const s = xor(b).toString('utf8');
      if (!s.startsWith('enc:'))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return s.slice(4);
    },
    ...(backend ? { getSelectedStorageBackend: () => backend } : {}),
  };
}

const TOKEN = 'dev_01936f3e.S3cr3t-Token';

describe('the device token store', () => {
  it('is absent before enrolment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gig-token-'));
    expect(createDeviceTokenStore({ dir, safeStorage: fakeSafeStorage(true) }).load()).toEqual({ state: 'absent' });
  });

  it('encrypts with the OS keystore where there is one, and never writes the token in clear', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gig-token-'));
    const store = createDeviceTokenStore({ dir, safeStorage: fakeSafeStorage(true, 'gnome_libsecret') });
    expect(store.save(TOKEN)).toBe('keystore');
    const file = readFileSync(join(dir, DEVICE_TOKEN_FILE), 'utf8');
    expect(file).not.toContain(TOKEN);
    expect(file).not.toContain(Buffer.from(TOKEN).toString('base64'));
    expect(store.load()).toEqual({ state: 'present', token: TOKEN, protection: 'keystore' });
  });

  it('says "obfuscated" on Linux without a keyring (basic_text)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gig-token-'));
    const store = createDeviceTokenStore({ dir, safeStorage: fakeSafeStorage(true, 'basic_text') });
    expect(store.save(TOKEN)).toBe('obfuscated');
    expect(store.load()).toMatchObject({ state: 'present', protection: 'obfuscated' });
  });

  it('falls back to an owner-only file where encryption is unavailable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gig-token-'));
    const store = createDeviceTokenStore({ dir, safeStorage: fakeSafeStorage(false) });
    expect(store.save(TOKEN)).toBe('none');
    if (process.platform !== 'win32') expect(statSync(join(dir, DEVICE_TOKEN_FILE)).mode & 0o777).toBe(0o600);
    expect(store.load()).toEqual({ state: 'present', token: TOKEN, protection: 'none' });
  });

  it('reports a token it cannot decrypt (another user, a reset keyring) instead of throwing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gig-token-'));
    createDeviceTokenStore({ dir, safeStorage: fakeSafeStorage(true) }).save(TOKEN);
    const other: SafeStorageLike = {
      ...fakeSafeStorage(true),
      decryptString: () => {
        throw new Error('Error while decrypting the ciphertext');
      },
    };
    expect(createDeviceTokenStore({ dir, safeStorage: other }).load()).toMatchObject({ state: 'unreadable' });
  });

  it('reports a damaged file, and forgets the token on clear', () => {
    const files = new Map<string, string>();
    const store = createDeviceTokenStore({
      dir: '/t',
      safeStorage: fakeSafeStorage(true),
      files: {
        read: (p) => (files.has(p) ? Buffer.from(files.get(p) ?? '') : null),
        write: (p, d) => files.set(p, d),
        remove: (p) => files.delete(p),
      },
    });
    files.set(join('/t', DEVICE_TOKEN_FILE), '{"v":1,"protection":"keystore"');
    expect(store.load()).toMatchObject({ state: 'unreadable' });
    store.save(TOKEN);
    store.clear();
    expect(store.load()).toEqual({ state: 'absent' });
  });
});
