import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../domain/ids/uuidv7';
import { openTerminalDb, recordTable, type TerminalDb } from '../../../../renderer/db/database';
import type { DeviceContext } from '../../../../renderer/db/device';
import { forgetDeliveredSeekers } from '../../../../renderer/db/forget-delivered';
import { deleteAcknowledged } from '../../../../renderer/db/outbox';
import { newRecordId, putRecord } from '../../../../renderer/db/repository';

const NOW = Date.parse('2026-11-26T02:00:00.000Z');
const ctx: DeviceContext = { deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b', now: () => NOW };
const MARKET = uuidv7(NOW - 1000);
let db: TerminalDb | undefined;
let n = 0;
afterEach(() => {
  db?.close();
});

function seeker() {
  return {
    id: newRecordId(ctx),
    deleted: false,
    marketId: MARKET,
    name: '王芳',
    phone: '13800138000',
    idNumber: null,
    skills: ['cleaning'],
    skillNote: '',
    availability: [],
    areas: [],
    expectedPay: null,
    availableFrom: null,
    consent: { noticeVersion: '2026-11-v1', at: '2026-11-26T02:00:00.000Z' },
    registeredVia: 'kiosk' as const,
    registeredAt: '2026-11-26T02:00:00.000Z',
  };
}

describe('forgetting delivered seekers on a kiosk', () => {
  it('keeps a seeker while its write waits in the outbox and removes it, phone and name, once acknowledged', async () => {
    db = await openTerminalDb(`forget-${String(n++)}`);
    const first = await putRecord(db, ctx, 'seekers', seeker());
    const feedback = await putRecord(db, ctx, 'feedback', {
      id: newRecordId(ctx),
      deleted: false,
      marketId: MARKET,
      category: 'suggestion',
      message: '希望多些保洁岗位',
      contactPhone: null,
      at: '2026-11-26T02:00:00.000Z',
      status: 'open',
      reply: '',
    });
    expect(await forgetDeliveredSeekers(db)).toBe(0);
    expect(await recordTable(db, 'seekers').get(first.id)).toBeDefined();

    await deleteAcknowledged(db, 2);
    const second = await putRecord(db, ctx, 'seekers', seeker());
    expect(await forgetDeliveredSeekers(db)).toBe(1);
    expect(await recordTable(db, 'seekers').get(first.id)).toBeUndefined();
    // The one still waiting for the server stays; records of other tables are untouched.
    expect(await recordTable(db, 'seekers').get(second.id)).toBeDefined();
    expect(await recordTable(db, 'feedback').get(feedback.id)).toBeDefined();
    await deleteAcknowledged(db, 3);
    await forgetDeliveredSeekers(db);
    const dump = JSON.stringify(await recordTable(db, 'seekers').toArray());
    expect(dump).not.toContain('13800138000');
    expect(dump).not.toContain('王芳');
  });
});
