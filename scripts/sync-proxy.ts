// The renderer's origin proxies the sync paths to the sync server, so a
// terminal in a plain browser talks to one origin. While that server is down
// (restarting under `npm start`, or stopped on purpose by a test) every
// proxied request fails, and Vite would print each failure with its stack:
// screens of noise that hide what matters. The logger here says it in one
// line, at most once per quiet period, and passes every other message on.
import { createLogger, type Logger, type LogErrorOptions, type ProxyOptions } from 'vite';
import { SYNC_PATHS } from './sync-paths';

/** The proxy table for Vite's dev or preview server: every sync path, WebSockets included. */
export function syncProxy(target: string): Record<string, ProxyOptions> {
  return Object.fromEntries(SYNC_PATHS.map((path) => [path, { target, ws: true }]));
}

// Vite's own words for a failed proxied request or socket.
const PROXY_FAILURE = /(?:http|ws) proxy (?:socket )?error/;

export const PROXY_QUIET_MS = 10_000;

function codeOf(options: LogErrorOptions | undefined): string {
  const code = (options?.error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : 'unknown';
}

/** Vite's logger with proxy failures cut to one line per `quietMs`. */
export function syncProxyLogger(
  options: { logLevel?: 'info' | 'warn'; quietMs?: number; now?: () => number } = {},
): Logger {
  const logger = createLogger(options.logLevel ?? 'info');
  const quietMs = options.quietMs ?? PROXY_QUIET_MS;
  const now = options.now ?? Date.now;
  const error = logger.error.bind(logger);
  let lastSaid = -Infinity;
  logger.error = (message, errorOptions) => {
    if (!PROXY_FAILURE.test(message)) {
      error(message, errorOptions);
      return;
    }
    const at = now();
    if (at - lastSaid < quietMs) return;
    lastSaid = at;
    logger.warn(
      `同步服务器暂时无法连接，终端继续离线工作 / the sync server cannot be reached (${codeOf(errorOptions)}); terminals keep working offline`,
      { timestamp: true },
    );
  };
  return logger;
}
