// Shared (main, preload and renderer). The one typed contract between the
// renderer and the Electron main process: channel names, zod schemas for every
// request and response, and the shape of `window.gigKiosk`. Both ends parse
// with these schemas, so a payload that slips past one side is still refused
// by the other. This is the only electron/ file the renderer may import, so it
// imports nothing but zod and domain/ (no electron, no node:*).
import { z } from 'zod';
import { uuidV7Schema } from '../domain/ids/uuidv7';
import { terminalRoleSchema } from '../domain/records/market';

/** The global the preload defines; the renderer feature-detects it with `'gigKiosk' in window`. */
export const GIG_KIOSK_GLOBAL = 'gigKiosk';

/** Chinese first, English beside it: what a person at the terminal (or a technician) reads. */
export const bilingualSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingualSchema>;

/** Thermal roll widths the markets use, in millimetres. */
export const paperWidthSchema = z.union([z.literal(58), z.literal(80)], {
  error: '纸宽须为 58 或 80（毫米）/ paperWidth must be 58 or 80 (mm)',
});
export type PaperWidth = z.infer<typeof paperWidthSchema>;

/**
 * An http(s) URL with a host. Not z.httpUrl(): that one demands a public
 * domain name, and a market hub on the LAN is usually an IP address.
 */
export const serverUrlSchema = z.url({ protocol: /^https?$/, error: '须为 http(s) 地址 / must be an http(s) URL' });

/** No request body: `invoke(channel)` sends `undefined`. */
const noPayloadSchema = z.undefined();

// ---------------------------------------------------------------------------
// Terminal view: what the renderer may know about its own config. Never the
// staff PIN hash, never the printer's address (the renderer has no use for it).

export const terminalViewSchema = z.strictObject({
  role: terminalRoleSchema,
  marketId: uuidV7Schema,
  serverUrl: serverUrlSchema,
  windowNumber: z.number().int().min(1).max(99).nullable(),
  printer: z
    .strictObject({
      paperWidth: paperWidthSchema,
      /** True when ESC/POS bytes can go to a network printer; false: only the system print fallback. */
      network: z.boolean(),
    })
    .nullable(),
  kiosk: z.strictObject({ idleResetSeconds: z.number().int().min(15).max(900) }),
  /** Started by `npm start` against the dev server (windowed, placeholder market). */
  dev: z.boolean(),
  appVersion: z.string().min(1).max(40),
});
export type TerminalView = z.infer<typeof terminalViewSchema>;

// ---------------------------------------------------------------------------
// Health: disk guard, recovery count, next scheduled restart.

export const diskLevelSchema = z.enum(['ok', 'low', 'critical', 'unknown']);
export type DiskLevel = z.infer<typeof diskLevelSchema>;

