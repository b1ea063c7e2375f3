import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRestoredArgs, restoredCommand } from '../../../cli/commands/restored';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import { createEnrolmentCode, redeemEnrolmentCode, revokeDevice } from '../../../sync/server/store/devices';
import { readMeta } from '../../../sync/server/store/meta';
import { migrateToLatest } from '../../../sync/server/store/migrate';
import { openStore } from '../../../sync/server/store/open';
import { memoryIO } from './support/memory-io';

const MARKET = uuidv7(Date.parse('2026-11-26T00:00:00Z'));

describe('restored command', () => {
  it('gives the store a new epoch and one rebase to every device not revoked', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'gig-restored-')), 'gig.sqlite');
    const setup = openStore({ sqlite: db });
    await migrateToLatest(setup);
    const ids: string[] = [];
    for (const role of ['kiosk', 'caller'] as const) {
      const { code } = await createEnrolmentCode(setup, { marketId: MARKET, role });
      const device = await redeemEnrolmentCode(setup.db, code.replace(/-/g, ''), role, Date.now());
      if (device !== undefined) ids.push(device.deviceId);
    }
    await revokeDevice(setup, ids[1] ?? '');
    const before = (await readMeta(setup.db)).epoch;
    await setup.close();

    const io = memoryIO();
    expect(await restoredCommand.run(['--db', db], io)).toBe(0);
    const out = JSON.parse(io.stdout.text) as { epoch: string; devices: number };
    expect(out.devices).toBe(1);
    expect(out.epoch).not.toBe(before);

    const store = openStore({ sqlite: db });
    try {
      expect((await readMeta(store.db)).epoch).toBe(out.epoch);
      const flags = await store.db.selectFrom('devices').select(['id', 'rebase_pending']).orderBy('id').execute();
      expect(flags).toEqual(
        [
          { id: ids[0], rebase_pending: 1 },
          { id: ids[1], rebase_pending: 0 },
        ].sort((a, b) => String(a.id).localeCompare(String(b.id))),
      );
    } finally {
      await store.close();
    }
  });

  it('refuses stray arguments, two stores and a missing database with a bilingual error', async () => {
    expect(() => parseRestoredArgs(['now'])).toThrow(/unexpected arguments/);
    expect(() => parseRestoredArgs(['--db', 'a.sqlite', '--pg', 'postgres://x'])).toThrow(/choose --db or --pg/);
    const io = memoryIO();
    expect(await restoredCommand.run(['--db', '/nonexistent/gig.sqlite'], io)).toBe(2);
    expect(io.stderr.text).toMatch(/找不到服务器数据库 \/ no server database/);
    expect(io.stdout.text).toBe('');
  });
});
