import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoMarket, type DemoMarket } from '../../../../domain/demo/generate';
import { DEMO_SEED, demoRecords } from '../../../../domain/demo/records';
import { marketCallingRule, marketServices } from '../../../../domain/queue/market-queue';
import { TerminalProvider } from '../../../../renderer/app/terminal-context';
import { CurrentArea } from '../../../../renderer/caller/areas/current/CurrentArea';
import type { WorkAreaProps } from '../../../../renderer/caller/areas/work-area';
import { createCallerDeps } from '../../../../renderer/caller/caller-deps';
import { useCallerQueue } from '../../../../renderer/caller/use-caller-queue';
import { WindowScreen } from '../../../../renderer/caller/WindowScreen';
import type { AreaRegistry } from '../../../../renderer/caller/window/WorkAreaTabs';
import { openTerminalDb, type TerminalDb } from '../../../../renderer/db/database';
import { applyRemoteChanges } from '../../../../renderer/db/outbox';
import { I18nProvider } from '../../../../renderer/i18n';
import type { CallerWindow } from '../../../../renderer/state/caller-machine';
import type { ClaimTransport } from '../../../../sync/client/queue-claim';
import { NOW, printed, ticket, WINDOWS } from '../state/caller-fixtures';

const DEVICE = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2c';
const STAFF = { id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2d', name: '刘洋', staffNo: 'HCNJ003' };
let dbs: TerminalDb[] = [];
let counter = 0;

afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

const okClaims: ClaimTransport = {
  claim: ({ ticketId, windowNumber }) => Promise.resolve({ status: 'ok', ticketId, windowNumber, round: 0, at: NOW }),
};

async function windowDb(): Promise<{ db: TerminalDb; demo: DemoMarket }> {
  const db = await openTerminalDb(`window-screen-${String(counter++)}`);
  dbs.push(db);
  const demo = generateDemoMarket({ seed: DEMO_SEED, today: '2026-11-26', nowMillis: NOW });
  const tickets = [ticket({ lane: 'A', number: 1, minutesAgo: 9, marketId: demo.market.id })];
  const records = [
    ...demoRecords(demo),
    ...tickets.map((t) => ({ table: 'tickets', record: t })),
    ...tickets.map((t) => ({ table: 'ticketEvents', record: printed(t) })),
  ];
  await applyRemoteChanges(db, { deviceId: DEVICE, now: () => NOW }, records, { value: '1', epoch: 'e' });
  return { db, demo };
}

/** An area with a text field of its own, to prove the call keys reach the frame from inside another area's form. */
function NotesArea({ goTo }: WorkAreaProps) {
  return (
    <form>
      <label>
        备注
        <input autoFocus />
      </label>
      <button
        type="button"
        onClick={() => {
          goTo('current');
        }}
      >
        回到当前服务
      </button>
    </form>
  );
}

function Frame({ db, demo, areas }: { db: TerminalDb; demo: DemoMarket; areas?: AreaRegistry }) {
  const queue = useCallerQueue(demo.market.id);
  const win: CallerWindow = {
    marketId: demo.market.id,
    terminalId: DEVICE,
    windowNumber: 1,
    lanes: ['A', 'C'],
    windows: WINDOWS,
  };
  return (
    <WindowScreen
      market={demo.market}
      window={win}
      deps={createCallerDeps(db, { deviceId: DEVICE, now: () => NOW }, okClaims)}
      staff={STAFF}
      queue={queue}
      services={marketServices(demo.market)}
      rule={marketCallingRule(demo.market)}
      onLock={() => undefined}
      {...(areas === undefined ? {} : { areas })}
    />
  );
}

function renderFrame(db: TerminalDb, demo: DemoMarket, areas?: AreaRegistry) {
  return render(
    <I18nProvider>
      <TerminalProvider value={{ db, now: () => NOW, ctx: { deviceId: DEVICE, now: () => NOW } }}>
        <Frame db={db} demo={demo} {...(areas === undefined ? {} : { areas })} />
      </TerminalProvider>
    </I18nProvider>,
  );
}

describe('WindowScreen frame', { timeout: 20_000 }, () => {
  it('shows a tab only for an area that exists, 当前服务 first and chosen', async () => {
    const { db, demo } = await windowDb();
    renderFrame(db, demo);
    const tabs = within(await screen.findByRole('tablist', { name: /工作区/ })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['当前服务 Alt+1']);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(tabs[0]).toHaveAttribute('aria-keyshortcuts', 'Alt+1');
    const panel = screen.getByRole('tabpanel', { name: /当前服务/ });
    expect(within(panel).getByRole('region', { name: '当前号码' })).toBeInTheDocument();
  });

  it('switches areas with Alt+digit, ignores the digit of an area not built, and calls with F1 from inside another area', async () => {
    const user = userEvent.setup();
    const { db, demo } = await windowDb();
    renderFrame(db, demo, { current: CurrentArea, postings: NotesArea });
    await screen.findByRole('tab', { name: /当前服务/ });

    await user.keyboard('{Alt>}3{/Alt}');
    const notes = await screen.findByLabelText('备注');
    expect(screen.getByRole('tab', { name: /岗位/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('region', { name: '当前号码' })).toBeNull();
    await waitFor(() => {
      expect(notes).toHaveFocus();
    });

    // Typing a call letter into the area's field stays text; F1 still calls.
    await user.keyboard('n');
    expect(notes).toHaveValue('n');
    await user.keyboard('{F1}');
    await user.keyboard('{Alt>}2{/Alt}');
    expect(screen.getByRole('tab', { name: /岗位/ })).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Alt>}1{/Alt}');
    const current = await screen.findByRole('region', { name: '当前号码' });
    expect(await within(current).findByText('A001')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /当前服务/ })).toHaveFocus();
  });

  it('moves between tabs with the arrow keys, Home and End, and an area may send the staff to another', async () => {
    const user = userEvent.setup();
    const { db, demo } = await windowDb();
    renderFrame(db, demo, { current: CurrentArea, postings: NotesArea });
    const first = await screen.findByRole('tab', { name: /当前服务/ });
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /岗位/ })).toHaveAttribute('aria-selected', 'true');
    screen.getByRole('tab', { name: /岗位/ }).focus();
    await user.keyboard('{Home}');
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(first).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: /岗位/ })).toHaveAttribute('aria-selected', 'true');
    screen.getByRole('tab', { name: /岗位/ }).focus();
    await user.keyboard('{ArrowRight}');
    expect(first).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{End}');
    await user.click(screen.getByRole('button', { name: '回到当前服务' }));
    expect(await screen.findByRole('region', { name: '当前号码' })).toBeInTheDocument();
  });
});
