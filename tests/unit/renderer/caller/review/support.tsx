// Shared set-up for the review helper's work-area tests: a caller's store
// after its first pull of the demo market, and an area rendered with the
// WorkAreaProps the frame gives it. Not a test file.
import { render } from '@testing-library/react';
import { formatStamp, parseStamp, type HlcStamp } from '../../../../../domain/clock/hlc';
import type { ComponentType } from 'react';
import { generateDemoMarket, type DemoMarket } from '../../../../../domain/demo/generate';
import { DEMO_SEED, demoRecords } from '../../../../../domain/demo/records';
import type { RecordTable } from '../../../../../domain/records/registry';
import { TerminalProvider } from '../../../../../renderer/app/terminal-context';
import { openTerminalDb, type TerminalDb } from '../../../../../renderer/db/database';
import type { DeviceContext } from '../../../../../renderer/db/device';
import { applyRemoteChanges } from '../../../../../renderer/db/outbox';
import { I18nProvider } from '../../../../../renderer/i18n';
import type { WorkAreaId, WorkAreaProps } from '../../../../../renderer/caller/areas/work-area';
import type { CallerTicket } from '../../../../../renderer/state/caller-machine';
import { seededRandom } from '../../db/fixtures';

export const NOW = Date.parse('2026-11-26T02:00:00.000Z');
export const TODAY = '2026-11-26';
const DEVICE = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
let counter = 0;

export interface DeskStore {
  readonly db: TerminalDb;
  readonly demo: DemoMarket;
  readonly ctx: DeviceContext;
}

/** The demo market as a caller holds it after a pull, plus `extra` records as if pulled too. */
export async function deskStore(
  label: string,
  extra: (demo: DemoMarket) => { table: RecordTable; record: unknown }[] = () => [],
): Promise<DeskStore> {
  const db = await openTerminalDb(`${label}-${String(counter++)}`);
  const demo = generateDemoMarket({ seed: DEMO_SEED, today: TODAY, nowMillis: NOW });
  await applyRemoteChanges(db, { deviceId: DEVICE, now: () => NOW }, [...demoRecords(demo), ...extra(demo)], {
    value: '1',
    epoch: 'e',
  });
  const ctx: DeviceContext = { deviceId: DEVICE, now: () => NOW, random: seededRandom(counter + 100) };
  return { db, demo, ctx };
}

export function staffNamed(demo: DemoMarket, name: string) {
  const s = demo.staff.find((x) => x.name === name);
  if (s === undefined) throw new Error(`no demo staff ${name}`);
  return { id: s.id, name: s.name, staffNo: s.staffNo };
}

export function renderArea(
  Area: ComponentType<WorkAreaProps>,
  store: DeskStore,
  staffName: string,
  options: { current?: CallerTicket | null; goTo?: (area: WorkAreaId) => void; now?: () => number } = {},
) {
  const { db, demo, ctx } = store;
  const props: WorkAreaProps = {
    market: demo.market,
    staff: staffNamed(demo, staffName),
    window: {
      marketId: demo.market.id,
      terminalId: demo.terminals[0]?.id ?? DEVICE,
      windowNumber: 1,
      lanes: ['A'],
      windows: [{ number: 1, lanes: ['A'] }],
    },
    current: options.current ?? null,
    goTo: options.goTo ?? (() => undefined),
  };
  return render(
    <I18nProvider>
      <TerminalProvider value={{ db, now: options.now ?? (() => NOW), ctx }}>
        <Area {...props} />
      </TerminalProvider>
    </I18nProvider>,
  );
}

/** A stamp just after `hlc`, so a record given in `extra` replaces the demo's version of it. */
export function laterStamp(hlc: HlcStamp): HlcStamp {
  const s = parseStamp(hlc);
  return formatStamp({ ...s, counter: s.counter + 1 });
}
