// `set-pin (--staff ID | --staff-no NO [--market ID]) [--db FILE | --pg URL] [--clear]`:
// set a staff member's caller PIN. The PIN is read from standard input (one
// line), never from the arguments, so it stays out of shell history and the
// process list. Only its slow-KDF hash is stored, on the staff record, which
// then syncs to the market's callers so they can check it offline.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { initialHlc, receiveAccepted, tick } from '../../domain/clock/hlc';
import { uuidV7Schema } from '../../domain/ids/uuidv7';
import { staffSchema, type Staff } from '../../domain/records/market';
import { hashPin, isPinShaped, PIN_MAX_LENGTH, PIN_MIN_LENGTH } from '../../domain/staff/pin';
import { importRecords } from '../../sync/server/store/import-records';
import type { Store, StoreLocation } from '../../sync/server/store/open';
import type { Command } from '../command';
import { STORE_OPTIONS, storeCommandArgs, storeLocationOf, withServerStore } from '../server-store';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, readLines, write, type CliIO } from '../io';

const USAGE =
  '用法 / usage: echo PIN | npm run cli -- set-pin (--staff STAFF_ID | --staff-no 工号 [--market MARKET_ID]) ' +
  '[--db ./data/gig.sqlite | --pg postgres://…] [--clear]\n';

export type StaffSelector = { readonly id: string } | { readonly staffNo: string; readonly marketId: string | null };

export interface SetPinArgs {
  readonly staff: StaffSelector;
  readonly location: StoreLocation;
  readonly clear: boolean;
}

/** Parse and check the arguments; throws an Error whose message is for the operator. */
export function parseSetPinArgs(argv: readonly string[]): SetPinArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      staff: { type: 'string' },
      'staff-no': { type: 'string' },
      market: { type: 'string' },
      ...STORE_OPTIONS,
      clear: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) {
    throw new Error(
      `多余的参数（PIN 请从标准输入提供）/ unexpected arguments (give the PIN on standard input): ${positionals.length}`,
    );
  }
  if ((values.staff === undefined) === (values['staff-no'] === undefined)) {
    throw new Error('请用 --staff 或 --staff-no 指定一名工作人员 / name one staff member with --staff or --staff-no');
  }
  let staff: StaffSelector;
  if (values.staff !== undefined) {
    const id = uuidV7Schema.safeParse(values.staff);
    if (!id.success) throw new Error('--staff 须为工作人员编号（UUIDv7）/ --staff must be a staff id (UUIDv7)');
    staff = { id: id.data };
  } else {
    let marketId: string | null = null;
    if (values.market !== undefined) {
      const market = uuidV7Schema.safeParse(values.market);
      if (!market.success) throw new Error('--market 须为市场编号（UUIDv7）/ --market must be a market id (UUIDv7)');
      marketId = market.data;
    }
    staff = { staffNo: values['staff-no'] ?? '', marketId };
  }
  return { staff, location: storeLocationOf(values), clear: values.clear };
}

interface StoredStaff {
  readonly record: Staff;
}

async function findStaff(store: Store, selector: StaffSelector): Promise<StoredStaff[]> {
  let query = store.db
    .selectFrom('records')
    .select(['body'])
    .where('table_name', '=', 'staff')
    .where('deleted', '=', 0);
  if ('id' in selector) query = query.where('id', '=', selector.id);
  else if (selector.marketId !== null) query = query.where('market_id', '=', selector.marketId);
  const rows = await query.execute();
  const found: StoredStaff[] = [];
  for (const row of rows) {
    const record = staffSchema.parse(JSON.parse(row.body));
    if ('staffNo' in selector && record.staffNo !== selector.staffNo) continue;
    found.push({ record });
  }
  return found;
}

async function readPin(io: CliIO): Promise<string | null> {
  for await (const line of readLines(io.stdin)) return line.trim();
  return null;
}

/** A stamp later than the stored one, so the new version wins everywhere by last-writer-wins. */
function nextStamp(storedHlc: string, nowMillis: number): string {
  const node = randomBytes(8).toString('hex');
  return tick(receiveAccepted(initialHlc(node), storedHlc, nowMillis), nowMillis).stamp;
}

export interface SetPinOptions {
  /** PBKDF2 cost; tests lower it to the floor. */
  readonly iterations?: number;
  readonly now?: () => number;
}

export function makeSetPinCommand(options: SetPinOptions = {}): Command {
  return {
    summary: {
      zh: '设置工作人员的叫号器登录 PIN（从标准输入读取，只保存其哈希）',
      en: "set a staff member's caller PIN (read from standard input; only its hash is stored)",
    },
    args: '(--staff ID | --staff-no NO [--market ID]) [--db FILE | --pg URL] [--clear]',
    async run(argv, io) {
      const args = await storeCommandArgs(argv, io, parseSetPinArgs, USAGE);
      if (args === EXIT_USAGE) return EXIT_USAGE;
      let pinHash: string | null = null;
      if (!args.clear) {
        const pin = await readPin(io);
        if (pin === null || !isPinShaped(pin)) {
          await write(
            io.stderr,
            `PIN 须为 ${PIN_MIN_LENGTH}–${PIN_MAX_LENGTH} 位数字，从标准输入提供 / ` +
              `the PIN must be ${PIN_MIN_LENGTH} to ${PIN_MAX_LENGTH} digits, on standard input\n`,
          );
          return EXIT_BAD_INPUT;
        }
        pinHash = await hashPin(pin, options.iterations === undefined ? {} : { iterations: options.iterations });
      }
      return withServerStore(args.location, async (store) => {
        const found = await findStaff(store, args.staff);
        if (found.length !== 1) {
          await write(
            io.stderr,
            found.length === 0
              ? '找不到该工作人员 / no such staff member\n'
              : `工号对应多名工作人员，请加 --market / ${found.length} staff have this number: add --market\n`,
          );
          return EXIT_BAD_INPUT;
        }
        const { record } = found[0] as StoredStaff;
        const now = (options.now ?? Date.now)();
        const updated: Staff = { ...record, pinHash, hlc: nextStamp(record.hlc, now) as Staff['hlc'] };
        await importRecords(store, [{ table: 'staff', record: updated }]);
        const out = { staffId: record.id, staffNo: record.staffNo, name: record.name, pinSet: pinHash !== null };
        await write(io.stdout, `${JSON.stringify(out)}\n`);
        return EXIT_OK;
      });
    },
  };
}

export const setPinCommand: Command = makeSetPinCommand();