export const diskStatusSchema = z.strictObject({
  level: diskLevelSchema,
  /** False when the disk is nearly full: the kiosk must stop issuing tickets (DESIGN §6). */
  canIssueTickets: z.boolean(),
  freeBytes: z.number().int().nonnegative().nullable(),
  totalBytes: z.number().int().nonnegative().nullable(),
  message: bilingualSchema.nullable(),
  checkedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type DiskStatus = z.infer<typeof diskStatusSchema>;

export const terminalHealthSchema = z.strictObject({
  disk: diskStatusSchema,
  /** Automatic reloads of the renderer in the current 5-minute window. */
  recentReloads: z.number().int().nonnegative(),
  nextRestartAt: z.iso.datetime({ offset: true }).nullable(),
  uptimeSeconds: z.number().int().nonnegative(),
});
export type TerminalHealth = z.infer<typeof terminalHealthSchema>;

// ---------------------------------------------------------------------------
// Printing.

/** ESC/POS is a few kilobytes per ticket; the cap stops a runaway payload from tying up the printer. */
export const MAX_ESCPOS_BYTES = 256 * 1024;

/**
 * A Uint8Array, checked by its tag rather than `instanceof`: the array crosses
 * contextBridge and IPC, and may come from another realm.
 */
export const byteArraySchema = z.custom<Uint8Array>(
  (value) => ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]',
  { error: '需要字节数组 / expected a Uint8Array' },
);

export const printEscPosRequestSchema = z.strictObject({
  bytes: byteArraySchema.refine((b) => b.byteLength > 0 && b.byteLength <= MAX_ESCPOS_BYTES, {
    error: `打印数据为空或过大 / print data is empty or larger than ${MAX_ESCPOS_BYTES} bytes`,
  }),
});
export type PrintEscPosRequest = z.infer<typeof printEscPosRequestSchema>;

export const printPageRequestSchema = z.strictObject({
  /** The printed length of the slip; thermal paper is a roll, so the renderer says how long. */
  heightMm: z.number().min(20).max(2000),
  /** Defaults to the configured printer's paper width. */
  paperWidth: paperWidthSchema.optional(),
});
export type PrintPageRequest = z.infer<typeof printPageRequestSchema>;

export const printFailureReasonSchema = z.enum([
  'no-printer',
  'refused',
  'unreachable',
  'timeout',
  'io-error',
  'system-print-failed',
]);
export type PrintFailureReason = z.infer<typeof printFailureReasonSchema>;

export const printResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), via: z.enum(['network', 'system']) }),
  z.strictObject({ ok: z.literal(false), reason: printFailureReasonSchema, message: bilingualSchema }),
]);
export type PrintResult = z.infer<typeof printResultSchema>;

// ---------------------------------------------------------------------------
// Restart and staff exit.

export const restartRequestSchema = z.strictObject({
  /** reload: the renderer only; relaunch: the whole app (e.g. after an update was staged). */
  kind: z.enum(['reload', 'relaunch']),
});
export type RestartRequest = z.infer<typeof restartRequestSchema>;

export const restartResponseSchema = z.strictObject({ accepted: z.literal(true) });
export type RestartResponse = z.infer<typeof restartResponseSchema>;

/** A staff PIN: six digits, as typed on the on-screen pad (fewer would fall to a passer-by's guessing). */
export const STAFF_PIN_LENGTH = 6;
export const staffPinSchema = z.string().regex(/^\d{6}$/, { error: 'PIN 须为 6 位数字 / the PIN is 6 digits' });

export const staffActionSchema = z.enum(['verify', 'exit', 'reload', 'config']);
export type StaffAction = z.infer<typeof staffActionSchema>;

export const staffExitRequestSchema = z.strictObject({ pin: staffPinSchema, action: staffActionSchema });
export type StaffExitRequest = z.infer<typeof staffExitRequestSchema>;

export const staffExitResponseSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), action: staffActionSchema }),
  z.strictObject({
    ok: z.literal(false),
    reason: z.enum(['wrong-pin', 'locked', 'no-pin-configured']),
    /** Seconds until another attempt is accepted (after repeated wrong PINs). */
    retryAfterSeconds: z.number().int().nonnegative().nullable(),
    message: bilingualSchema,
  }),
]);
export type StaffExitResponse = z.infer<typeof staffExitResponseSchema>;

// ---------------------------------------------------------------------------
// Enrolment and the device credentials. The renderer trades the one-time code
// with the server itself (sync/client's enrolDevice, checked with
// sync/protocol's schemas: one implementation of the exchange for the browser
// and the shell); main only keeps the result, with safeStorage, and hands it
// back at start. So electron/ never needs the sync protocol, and imports only
// domain/ (DESIGN §2).

/** A device token as the server issues it (sync/protocol says at least 32 characters). */
export const deviceTokenSchema = z.string().min(32).max(1024);

export const saveCredentialsRequestSchema = z.strictObject({
  deviceId: uuidV7Schema,
  token: deviceTokenSchema,
  marketId: uuidV7Schema,
  /** The role the server enrolled the device as; main refuses one that differs from the config's. */
  role: terminalRoleSchema,
});
export type SaveCredentialsRequest = z.infer<typeof saveCredentialsRequestSchema>;

