// Main process. The terminal config file: which role this machine plays, for
// which market, against which server, with which printer and schedule. Parsed
// with zod; a missing or bad file becomes a bilingual problem the window shows
// as an error page, never an exception that kills the app (an unattended
// terminal with a crashed shell shows the desktop to the public).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { terminalRoleSchema, type TerminalRole } from '../domain/records/market';
import { paperWidthSchema, serverUrlSchema, type Bilingual, type TerminalView } from './ipc-contract';
import { PIN_HASH_RE, parsePinHash } from './staff-pin';

/** A host name or an IPv4/IPv6 literal: no scheme, no port, no path (the port has its own field). */
const hostSchema = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(
    /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\[?[0-9A-Fa-f:.]+\]?$/,
    {
      error: '打印机地址须为主机名或 IP / printer host must be a host name or an IP address',
    },
  );

// Field schemas with bilingual messages: the technician reads these on the error page.
const roleSchema = z.enum(terminalRoleSchema.options, {
  error: '角色须为 kiosk、display 或 caller / role must be kiosk, display or caller',
});
const marketIdSchema = z.uuidv7({ error: '市场编号须为 UUIDv7 / marketId must be a UUIDv7' });
const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  error: '时间须为 HH:MM（24 小时制）/ time must be HH:MM (24-hour)',
});
const windowNumberSchema = z
  .number({ error: '窗口号须为 1–99 的整数 / windowNumber must be a whole number 1–99' })
  .int({ error: '窗口号须为 1–99 的整数 / windowNumber must be a whole number 1–99' })
  .min(1, { error: '窗口号须为 1–99 的整数 / windowNumber must be a whole number 1–99' })
  .max(99, { error: '窗口号须为 1–99 的整数 / windowNumber must be a whole number 1–99' });
const portSchema = z
  .number({ error: '端口须为 1–65535 / port must be 1–65535' })
  .int({ error: '端口须为 1–65535 / port must be 1–65535' })
  .min(1, { error: '端口须为 1–65535 / port must be 1–65535' })
  .max(65535, { error: '端口须为 1–65535 / port must be 1–65535' });

export const printerConfigSchema = z.strictObject({
  host: hostSchema,
  /** Raw TCP (JetDirect / "9100") port of the network printer. */
  port: portSchema.default(9100),
  paperWidth: paperWidthSchema,
  /** Give up on a print job after this long: the seeker is waiting at the kiosk. */
  timeoutMs: z.number().int().min(500).max(60_000).default(5000),
  /** OS printer name for the fallback `webContents.print`; the system default when absent. */
  systemPrinter: z.string().trim().min(1).max(200).optional(),
});
export type PrinterConfig = z.infer<typeof printerConfigSchema>;

export const terminalConfigSchema = z
  .strictObject({
    version: z.literal(1, { error: '配置版本须为 1 / version must be 1' }),
    role: roleSchema,
    marketId: marketIdSchema,
    serverUrl: serverUrlSchema.refine((u) => !new URL(u).username && !new URL(u).password, {
      error: '服务器地址不能包含用户名或密码 / serverUrl must not carry a user name or password',
    }),
    /** The one-stop window a caller serves (窗口号); null for kiosks and displays. */
    windowNumber: windowNumberSchema.nullable().default(null),
    printer: printerConfigSchema.nullable().default(null),
    schedule: z
      .strictObject({
        /** Local time (Asia/Shanghai) of the nightly relaunch; null turns it off. */
        nightlyRestart: clockTimeSchema.nullable().default('03:30'),
      })
      .prefault({}),
    kiosk: z
      .strictObject({
        /** Full-screen kiosk lockdown; false only on a technician's bench. */
        lockdown: z.boolean().default(true),
        idleResetSeconds: z.number().int().min(15).max(900).default(90),
      })
      .prefault({}),
    disk: z
      .strictObject({
        /** Below this, stop issuing tickets (a ticket that cannot be stored must not be handed out). */
        minFreeMb: z.number().int().min(50).max(100_000).default(500),
        /** Below this, warn staff. */
        warnFreeMb: z.number().int().min(50).max(200_000).default(2000),
        checkIntervalSeconds: z.number().int().min(10).max(3600).default(60),
      })
      .prefault({})
      .refine((d) => d.warnFreeMb >= d.minFreeMb, {
        error: 'warnFreeMb 不能小于 minFreeMb / warnFreeMb must be at least minFreeMb',
      }),
    staff: z
      .strictObject({
        /** scrypt hash of the staff exit PIN; null disables the staff exit. */
        pinHash: z
          .string()
          .regex(PIN_HASH_RE, {
            error: 'pinHash 格式应为 scrypt$N$r$p$盐$哈希 / pinHash must look like scrypt$N$r$p$salt$hash',
          })
          .refine((h) => parsePinHash(h) !== null, {
            error: 'pinHash 参数超出范围 / pinHash cost or lengths are out of range',
          })
          .nullable()
          .default(null),
      })
      .prefault({}),
  })
  .refine((c) => c.role !== 'caller' || c.windowNumber !== null, {
    error: '叫号终端必须设置窗口号 / a caller must have a windowNumber',
    path: ['windowNumber'],
  });
