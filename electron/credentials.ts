// Main process. The terminal's sync credentials (device id, token, market),
// kept through the safeStorage-backed token store and checked against the
// terminal config both ways: a code enrolled for another role or market is
// refused before anything is written, and a token issued by another server
// than the config now names is not handed out (the terminal enrols again).
// The exchange with the server happens in the renderer (see ipc-contract.ts).
import { z } from 'zod';
import { uuidV7Schema } from '../domain/ids/uuidv7';
import type { TerminalRole } from '../domain/records/market';
import type { DeviceTokenStore } from './device-token';
import {
  deviceTokenSchema,
  type CredentialsResponse,
  type SaveCredentialsRequest,
  type SaveCredentialsResponse,
} from './ipc-contract';

/** What is encrypted inside the token file. */
const storedCredentialsSchema = z.strictObject({
  v: z.literal(1),
  deviceId: uuidV7Schema,
  token: deviceTokenSchema,
  marketId: uuidV7Schema,
  serverUrl: z.string().min(1),
});

export interface CredentialsKeeper {
  get(): CredentialsResponse;
  save(request: SaveCredentialsRequest): SaveCredentialsResponse;
}

export interface CredentialsKeeperOptions {
  readonly store: DeviceTokenStore;
  /** From the terminal config. */
  readonly serverUrl: string;
  readonly role: TerminalRole;
  /** The config's market; null under `npm start`, whose placeholder market the demo server does not know. */
  readonly marketId: string | null;
}

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function createCredentialsKeeper(opts: CredentialsKeeperOptions): CredentialsKeeper {
  const keeper: CredentialsKeeper = {
    get() {
      const loaded = opts.store.load();
      if (loaded.state === 'absent') return { enrolled: false, reason: 'absent', message: null };
      const unreadable = (why: string): CredentialsResponse => ({
        enrolled: false,
        reason: 'unreadable',
        message: {
          zh: `本机保存的设备凭据无法读取，请重新注册：${why}`,
          en: `The stored device credentials cannot be read; enrol this terminal again: ${why}`,
        },
      });
      if (loaded.state === 'unreadable') return unreadable(loaded.reason);
      let stored: z.infer<typeof storedCredentialsSchema>;
      try {
        stored = storedCredentialsSchema.parse(JSON.parse(loaded.token));
      } catch (err) {
        return unreadable(reasonOf(err));
      }
      if (stored.serverUrl !== opts.serverUrl) {
        return {
          enrolled: false,
          reason: 'other-server',
          message: {
            zh: `设备凭据来自另一台服务器（${stored.serverUrl}），请向 ${opts.serverUrl} 重新注册`,
            en: `The device credentials belong to another server (${stored.serverUrl}); enrol again with ${opts.serverUrl}`,
          },
        };
      }
      return {
        enrolled: true,
        deviceId: stored.deviceId,
        token: stored.token,
        serverUrl: opts.serverUrl,
        marketId: stored.marketId,
      };
    },
    save(request) {
      // The renderer enrols only when get() found nothing usable; a page that tries to replace working
      // credentials (to make the terminal sync as another device) is refused. Staff re-enrol by deleting the file.
      if (keeper.get().enrolled) {
        return {
          ok: false,
          reason: 'already-enrolled',
          message: {
            zh: '本机已注册；如需重新注册，请先删除设备凭据文件',
            en: 'This terminal is already enrolled; delete its credentials file to enrol it again',
          },
        };
      }
      if (request.role !== opts.role) {
        // A display enrolled with a kiosk's code could never write its tickets: refuse before storing anything.
        return {
          ok: false,
          reason: 'wrong-role',
          message: {
            zh: `注册码属于「${request.role}」终端，本机配置为「${opts.role}」，请使用正确的注册码`,
            en: `The code is for a ${request.role} terminal but this one is configured as ${opts.role}; use the right code`,
          },
        };
      }
      if (opts.marketId !== null && request.marketId !== opts.marketId) {
        return {
          ok: false,
          reason: 'wrong-market',
          message: {
            zh: '注册码属于另一个市场，与本机配置的市场不符',
            en: 'The code belongs to another market than the one in this terminal’s config',
          },
        };
      }
      const secret = JSON.stringify({
        v: 1,
        deviceId: request.deviceId,
        token: request.token,
        marketId: request.marketId,
        serverUrl: opts.serverUrl,
      } satisfies z.infer<typeof storedCredentialsSchema>);
      try {
        return { ok: true, protection: opts.store.save(secret) };
      } catch (err) {
        const why = reasonOf(err);
        return {
          ok: false,
          reason: 'storage-failed',
          message: { zh: `无法保存设备凭据：${why}`, en: `Cannot store the device credentials: ${why}` },
        };
      }
    },
  };
  return keeper;
}