/** How the token is kept: by the OS keystore, by Chromium's fixed-key fallback (Linux without a keyring), or not encrypted. */
export const tokenProtectionSchema = z.enum(['keystore', 'obfuscated', 'none']);

export const saveCredentialsResponseSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), protection: tokenProtectionSchema }),
  z.strictObject({
    ok: z.literal(false),
    reason: z.enum(['already-enrolled', 'wrong-role', 'wrong-market', 'storage-failed']),
    message: bilingualSchema,
  }),
]);
export type SaveCredentialsResponse = z.infer<typeof saveCredentialsResponseSchema>;

export const credentialsResponseSchema = z.discriminatedUnion('enrolled', [
  z.strictObject({
    enrolled: z.literal(true),
    deviceId: uuidV7Schema,
    token: deviceTokenSchema,
    /** The config's server: the one the token was issued by. */
    serverUrl: serverUrlSchema,
    marketId: uuidV7Schema,
  }),
  z.strictObject({
    enrolled: z.literal(false),
    /** absent: never enrolled; unreadable: the keystore cannot decrypt it; other-server: the config now names another server. */
    reason: z.enum(['absent', 'unreadable', 'other-server']),
    message: bilingualSchema.nullable(),
  }),
]);
export type CredentialsResponse = z.infer<typeof credentialsResponseSchema>;

// ---------------------------------------------------------------------------
// The map: request/response channels (ipcRenderer.invoke ↔ ipcMain.handle).

export const ipcContract = {
  'gig:config:get': { request: noPayloadSchema, response: terminalViewSchema },
  'gig:health:get': { request: noPayloadSchema, response: terminalHealthSchema },
  'gig:print:escpos': { request: printEscPosRequestSchema, response: printResultSchema },
  'gig:print:page': { request: printPageRequestSchema, response: printResultSchema },
  'gig:restart:request': { request: restartRequestSchema, response: restartResponseSchema },
  'gig:staff:exit': { request: staffExitRequestSchema, response: staffExitResponseSchema },
  'gig:credentials:get': { request: noPayloadSchema, response: credentialsResponseSchema },
  'gig:credentials:save': { request: saveCredentialsRequestSchema, response: saveCredentialsResponseSchema },
} as const;

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;
export type IpcRequest<C extends IpcChannel> = z.output<IpcContract[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.output<IpcContract[C]['response']>;
export const ipcChannels = Object.keys(ipcContract) as IpcChannel[];

/** Events main pushes to the renderer (webContents.send ↔ ipcRenderer.on). */
export const ipcEvents = {
  'gig:event:disk': diskStatusSchema,
} as const;
export type IpcEventChannel = keyof typeof ipcEvents;

/** The object the preload exposes as `window.gigKiosk`. */
export interface GigKioskApi {
  readonly contractVersion: 1;
  getConfig(): Promise<TerminalView>;
  getHealth(): Promise<TerminalHealth>;
  printEscPos(request: PrintEscPosRequest): Promise<PrintResult>;
  printPage(request: PrintPageRequest): Promise<PrintResult>;
  requestRestart(request: RestartRequest): Promise<RestartResponse>;
  staffExit(request: StaffExitRequest): Promise<StaffExitResponse>;
  /** The device credentials kept by main, or why there are none (the renderer then enrols). */
  getCredentials(): Promise<CredentialsResponse>;
  /** Keep what enrolment returned; main checks the role (and market) against the config. */
  saveCredentials(request: SaveCredentialsRequest): Promise<SaveCredentialsResponse>;
  /** Called whenever the disk guard's level changes; returns an unsubscribe function. */
  onDiskStatus(listener: (status: DiskStatus) => void): () => void;
}

declare global {
  interface Window {
    /** Present only inside the Electron shell; the browser mode works without it. */
    readonly gigKiosk?: GigKioskApi;
  }
}