export type TerminalConfig = z.infer<typeof terminalConfigSchema>;

export type ConfigProblemCode = 'missing' | 'unreadable' | 'not-json' | 'invalid';

export interface ConfigProblem {
  readonly code: ConfigProblemCode;
  readonly path: string;
  readonly message: Bilingual;
  /** One line per schema issue (`printer.port: …`), for the technician. */
  readonly details: readonly string[];
}

export type ConfigResult = { ok: true; config: TerminalConfig } | { ok: false; problem: ConfigProblem };

function issuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.');
}

/** Pure: the text of a config file → a config or a problem. */
export function parseTerminalConfig(text: string, path: string): ConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      problem: {
        code: 'not-json',
        path,
        message: {
          zh: `终端配置文件不是有效的 JSON：${path}`,
          en: `The terminal config file is not valid JSON: ${path}`,
        },
        details: [why],
      },
    };
  }
  const parsed = terminalConfigSchema.safeParse(raw);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problem: {
      code: 'invalid',
      path,
      message: {
        zh: `终端配置文件有误，请联系技术人员：${path}`,
        en: `The terminal config file has errors; please call a technician: ${path}`,
      },
      details: parsed.error.issues.map((i) => `${issuePath(i.path)}: ${i.message}`),
    },
  };
}

export type ReadText = (path: string) => string;

const readUtf8: ReadText = (path) => readFileSync(path, 'utf8');

/** Read and parse the config file; every failure becomes a ConfigProblem. */
export function loadTerminalConfig(path: string, read: ReadText = readUtf8): ConfigResult {
  let text: string;
  try {
    text = read(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    const why = err instanceof Error ? err.message : String(err);
    if (code === 'ENOENT') {
      return {
        ok: false,
        problem: {
          code: 'missing',
          path,
          message: {
            zh: `找不到终端配置文件，本机尚未设置：${path}`,
            en: `No terminal config file; this machine has not been set up: ${path}`,
          },
          details: [why],
        },
      };
    }
    return {
      ok: false,
      problem: {
        code: 'unreadable',
        path,
        message: { zh: `无法读取终端配置文件：${path}`, en: `Cannot read the terminal config file: ${path}` },
        details: [why],
      },
    };
  }
  // A BOM from Windows Notepad is not an error worth a technician's visit.
  return parseTerminalConfig(text.replace(/^\uFEFF/, ''), path);
}

/** Where the file lives unless GIG_CONFIG says otherwise: shared by every role on the machine. */
export function defaultConfigPath(appDataDir: string): string {
  return join(appDataDir, 'gig-kiosk', 'terminal.json');
}

/** A placeholder market for `npm start` without a config file (the renderer uses its demo data). */
export const DEV_MARKET_ID = '01900000-0000-7000-8000-000000000000';

/**
 * The config `npm start` runs with when no file exists: windowed (a developer's
 * desktop must not be locked), no printer, no nightly restart, no staff PIN.
 */
export function devTerminalConfig(role: TerminalRole, serverUrl = 'http://127.0.0.1:8787/'): TerminalConfig {
  return terminalConfigSchema.parse({
    version: 1,
    role,
    marketId: DEV_MARKET_ID,
    serverUrl,
    windowNumber: role === 'caller' ? 1 : null,
    schedule: { nightlyRestart: null },
    kiosk: { lockdown: false },
  });
}

/** What the renderer may see of the config (no PIN hash, no printer address). */
export function terminalView(config: TerminalConfig, opts: { dev: boolean; appVersion: string }): TerminalView {
  return {
    role: config.role,
    marketId: config.marketId,
    serverUrl: config.serverUrl,
    windowNumber: config.windowNumber,
    printer: config.printer ? { paperWidth: config.printer.paperWidth, network: true } : null,
    kiosk: { idleResetSeconds: config.kiosk.idleResetSeconds },
    dev: opts.dev,
    appVersion: opts.appVersion,
  };
}
