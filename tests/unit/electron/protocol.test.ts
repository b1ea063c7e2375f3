import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  buildRendererCsp,
  createAppProtocolHandler,
  mimeTypeFor,
  resolveInside,
  SHELL_CSP,
} from '../../../electron/protocol';

let root = '';
let handler: (request: Request) => Promise<Response>;
const CSP = buildRendererCsp('https://gig.example.cn/api');

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'gig-protocol-'));
  root = join(base, 'dist', 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(base, 'dist', 'renderer-evil'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>kiosk</title>');
  writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.info(1)');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'A023.wav'), Buffer.from([82, 73, 70, 70]));
  writeFileSync(join(root, 'assets', 'noto.woff2'), Buffer.from([1, 2]));
  writeFileSync(join(root, '.env'), 'SECRET=1');
  writeFileSync(join(base, 'dist', 'secret.txt'), 'TOP SECRET');
  writeFileSync(join(base, 'dist', 'renderer-evil', 'secret.txt'), 'TOP SECRET');
  handler = createAppProtocolHandler({
    rendererRoot: root,
    csp: CSP,
    shellPage: (name) => (name === 'error' ? '<p>config error</p>' : null),
  });
});

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));
/** A request whose URL was not normalised (what a buggy caller could hand us). */
const raw = (url: string) => handler({ url, method: 'GET' } as Request);

describe('app:// serves the renderer', () => {
  it('serves index.html for the bare origin and by name, with the CSP', async () => {
    for (const url of ['app://renderer/', 'app://renderer/index.html']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('<title>kiosk</title>');
    }
  });

  it.each([
    ['app://renderer/assets/app-1a2b.js', 'text/javascript; charset=utf-8'],
    ['app://renderer/assets/app.css', 'text/css; charset=utf-8'],
    ['app://renderer/assets/A023.wav', 'audio/wav'],
    ['app://renderer/assets/noto.woff2', 'font/woff2'],
  ])('serves %s as %s', async (url, type) => {
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get('app://renderer/assets/app.css', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('6');
    expect(await res.text()).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405', async (method) => {
    const res = await handler(
      new Request('app://renderer/index.html', {
        method,
        body: method === 'POST' || method === 'PUT' || method === 'PATCH' ? 'x' : null,
      }),
    );
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(await res.text()).toMatch(/不允许.*method not allowed/);
  });

  it('says 404 for a missing file, in both languages', async () => {
    const res = await get('app://renderer/assets/missing.js');
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/未找到 \/ not found/);
  });
});

describe('app:// never leaves the renderer folder', () => {
  it.each([
    'app://renderer/../../etc/passwd',
    'app://renderer/%2e%2e/%2e%2e/etc/passwd',
    'app://renderer/..%2f..%2fsecret.txt',
    'app://renderer/..%2fsecret.txt',
    'app://renderer/%2e%2e%2fsecret.txt',
    'app://renderer/..%2f..%2frenderer-evil%2fsecret.txt',
    'app://renderer/..%5csecret.txt',
    'app://renderer/assets%2f..%2f..%2fsecret.txt',
    'app://renderer/%252e%252e%252fsecret.txt',
    'app://renderer/index.html%00.js',
    'app://renderer/%E0%A4%A',
    'app://renderer/.env',
    'app://renderer//etc/passwd',
  ])('refuses %s', async (url) => {
    for (const res of [await get(url), await raw(url)]) {
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/SECRET|root:/);
    }
  });

  it('does not serve the folder itself as a file', () => {
    expect(resolveInside(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, '/..')).toBeNull();
    expect(resolveInside(root, '/../renderer-evil/secret.txt')).toBeNull();
    expect(resolveInside(root, '/assets/../index.html')).toBe(join(root, 'index.html'));
  });

  it.each(['app://other/index.html', 'app://renderer.evil/index.html'])('refuses another host: %s', async (url) => {
    expect((await get(url)).status).toBe(404);
  });

  it('refuses a non-app URL handed to it', async () => {
    expect((await raw('file:///etc/passwd')).status).toBe(404);
  });

  it('turns an I/O failure into a bilingual 500 instead of a blank page', async () => {
    const failing = createAppProtocolHandler({
      rendererRoot: root,
      csp: CSP,
      shellPage: () => null,
      readFile: () => Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })),
    });
    const res = await failing(new Request('app://renderer/index.html'));
    expect(res.status).toBe(500);
    expect(await res.text()).toMatch(/读取程序文件失败.*EIO.*cannot read an app file/);
  });
});

describe('app://shell', () => {
  it('serves the pages main rendered, with the script-free policy', async () => {
    const res = await get('app://shell/error');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(SHELL_CSP);
    expect(await res.text()).toBe('<p>config error</p>');
    expect((await get('app://shell/nothing')).status).toBe(404);
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(CSP.split('; ').map((d) => [d.split(' ')[0], d] as const));

  it('allows scripts only from the app itself: no inline, no eval (WebAssembly compile only, for the speech worker)', () => {
    expect(directives.get('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(CSP).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval/);
    expect(directives.get('default-src')).toBe("default-src 'none'");
  });

  it('lets the renderer reach only the configured server, over HTTP and its WebSocket', () => {
    expect(directives.get('connect-src')).toBe("connect-src 'self' https://gig.example.cn wss://gig.example.cn");
    expect(buildRendererCsp('http://10.0.0.2:8787/')).toContain(
      "connect-src 'self' http://10.0.0.2:8787 ws://10.0.0.2:8787",
    );
  });

  it('forbids plugins, frames, forms and <base>', () => {
    for (const d of [
      "object-src 'none'",
      "frame-src 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
      "base-uri 'none'",
    ]) {
      expect(CSP).toContain(d);
    }
  });

  it('gives shell pages no script at all', () => {
    expect(SHELL_CSP).toContain("default-src 'none'");
    expect(SHELL_CSP).not.toContain('script-src');
  });
});

describe('scheme registration and MIME types', () => {
  it('registers app:// as standard and secure, without CSP bypass or CORS', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('corsEnabled');
  });

  it('falls back to octet-stream for unknown extensions', () => {
    expect(mimeTypeFor('/x/file.exe')).toBe('application/octet-stream');
    expect(mimeTypeFor('/x/INDEX.HTML')).toBe('text/html; charset=utf-8');
  });
});
