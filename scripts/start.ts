// `npm start`: the product on its embedded default. Starts the local sync
// server (SQLite, demo market), serves the renderer (which reaches the server
// through the same origin), and opens the Electron shell for each role; with
// no Electron binary (it cannot be downloaded on every machine) it says so and
// runs in browser mode. `npm run web` is browser mode straight away.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { startEmbeddedServer } from '../sync/server/embedded';
import { buildElectron } from './build-electron';
import { ensureElectronBinary } from './electron-binary';
import { parseStartArgs, terminalUrl } from './start-options';
import { syncProxy, syncProxyLogger } from './sync-proxy';

const root = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<void> {
  const opts = parseStartArgs(process.argv.slice(2));
  const server = await startEmbeddedServer({ sqlitePath: resolve(opts.db), port: opts.port + 1 });
  const vite = await createServer({
    configFile: `${root}vite.config.ts`,
    customLogger: syncProxyLogger(),
    server: { port: opts.port, proxy: syncProxy(server.url) },
  });
  await vite.listen();
  const base = `http://127.0.0.1:${String(opts.port)}/`;
  const urls = new Map<string, string>();
  for (const role of opts.roles) urls.set(role, terminalUrl(base, role, await server.enrolmentCode(role)));

  console.info(`\n零工市场终端已启动 / gig-kiosk is running (server ${server.url}, data ${resolve(opts.db)}):`);
  for (const [role, url] of urls) console.info(`  ${role.padEnd(8)} ${url}`);
  const stop = () => {
    void Promise.allSettled([vite.close(), server.close()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  if (opts.web) return;
  const electron = ensureElectronBinary({ verbose: opts.verbose });
  if (!electron.ok) {
    // One line: a newcomer without GitHub needs to know what to do, not the download's stack trace.
    console.warn(
      `${electron.reason} — 改用浏览器模式，请在浏览器中打开上面的地址 / running in browser mode: open the addresses above`,
    );
    return;
  }
  const { main: mainFile } = await buildElectron(root);
  for (const [role, url] of urls) {
    const child = spawn(electron.path, [mainFile], {
      stdio: 'inherit',
      // The dev server proxies the sync paths, so the shell's dev config names it as the server: the page then
      // talks to its own origin, as in the browser mode (the sync server answers no cross-origin requests).
      env: { ...process.env, GIG_ROLE: role, GIG_RENDERER_URL: url, GIG_SERVER_URL: base },
    });
    child.on('exit', (code) => {
      console.info(`Electron (${role}) exited with ${String(code)}`);
    });
  }
}

main().catch((err: unknown) => {
  console.warn(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
