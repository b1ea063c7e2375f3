// `admin-account --username NAME --role city|district|market [--district CODE] [--market ID]
//   [--name 显示名] [--db FILE | --pg URL]`: make a console account (the first
// one has to come from here). The password is read from standard input, never
// from the arguments, so it stays out of shell history and the process list.
// `--demo` makes the demo's city account instead and prints a random password.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { adminScopeSchema, passwordSchema, usernameSchema, type AdminScope } from '../../sync/protocol/admin';
import { createAccount, DuplicateUsernameError } from '../../sync/server/admin/accounts';
import { writeAudit } from '../../sync/server/admin/audit';
import type { ScryptCost } from '../../sync/server/admin/password';
import type { StoreLocation } from '../../sync/server/store/open';
import type { Command } from '../command';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, readLines, write, type CliIO } from '../io';
import { STORE_OPTIONS, storeCommandArgs, storeLocationOf, withServerStore } from '../server-store';

const USAGE =
  '用法 / usage: echo PASSWORD | npm run cli -- admin-account --username NAME --role city|district|market ' +
  '[--district 500106] [--market MARKET_ID] [--name 显示名] [--db ./data/gig.sqlite | --pg postgres://…]\n' +
  '       npm run cli -- admin-account --demo [--db …]\n';

export const DEMO_USERNAME = 'demo-city';

export interface AdminAccountArgs {
  readonly username: string;
  readonly displayName: string;
  readonly scope: AdminScope;
  readonly location: StoreLocation;
  readonly demo: boolean;
}

export function parseAdminAccountArgs(argv: readonly string[]): AdminAccountArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      district: { type: 'string' },
      market: { type: 'string' },
      name: { type: 'string' },
      demo: { type: 'boolean', default: false },
      ...STORE_OPTIONS,
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0)
    throw new Error(`多余的参数（密码请从标准输入提供）/ unexpected arguments (give the password on standard input)`);
  const location = storeLocationOf(values);
  if (values.demo) {
    return { username: DEMO_USERNAME, displayName: '演示市级管理员', scope: { role: 'city' }, location, demo: true };
  }
  const username = usernameSchema.safeParse(values.username);
  if (!username.success) throw new Error(username.error.issues[0]?.message ?? '--username');
  const scope = adminScopeSchema.safeParse({ role: values.role, district: values.district, marketId: values.market });
  if (!scope.success)
    throw new Error(
      '--role 须为 city、district（带 --district）或 market（带 --district 与 --market）/ ' +
        '--role must be city, district (with --district) or market (with --district and --market)',
    );
  return {
    username: username.data,
    displayName: values.name ?? username.data,
    scope: scope.data,
    location,
    demo: false,
  };
}

async function readPassword(io: CliIO): Promise<string | null> {
  for await (const line of readLines(io.stdin)) return line;
  return null;
}

export function makeAdminAccountCommand(
  options: { readonly cost?: ScryptCost; readonly now?: () => number } = {},
): Command {
  return {
    summary: {
      zh: '创建管理后台账号（密码从标准输入读取；--demo 创建演示账号）',
      en: 'create a console account (password on standard input; --demo makes the demo account)',
    },
    args: '--username NAME --role city|district|market [--district CODE] [--market ID] [--name N] | --demo',
    async run(argv, io) {
      const args = await storeCommandArgs(argv, io, parseAdminAccountArgs, USAGE);
      if (args === EXIT_USAGE) return EXIT_USAGE;
      let password: string;
      if (args.demo) {
        password = randomBytes(9).toString('base64url');
      } else {
        const read = passwordSchema.safeParse(await readPassword(io));
        if (!read.success) {
          await write(io.stderr, `${read.error.issues[0]?.message ?? 'password'}\n`);
          return EXIT_BAD_INPUT;
        }
        password = read.data;
      }
      return withServerStore(args.location, async (store) => {
        const now = (options.now ?? Date.now)();
        try {
          const account = await store.db.transaction().execute(async (trx) => {
            const made = await createAccount(
              trx,
              { username: args.username, displayName: args.displayName, password, scope: args.scope },
              now,
              options.cost,
            );
            await writeAudit(
              trx,
              { id: null, username: 'cli' },
              {
                action: 'account_create',
                target: `accounts/${made.username}`,
                after: { username: made.username, scope: made.scope },
              },
              now,
            );
            return made;
          });
          const out = {
            accountId: account.id,
            username: account.username,
            scope: account.scope,
            ...(args.demo ? { password } : {}),
          };
          await write(io.stdout, `${JSON.stringify(out)}\n`);
          return EXIT_OK;
        } catch (e) {
          if (!(e instanceof DuplicateUsernameError)) throw e;
          await write(io.stderr, `${e.message}\n`);
          return EXIT_BAD_INPUT;
        }
      });
    },
  };
}

export const adminAccountCommand: Command = makeAdminAccountCommand();
