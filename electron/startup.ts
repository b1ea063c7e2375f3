// Main process. Decides, before the app is ready, what this process will be:
// which config it runs with (or which problem it shows), which role's profile
// directory it uses, and where the renderer comes from. Pure apart from the
// injected file reader, so the rules below are unit-tested.
import { terminalRoleSchema, type TerminalRole } from '../domain/records/market';
import { RENDERER_ORIGIN } from './protocol';
import {
  defaultConfigPath,
  devTerminalConfig,
  loadTerminalConfig,
  type ConfigProblem,
  type ReadText,
  type TerminalConfig,
} from './config';

export interface StartupEnv {
  /** Set by `npm start`: the Vite dev server URL with the role's hash. */
  readonly GIG_RENDERER_URL?: string | undefined;
  /** Set by `npm start`: the role of this Electron process. */
  readonly GIG_ROLE?: string | undefined;
  /** An explicit config file (both in the field and in development). */
  readonly GIG_CONFIG?: string | undefined;
  /** The embedded server `npm start` runs, for the development config. */
  readonly GIG_SERVER_URL?: string | undefined;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** http(s) on 127.0.0.1, localhost or [::1]: what `npm start` passes. */
export function isLoopbackHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:') &&
      LOOPBACK_HOSTS.has(u.hostname) &&
      !u.username &&
      !u.password
    );
  } catch {
    // Not a URL: not loopback.
    return false;
  }
}

export type StartupPlan =
  | {
      readonly ok: true;
      readonly config: TerminalConfig;
      readonly dev: boolean;
      readonly configPath: string | null;
      /** The URL the window loads. */
      readonly rendererUrl: string;
      /** userData subdirectory: one per role, so the demo can run all three on one machine. */
      readonly profile: string;
    }
  | { readonly ok: false; readonly problem: ConfigProblem; readonly dev: boolean; readonly profile: string };

/**
 * Rules: in the field the config file decides everything (GIG_CONFIG or the
 * default path). Under `npm start` (GIG_RENDERER_URL set) the machine's
 * default file is not read, so a developer never picks up a terminal's real
 * config; GIG_CONFIG still wins when given, else a windowed dev config for
 * GIG_ROLE is used.
 */
export function planStartup(env: StartupEnv, appDataDir: string, read?: ReadText): StartupPlan {
  const devUrl = env.GIG_RENDERER_URL;
  const dev = devUrl !== undefined && devUrl !== '';
  const envRole = terminalRoleSchema.safeParse(env.GIG_ROLE);
  const role: TerminalRole | null = envRole.success ? envRole.data : null;

  // The dev server gets the preload API, so it must be this machine's: an
  // environment variable must not be enough to hand the API to a remote page.
  if (dev && !isLoopbackHttpUrl(devUrl)) {
    return {
      ok: false,
      dev,
      profile: role ?? 'unconfigured',
      problem: {
        code: 'invalid',
        path: 'GIG_RENDERER_URL',
        message: {
          zh: '开发服务器地址必须是本机的 http 地址',
          en: 'The development server URL must be an http address on this machine',
        },
        details: [devUrl],
      },
    };
  }
  const rendererFor = (r: TerminalRole): string => (dev ? devUrl : `${RENDERER_ORIGIN}/index.html#/${r}`);

  if (dev && !env.GIG_CONFIG) {
    const devRole = role ?? 'kiosk';
    let config: TerminalConfig;
    try {
      config = devTerminalConfig(devRole, env.GIG_SERVER_URL || undefined);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      return {
        ok: false,
        dev,
        profile: devRole,
        problem: {
          code: 'invalid',
          path: 'GIG_SERVER_URL',
          message: { zh: '开发配置无效（GIG_SERVER_URL）', en: 'The development config is invalid (GIG_SERVER_URL)' },
          details: [why],
        },
      };
    }
    return { ok: true, config, dev, configPath: null, rendererUrl: rendererFor(devRole), profile: devRole };
  }
  const configPath = env.GIG_CONFIG || defaultConfigPath(appDataDir);
  const loaded = loadTerminalConfig(configPath, read);
  if (!loaded.ok) return { ok: false, problem: loaded.problem, dev, profile: role ?? 'unconfigured' };
  return {
    ok: true,
    config: loaded.config,
    dev,
    configPath,
    rendererUrl: rendererFor(loaded.config.role),
    profile: loaded.config.role,
  };
}
