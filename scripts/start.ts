// `npm start`: the product on its embedded default. Serves the renderer and
// opens the Electron shell for the chosen role; with no Electron binary (it
// cannot be downloaded on every machine) it says so and runs in browser mode.
// `npm run web` is browser mode straight away.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { terminalRoleSchema, type TerminalRole } from '../domain/records/market';
import { buildElectron } from './build-electron';
import { ensureElectronBinary } from './electron-binary';

interface StartOptions {
  web: boolean;
  roles: TerminalRole[];
  port: number;
}

export function parseStartArgs(argv: readonly string[]): StartOptions {
  const opts: StartOptions = { web: false, roles: ['kiosk', 'display', 'caller'], port: 5173 };
  for (const arg of argv) {
    if (arg === '--web') opts.web = true;
    else if (arg === '--demo') opts.roles = ['kiosk', 'display', 'caller'];
    else if (arg.startsWith('--role=')) opts.roles = [terminalRoleSchema.parse(arg.slice('--role='.length))];
    else if (arg.startsWith('--port=')) opts.port = Number(arg.slice('--port='.length));
    else
      throw new Error(`未知参数 / unknown option: ${arg} (use --web, --demo, --role=kiosk|display|caller, --port=N)`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65535) {
    throw new Error(`端口无效 / invalid port: ${String(opts.port)}`);
  }
  return opts;
}

const root = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<void> {
  const opts = parseStartArgs(process.argv.slice(2));
  const server = await createServer({ configFile: `${root}vite.config.ts`, server: { port: opts.port } });
  await server.listen();
  const base = `http://127.0.0.1:${String(opts.port)}/`;
  console.info('\n零工市场终端已启动 / gig-kiosk is running:');
  for (const role of opts.roles) console.info(`  ${role.padEnd(8)} ${base}#/${role}`);

  if (opts.web) return;
  const electron = ensureElectronBinary();
  if (!electron.ok) {
    console.warn(
      `\n${electron.reason}\n改用浏览器模式：请在浏览器中打开上面的地址 / running in browser mode: open the addresses above.`,
    );
    return;
  }
  const { main: mainFile } = await buildElectron(root);
  for (const role of opts.roles) {
    const child = spawn(electron.path, [mainFile], {
      stdio: 'inherit',
      env: { ...process.env, GIG_ROLE: role, GIG_RENDERER_URL: `${base}#/${role}` },
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
