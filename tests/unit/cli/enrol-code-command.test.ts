import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enrolCodeCommand, parseEnrolCodeArgs } from '../../../cli/commands/enrol-code';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { redeemEnrolmentCode } from '../../../sync/server/store/devices';
import { migrateToLatest } from '../../../sync/server/store/migrate';
import { openStore } from '../../../sync/server/store/open';
import { memoryIO } from './support/memory-io';

const MARKET = uuidv7(Date.parse('2026-11-26T00:00:00Z'));

describe('enrol-code command', () => {
  it('makes a code that the server store redeems exactly once', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'gig-enrol-')), 'gig.sqlite');
    const setup = openStore({ sqlite: db });
    await migrateToLatest(setup);
    await setup.close();

    const io = memoryIO();
    expect(await enrolCodeCommand.run(['--market', MARKET, '--role', 'kiosk', '--db', db], io)).toBe(0);
    const out = JSON.parse(io.stdout.text) as { code: string; role: string; marketId: string };
    expect(out).toMatchObject({ role: 'kiosk', marketId: MARKET });
    expect(out.code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);

    const store = openStore({ sqlite: db });
    try {
      const first = await redeemEnrolmentCode(store.db, out.code.replace(/-/g, ''), '1号自助机', Date.now());
      expect(first).toMatchObject({ marketId: MARKET, role: 'kiosk' });
      expect(await redeemEnrolmentCode(store.db, out.code.replace(/-/g, ''), 'again', Date.now())).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('refuses a bad role, a bad market id and a missing database with a bilingual usage error', async () => {
    expect(() => parseEnrolCodeArgs(['--market', MARKET, '--role', 'admin'])).toThrow(/--role must be/);
    expect(() => parseEnrolCodeArgs(['--market', 'market-1', '--role', 'kiosk'])).toThrow(/--market must be/);
    const io = memoryIO();
    expect(
      await enrolCodeCommand.run(['--market', MARKET, '--role', 'kiosk', '--db', '/nonexistent/gig.sqlite'], io),
    ).toBe(2);
    expect(io.stderr.text).toMatch(/no server database/);
    expect(io.stdout.text).toBe('');
  });
});

describe('enrol-code for a market hub', () => {
  it('accepts the hub role, so an operator can enrol a market hub with the central server', () => {
    expect(parseEnrolCodeArgs(['--market', MARKET, '--role', 'hub']).role).toBe('hub');
  });
});
