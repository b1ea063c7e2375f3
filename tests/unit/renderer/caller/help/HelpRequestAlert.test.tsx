import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HelpRequest } from '../../../../../domain/records/help';
import { TerminalProvider } from '../../../../../renderer/app/terminal-context';
import { HelpRequestAlert } from '../../../../../renderer/caller/help/HelpRequestAlert';
import { openTerminalDb, recordTable, type TerminalDb } from '../../../../../renderer/db/database';
import { applyRemoteChanges } from '../../../../../renderer/db/outbox';
import { I18nProvider } from '../../../../../renderer/i18n';
import type { CallerWindow } from '../../../../../renderer/state/caller-machine';
import { dbName, deviceCtx, makeId, MARKET_ID, remoteStamp, T0, testClock } from '../../db/fixtures';

const dbs: TerminalDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

const KIOSK = makeId();
const OTHER_WINDOW = makeId();

function request(overrides: Partial<HelpRequest> = {}): HelpRequest {
  return {
    id: makeId(),
    hlc: remoteStamp(T0 - 60_000),
    deleted: false,
    marketId: MARKET_ID,
    kioskId: KIOSK,
    kioskLabel: '大厅自助查询机',
    screen: 'jobs',
    requestedAt: new Date(T0 - 60_000).toISOString(),
    status: 'open',
    takenBy: null,
    takenAt: null,
    ...overrides,
  };
}

async function setup(requests: HelpRequest[]) {
  const clock = testClock(T0);
  const ctx = deviceCtx(clock);
  const db = await openTerminalDb(dbName('help-alert'));
  dbs.push(db);
  await applyRemoteChanges(
    db,
    ctx,
    requests.map((record) => ({ table: 'helpRequests' as const, record })),
    { value: '1', epoch: 'e' },
  );
  const win: CallerWindow = {
    marketId: MARKET_ID,
    terminalId: ctx.deviceId,
    windowNumber: 1,
    lanes: ['A'],
    windows: [],
  };
  const chime = vi.fn(() => Promise.resolve());
  render(
    <I18nProvider>
      <TerminalProvider value={{ db, now: clock.now, ctx }}>
        <HelpRequestAlert window={win} staff={{ id: makeId(), name: '刘洋', staffNo: 'HCNJ003' }} chime={chime} />
      </TerminalProvider>
    </I18nProvider>,
  );
  return { db, chime, ctx };
}

describe('HelpRequestAlert', () => {
  it('shows an open request with a chime and “我去处理”, and one another window took as taken', async () => {
    const open = request();
    const taken = request({
      status: 'taken',
      takenBy: { terminalId: OTHER_WINDOW, windowNumber: 2, staffNo: 'HCNJ004' },
      takenAt: new Date(T0 - 30_000).toISOString(),
    });
    const { chime } = await setup([open, taken]);
    expect(await screen.findByRole('button', { name: '我去处理' })).toBeInTheDocument();
    expect(screen.getAllByText(/大厅自助查询机有人需要帮助（找工作/)).toHaveLength(2);
    expect(screen.getByText('2 号窗口（工号 HCNJ004）已去处理')).toBeInTheDocument();
    expect(chime).toHaveBeenCalledTimes(1);
  });

  it('“我去处理” marks the request taken by this window and badge, for the others and the kiosk', async () => {
    const open = request();
    const { db, chime, ctx } = await setup([open]);
    await userEvent.click(await screen.findByRole('button', { name: '我去处理' }));
    expect(await screen.findByText('您已接手，请前往大厅自助查询机')).toBeInTheDocument();
    const stored = await recordTable(db, 'helpRequests').get(open.id);
    expect(stored).toMatchObject({
      status: 'taken',
      takenBy: { terminalId: ctx.deviceId, windowNumber: 1, staffNo: 'HCNJ003' },
    });
    // It travels like any record: queued for the server in the same write.
    expect(await db.outbox.filter((m) => m.args.record.id === open.id).count()).toBe(1);
    expect(chime).toHaveBeenCalledTimes(1);
  });

  it('leaves withdrawn and old requests off the window', async () => {
    await setup([request({ status: 'cancelled' }), request({ requestedAt: new Date(T0 - 60 * 60_000).toISOString() })]);
    await waitFor(() => {
      expect(screen.queryByRole('button', { name: '我去处理' })).toBeNull();
    });
    expect(screen.queryByText(/需要帮助/)).toBeNull();
  });
});
