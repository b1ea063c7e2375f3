// Main process. The `app://` protocol the renderer is served over instead of
// file:// (file:// pages can read any local file a path can name, and share one
// opaque origin). `app://renderer/…` serves the built renderer folder and
// nothing outside it; `app://shell/…` serves the few pages main itself renders
// (config error, recovery, config view). GET and HEAD only; every response
// carries a strict Content-Security-Policy.
import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const RENDERER_HOST = 'renderer';
export const SHELL_HOST = 'shell';
export const RENDERER_ORIGIN = `${APP_SCHEME}://${RENDERER_HOST}`;
export const SHELL_ORIGIN = `${APP_SCHEME}://${SHELL_HOST}`;

/**
 * Registered before `app.ready`. standard: real origins and relative URLs;
 * secure: a secure context (IndexedDB, crypto.subtle); supportFetchAPI: fetch()
 * of bundled JSON and audio; stream: seeking in voice clips; codeCache: faster
 * restarts. Not bypassCSP, not corsEnabled: nothing else may fetch from it.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
} as const;

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The renderer's policy: its own scripts and styles only (no inline script, no
 * eval; 'wasm-unsafe-eval' lets the kiosk's speech worker compile espeak-ng's
 * WebAssembly from the bundle, and allows no JavaScript eval), images and audio from the bundle plus data:/blob: (QR codes, joined
 * voice clips), network access to the configured server only (HTTP and its
 * WebSocket poke channel), no plugins, frames, forms or <base>.
 */
export function buildRendererCsp(serverUrl: string): string {
  const server = new URL(serverUrl);
  const ws = `${server.protocol === 'https:' ? 'wss:' : 'ws:'}//${server.host}`;
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' data: blob:",
    `connect-src 'self' ${server.origin} ${ws}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Shell pages are static: inline styles, no script at all. */
export const SHELL_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Map a URL path to a file inside `root`, or null when it would leave it.
 * The path is decoded once (so `%2e%2e%2f` is seen as `../`), then resolved,
 * then checked with path.relative: no prefix matching, so `/dist/renderer-evil`
 * is not mistaken for a child of `/dist/renderer`.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    // Malformed percent-encoding: not a path we ever produce.
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded.replace(/^\/+/, '');
  const target = resolve(root, rel === '' ? 'index.html' : rel);
  const fromRoot = relative(root, target);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) return null;
  // Dotfiles (.env, .git) are never part of a build.
  if (fromRoot.split(sep).some((part) => part.startsWith('.'))) return null;
  return target;
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

export interface AppProtocolOptions {
  /** Absolute path of the built renderer (dist/renderer). */
  readonly rendererRoot: string;
  /** The CSP header for renderer documents. */
  readonly csp: string;
  /** The HTML of a shell page by name, or null when there is none. */
  readonly shellPage: (name: string) => string | null;
  readonly readFile?: ReadFile;
}

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
} as const;

function textResponse(status: number, zh: string, en: string, extra: Record<string, string> = {}): Response {
  return new Response(`${zh} / ${en}\n`, {
    status,
    headers: {
      ...COMMON_HEADERS,
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': SHELL_CSP,
      ...extra,
    },
  });
}

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
    ? err.code
    : undefined;
}

const defaultReadFile: ReadFile = (path) => fsReadFile(path);

/** The handler for `protocol.handle('app', …)`; uses only the Fetch API types, so tests call it directly. */
export function createAppProtocolHandler(opts: AppProtocolOptions): (request: Request) => Promise<Response> {
  const root = resolve(opts.rendererRoot);
  const read = opts.readFile ?? defaultReadFile;
  return async (request) => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) {
      return textResponse(405, '不允许的请求方法', 'method not allowed', { Allow: 'GET, HEAD' });
    }
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, '地址无效', 'bad URL');
    }
    if (url.protocol !== `${APP_SCHEME}:`) return textResponse(404, '未找到', 'not found');

    if (url.hostname === SHELL_HOST) {
      const html = opts.shellPage(url.pathname.replace(/^\/+/, ''));
      if (html === null) return textResponse(404, '未找到', 'not found');
      return new Response(head ? null : html, {
        status: 200,
        headers: {
          ...COMMON_HEADERS,
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': SHELL_CSP,
        },
      });
    }
    if (url.hostname !== RENDERER_HOST) return textResponse(404, '未找到', 'not found');

    const file = resolveInside(root, url.pathname);
    if (file === null) return textResponse(404, '未找到', 'not found');
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch (err) {
      const code = errnoCode(err);
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return textResponse(404, '未找到', 'not found');
      // Anything else (permissions, I/O) is a broken install: say so instead of serving a blank page.
      const why = err instanceof Error ? err.message : String(err);
      return textResponse(500, `读取程序文件失败：${why}`, `cannot read an app file: ${why}`);
    }
    return new Response(head ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        ...COMMON_HEADERS,
        'Content-Type': mimeTypeFor(file),
        'Content-Length': String(body.byteLength),
        'Content-Security-Policy': opts.csp,
      },
    });
  };
}
