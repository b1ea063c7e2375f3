// The registration as a Seeker record, written to the kiosk's store and
// outbox in one transaction (renderer/db/repository). The kiosk keeps it only
// until the server acknowledges it (forget-delivered.ts).
import type { Market } from '../../../domain/records/market';
import type { DeviceContext } from '../../db/device';
import type { TerminalDb } from '../../db/database';
import { newRecordId, putRecord } from '../../db/repository';
import { DAY_PARTS, type RegisterPorts } from '../../state/kiosk-register-machine';

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

export function seekerPorts(db: TerminalDb, ctx: DeviceContext, market: Market): RegisterPorts {
  return {
    async save(draft) {
      const at = new Date(ctx.now()).toISOString();
      const hours = DAY_PARTS[draft.dayPart];
      const record = await putRecord(db, ctx, 'seekers', {
        id: newRecordId(ctx),
        deleted: false,
        marketId: market.id,
        name: draft.name,
        phone: draft.phone,
        idNumber: draft.idNumber,
        skills: [...draft.trades],
        skillNote: '',
        availability: [{ weekdays: draft.weekdays.length === 0 ? EVERY_DAY : [...draft.weekdays], ...hours }],
        areas: [...draft.areas],
        expectedPay: draft.dailyPay === null ? null : { amount: draft.dailyPay, unit: 'day', method: draft.payMethod },
        availableFrom: null,
        consent: { noticeVersion: draft.noticeVersion, at },
        registeredVia: 'kiosk',
        registeredAt: at,
      });
      return record.id;
    },
  };
}
