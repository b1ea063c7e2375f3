import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSetPinCommand, parseSetPinArgs } from '../../../cli/commands/set-pin';
import { staffSchema, type Staff } from '../../../domain/records/market';
import { MIN_PIN_ITERATIONS, verifyPin } from '../../../domain/staff/pin';
import { ensureDemoMarket } from '../../../sync/server/demo-seed';
import { migrateToLatest } from '../../../sync/server/store/migrate';
import { openStore } from '../../../sync/server/store/open';
import { memoryIO } from './support/memory-io';

const NOW = Date.parse('2026-11-26T02:00:00.000Z');
const command = makeSetPinCommand({ iterations: MIN_PIN_ITERATIONS, now: () => NOW + 60_000 });

async function demoStore(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'gig-set-pin-')), 'gig.sqlite');
  const store = openStore({ sqlite: file });
  try {
    await migrateToLatest(store);
    await ensureDemoMarket(store, NOW);
  } finally {
    await store.close();
  }
  return file;
}

async function readStaff(file: string, staffNo: string): Promise<{ staff: Staff; version: number }> {
  const store = openStore({ sqlite: file });
  try {
    const rows = await store.db
      .selectFrom('records')
      .select(['body', 'version', 'hlc'])
      .where('table_name', '=', 'staff')
      .execute();
    for (const row of rows) {
      const staff = staffSchema.parse(JSON.parse(row.body));
      if (staff.staffNo === staffNo) {
        expect(row.hlc).toBe(staff.hlc);
        return { staff, version: row.version };
      }
    }
    throw new Error(`no staff ${staffNo}`);
  } finally {
    await store.close();
  }
}

describe('set-pin command', () => {
  it('stores a hash of the PIN from standard input on the staff record, with a newer HLC and version', async () => {
    const file = await demoStore();
    const before = await readStaff(file, 'HCNJ003');
    expect(before.staff.pinHash).toBeNull();
    const io = memoryIO('246810\n');
    expect(await command.run(['--staff-no', 'HCNJ003', '--db', file], io)).toBe(0);
    expect(JSON.parse(io.stdout.text)).toMatchObject({ staffNo: 'HCNJ003', pinSet: true });
    expect(io.stdout.text).not.toContain('246810');
    const after = await readStaff(file, 'HCNJ003');
    expect(after.staff.pinHash).toMatch(/^pbkdf2-sha256\$/);
    await expect(verifyPin('246810', after.staff.pinHash ?? '')).resolves.toBe(true);
    expect(after.staff.hlc > before.staff.hlc).toBe(true);
    expect(after.version).toBeGreaterThan(before.version);
    expect({ ...after.staff, pinHash: null, hlc: before.staff.hlc }).toEqual(before.staff);
  });

  it('finds the staff member by id too, and clears a PIN with --clear', async () => {
    const file = await demoStore();
    const { staff } = await readStaff(file, 'HCNJ004');
    expect(await command.run(['--staff', staff.id, '--db', file], memoryIO('135790\n'))).toBe(0);
    expect((await readStaff(file, 'HCNJ004')).staff.pinHash).not.toBeNull();
    expect(await command.run(['--staff', staff.id, '--db', file, '--clear'], memoryIO(''))).toBe(0);
    expect((await readStaff(file, 'HCNJ004')).staff.pinHash).toBeNull();
  });

  it('refuses a PIN that is not 6 to 12 digits and writes nothing', async () => {
    const file = await demoStore();
    for (const pin of ['1234\n', 'abcdef\n', '']) {
      const io = memoryIO(pin);
      expect(await command.run(['--staff-no', 'HCNJ003', '--db', file], io)).toBe(1);
      expect(io.stderr.text).toMatch(/6 to 12 digits/);
    }
    expect((await readStaff(file, 'HCNJ003')).staff.pinHash).toBeNull();
  });

  it('says so when no staff member matches', async () => {
    const file = await demoStore();
    const io = memoryIO('246810\n');
    expect(await command.run(['--staff-no', 'NOBODY', '--db', file], io)).toBe(1);
    expect(io.stderr.text).toMatch(/no such staff member/);
  });

  it('refuses a PIN given as an argument, and a missing or doubled staff selector', () => {
    expect(() => parseSetPinArgs(['--staff-no', 'HCNJ003', '246810'])).toThrow(/standard input/);
    expect(() => parseSetPinArgs(['--db', 'x'])).toThrow(/--staff or --staff-no/);
    expect(() => parseSetPinArgs(['--staff', 'nope'])).toThrow(/UUIDv7/);
  });

  it('refuses a store that does not exist', async () => {
    const io = memoryIO('246810\n');
    expect(await command.run(['--staff-no', 'HCNJ003', '--db', '/nonexistent/gig.sqlite'], io)).toBe(2);
    expect(io.stderr.text).toMatch(/no server database/);
  });
});
