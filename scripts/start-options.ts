// The options of `npm start` / `npm run web`, parsed apart from the launcher so
// they can be tested without starting anything.
import { terminalRoleSchema, type TerminalRole } from '../domain/records/market';

export interface StartOptions {
  /** Browser mode: serve the terminals without opening Electron. */
  web: boolean;
  roles: TerminalRole[];
  /** Port of the renderer (the sync server gets the next one). */
  port: number;
  /** The embedded server's SQLite file. */
  db: string;
  /** Show the Electron download's own output (its stack trace when GitHub is unreachable). */
  verbose: boolean;
}

const HELP = '(use --web, --demo, --role=kiosk|display|caller, --port=N, --db=FILE, --verbose)';

export function parseStartArgs(argv: readonly string[]): StartOptions {
  const opts: StartOptions = {
    web: false,
    roles: ['kiosk', 'display', 'caller'],
    port: 5173,
    db: './data/gig.sqlite',
    verbose: false,
  };
  for (const arg of argv) {
    if (arg === '--web') opts.web = true;
    else if (arg === '--verbose') opts.verbose = true;
    else if (arg === '--demo') opts.roles = ['kiosk', 'display', 'caller'];
    else if (arg.startsWith('--role=')) {
      const role = terminalRoleSchema.safeParse(arg.slice('--role='.length));
      if (!role.success) throw new Error(`终端类型无效 / invalid role: ${arg} ${HELP}`);
      opts.roles = [role.data];
    } else if (arg.startsWith('--port=')) opts.port = Number(arg.slice('--port='.length));
    else if (arg.startsWith('--db=') && arg.length > '--db='.length) opts.db = arg.slice('--db='.length);
    else throw new Error(`未知参数 / unknown option: ${arg} ${HELP}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65534) {
    throw new Error(`端口无效 / invalid port: ${String(opts.port)}`);
  }
  return opts;
}

/** The address a terminal of `role` opens: the server to enrol with travels in the query. */
export function terminalUrl(base: string, role: TerminalRole, enrolCode: string | null): string {
  const url = new URL(base);
  if (enrolCode !== null) url.searchParams.set('enrol', enrolCode);
  url.hash = `/${role}`;
  return url.toString();
}
