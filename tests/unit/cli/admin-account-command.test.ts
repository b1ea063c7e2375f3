import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_USERNAME, makeAdminAccountCommand, parseAdminAccountArgs } from '../../../cli/commands/admin-account';
import { checkSignIn } from '../../../sync/server/admin/accounts';
import { MIN_COST } from '../../../sync/server/admin/password';
import { migrateToLatest } from '../../../sync/server/store/migrate';
import { openStore } from '../../../sync/server/store/open';
import { memoryIO } from './support/memory-io';

async function emptyStore(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'gig-admin-')), 'gig.sqlite');
  const setup = openStore({ sqlite: db });
  await migrateToLatest(setup);
  await setup.close();
  return db;
}

const command = makeAdminAccountCommand({ cost: MIN_COST });

describe('admin-account command', () => {
  it('creates the first city account with the password from standard input, which then signs in', async () => {
    const db = await emptyStore();
    const io = memoryIO('long enough password\n');
    expect(await command.run(['--username', 'chief', '--role', 'city', '--db', db], io)).toBe(0);
    expect(io.stdout.text).not.toContain('long enough password');
    const store = openStore({ sqlite: db });
    try {
      const ok = await checkSignIn(store.db, 'chief', 'long enough password', Date.now());
      expect(ok.kind).toBe('ok');
    } finally {
      await store.close();
    }
  });

  it('--demo makes the demo account once and prints its random password', async () => {
    const db = await emptyStore();
    const io = memoryIO('');
    expect(await command.run(['--demo', '--db', db], io)).toBe(0);
    const out = JSON.parse(io.stdout.text) as { username: string; password: string };
    expect(out.username).toBe(DEMO_USERNAME);
    const store = openStore({ sqlite: db });
    try {
      expect((await checkSignIn(store.db, DEMO_USERNAME, out.password, Date.now())).kind).toBe('ok');
    } finally {
      await store.close();
    }
    const again = memoryIO('');
    expect(await command.run(['--demo', '--db', db], again)).toBe(1);
    expect(again.stderr.text).toMatch(/username taken/);
  });

  it('refuses a short password, a district account without a district, and a password in the arguments', async () => {
    const db = await emptyStore();
    const io = memoryIO('short\n');
    expect(await command.run(['--username', 'chief', '--role', 'city', '--db', db], io)).toBe(1);
    expect(io.stderr.text).toMatch(/at least 10/);
    expect(() => parseAdminAccountArgs(['--username', 'spb', '--role', 'district'])).toThrow(/--role must be/);
    expect(() => parseAdminAccountArgs(['--username', 'spb', '--role', 'city', 'secret-password'])).toThrow(
      /standard input/,
    );
  });
});
