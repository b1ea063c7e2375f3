// A kiosk's store with the demo market in it, as its first pull brings it,
// and a fake lease authority. Not a test file.
import { generateDemoMarket } from '../../../../domain/demo/generate';
import { DEMO_SEED, demoRecords } from '../../../../domain/demo/records';
import type { Market } from '../../../../domain/records/market';
import { openTerminalDb, recordTable, type TerminalDb } from '../../../../renderer/db/database';
import type { DeviceContext } from '../../../../renderer/db/device';
import { applyRemoteChanges } from '../../../../renderer/db/outbox';
import type { LeaseInput, LeaseTransport } from '../../../../sync/client/queue-lease';
import type { LeaseResponse } from '../../../../sync/protocol/queue';

export const NOW = Date.parse('2026-11-26T02:00:00.000Z');
export const TODAY = '2026-11-26';
export const DEVICE = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';

let counter = 0;

export async function demoKioskDb(): Promise<{ db: TerminalDb; market: Market; ctx: DeviceContext }> {
  const db = await openTerminalDb(`kiosk-test-${String(counter++)}`);
  const demo = generateDemoMarket({ seed: DEMO_SEED, today: TODAY, nowMillis: NOW });
  const ctx: DeviceContext = { deviceId: DEVICE, now: () => NOW };
  await applyRemoteChanges(db, ctx, demoRecords(demo), { value: '1', epoch: 'e' });
  const market = (await recordTable(db, 'markets').toArray())[0];
  if (market === undefined) throw new Error('demo market missing');
  return { db, market, ctx };
}

/** Hands out blocks upward from `start`, like the server's counter; `online = false` makes it unreachable. */
export function fakeAuthority(options: { start?: number; bandIndex?: number | null } = {}) {
  let next = options.start ?? 1;
  const state = { online: true, calls: [] as LeaseInput[] };
  const transport: LeaseTransport = {
    lease: (input) => {
      state.calls.push(input);
      if (!state.online) return Promise.reject(new TypeError('fetch failed'));
      const size = input.size ?? 50;
      const response: LeaseResponse = {
        day: input.day,
        lane: input.lane,
        from: next,
        to: next + size - 1,
        band: null,
        bandIndex: options.bandIndex === undefined ? 1 : options.bandIndex,
      };
      next += size;
      return Promise.resolve(response);
    },
  };
  return { transport, state };
}
