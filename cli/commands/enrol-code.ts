// `enrol-code --market ID --role kiosk|display|caller|hub [--db FILE | --pg URL] [--ttl-hours N]`:
// make a one-time enrolment code for a terminal. Only the code's hash is
// stored; the code itself is printed once, for the operator to type in.

import { parseArgs } from 'node:util';
import { uuidV7Schema } from '../../domain/ids/uuidv7';
import { deviceRoleSchema, type DeviceRole } from '../../sync/protocol/roles';
import { createEnrolmentCode } from '../../sync/server/store/devices';
import type { StoreLocation } from '../../sync/server/store/open';
import type { Command } from '../command';
import { STORE_OPTIONS, storeCommandArgs, storeLocationOf, withServerStore } from '../server-store';
import { EXIT_OK, EXIT_USAGE, write } from '../io';

const USAGE =
  '用法 / usage: npm run cli -- enrol-code --market MARKET_ID --role kiosk|display|caller|hub [--db ./data/gig.sqlite | --pg postgres://…] [--ttl-hours 24]\n';

export interface EnrolCodeArgs {
  marketId: string;
  role: DeviceRole;
  location: StoreLocation;
  ttlMs: number;
}

/** Parse and check the arguments; throws an Error whose message is for the operator. */
export function parseEnrolCodeArgs(argv: readonly string[]): EnrolCodeArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      market: { type: 'string' },
      role: { type: 'string' },
      ...STORE_OPTIONS,
      'ttl-hours': { type: 'string', default: '24' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new Error(`多余的参数 / unexpected arguments: ${positionals.join(' ')}`);
  const market = uuidV7Schema.safeParse(values.market);
  if (!market.success) throw new Error('--market 须为市场编号（UUIDv7）/ --market must be a market id (UUIDv7)');
  const role = deviceRoleSchema.safeParse(values.role);
  if (!role.success)
    throw new Error('--role 须为 kiosk、display、caller 或 hub / --role must be kiosk, display, caller or hub');
  const location = storeLocationOf(values);
  const hours = Number(values['ttl-hours']);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) {
    throw new Error('--ttl-hours 须在 0 到 720 之间 / --ttl-hours must be between 0 and 720');
  }
  return { marketId: market.data, role: role.data, location, ttlMs: Math.round(hours * 3_600_000) };
}

export const enrolCodeCommand: Command = {
  summary: {
    zh: '为终端生成一次性注册码（仅保存其哈希）',
    en: 'make a one-time enrolment code for a terminal (only its hash is stored)',
  },
  args: '--market ID --role kiosk|display|caller|hub [--db FILE | --pg URL] [--ttl-hours N]',
  async run(argv, io) {
    const args = await storeCommandArgs(argv, io, parseEnrolCodeArgs, USAGE);
    if (args === EXIT_USAGE) return EXIT_USAGE;
    const made = await withServerStore(args.location, (store) =>
      createEnrolmentCode(store, { marketId: args.marketId, role: args.role, ttl: args.ttlMs }),
    );
    const out = {
      code: made.code,
      marketId: args.marketId,
      role: args.role,
      expiresAt: new Date(made.expiresAt).toISOString(),
    };
    await write(io.stdout, `${JSON.stringify(out)}\n`);
    return EXIT_OK;
  },
};
