import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoMarket, type DemoMarket } from '../../../../domain/demo/generate';
import { DEMO_SEED, demoRecords } from '../../../../domain/demo/records';
import type { Ticket } from '../../../../domain/records/queue';
import { hashPin, MIN_PIN_ITERATIONS } from '../../../../domain/staff/pin';
import { CallerHome } from '../../../../renderer/caller/CallerHome';
import { CallerServicesProvider, type CallerServices } from '../../../../renderer/caller/caller-services';
import { TerminalProvider } from '../../../../renderer/app/terminal-context';
import { openTerminalDb, recordTable, type TerminalDb } from '../../../../renderer/db/database';
import { applyRemoteChanges } from '../../../../renderer/db/outbox';
import { I18nProvider } from '../../../../renderer/i18n';
import { clientError } from '../../../../sync/client/errors';
import type { ClaimTransport } from '../../../../sync/client/queue-claim';
import { NOW, printed, ticket } from '../state/caller-fixtures';

// Each PIN check is a real PBKDF2 run: give the screen's answers time under a loaded parallel run.
configure({ asyncUtilTimeout: 5_000 });

const DEVICE = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
const PIN = '246810';
let pinHash = '';
let dbs: TerminalDb[] = [];
let counter = 0;

beforeAll(async () => {
  pinHash = await hashPin(PIN, { iterations: MIN_PIN_ITERATIONS });
});

afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
  localStorage.clear();
});

/** A caller's store after its first pull: the demo market, PINs for two window staff, and `tickets` printed at the kiosk. */
async function callerDb(
  makeTickets: (marketId: string) => Ticket[],
): Promise<{ db: TerminalDb; demo: DemoMarket; tickets: Ticket[] }> {
  const db = await openTerminalDb(`caller-home-${String(counter++)}`);
  dbs.push(db);
  const demo = generateDemoMarket({ seed: DEMO_SEED, today: '2026-11-26', nowMillis: NOW });
  const staff = demo.staff.map((s) => (s.staffNo === 'HCNJ003' || s.staffNo === 'HCNJ004' ? { ...s, pinHash } : s));
  const tickets = makeTickets(demo.market.id);
  const records = [
    ...demoRecords({ ...demo, staff }),
    ...tickets.map((t) => ({ table: 'tickets', record: t })),
    ...tickets.map((t) => ({ table: 'ticketEvents', record: printed(t) })),
  ];
  await applyRemoteChanges(db, { deviceId: DEVICE, now: () => NOW }, records, { value: '1', epoch: 'e' });
  return { db, demo, tickets };
}

const okClaims: ClaimTransport = {
  claim: ({ ticketId, windowNumber }) => Promise.resolve({ status: 'ok', ticketId, windowNumber, round: 0, at: NOW }),
};

function renderCaller(db: TerminalDb, demo: DemoMarket, services: CallerServices = { claims: okClaims }) {
  return render(
    <I18nProvider>
      <TerminalProvider value={{ db, now: () => NOW, ctx: { deviceId: DEVICE, now: () => NOW } }}>
        <CallerServicesProvider value={services}>
          <CallerHome market={demo.market} />
        </CallerServicesProvider>
      </TerminalProvider>
    </I18nProvider>,
  );
}

/** Log in as 刘洋 (third in the list) and pick window 1, all from the keyboard. */
async function logInAtWindow1(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('button', { name: /张丽/ });
  await waitFor(() => {
    expect(screen.getByRole('button', { name: /张丽/ })).toHaveFocus();
  });
  await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
  expect(await screen.findByLabelText(/刘洋（HCNJ003），请输入 PIN/)).toHaveFocus();
  await user.keyboard(`${PIN}{Enter}`);
  expect(await screen.findByRole('heading', { name: '请选择本机的窗口号' })).toBeInTheDocument();
  await waitFor(() => {
    expect(screen.getByRole('button', { name: /1 号窗口/ })).toHaveFocus();
  });
  await user.keyboard('{Enter}');
  await screen.findByRole('heading', { name: '1 号窗口 · 刘洋（HCNJ003）' });
}

// PBKDF2 at its floor cost and many keystrokes per test: slow under a loaded parallel run, not hung.
describe('CallerHome', { timeout: 30_000 }, () => {
  it('is worked from the keyboard alone: log in, call, start, finish with a one-time notice, ledger written', async () => {
    const user = userEvent.setup();
    const { db, demo, tickets } = await callerDb((m) => [
      ticket({ lane: 'A', number: 1, minutesAgo: 12, marketId: m }),
      ticket({ lane: 'A', number: 2, minutesAgo: 5, marketId: m }),
    ]);
    renderCaller(db, demo);
    await logInAtWindow1(user);
    expect(screen.getByRole('button', { name: /叫下一位 F1/ })).toHaveAttribute('aria-keyshortcuts', 'F1 Alt+N');

    await user.keyboard('{F1}');
    const current = await screen.findByRole('region', { name: '当前号码' });
    expect(await within(current).findByText('A001')).toBeInTheDocument();
    expect(within(current).getByText('求职登记')).toBeInTheDocument();
    expect(within(current).getByText('12 分钟')).toBeInTheDocument();

    await user.keyboard('{F3}');
    expect(await within(current).findByText('办理中')).toBeInTheDocument();
    await user.keyboard('{F4}');
    expect(await screen.findByRole('group', { name: '办结：选择结果' })).toBeInTheDocument();
    await user.keyboard('3');
    const materials = await screen.findByLabelText(/所缺材料/);
    await waitFor(() => {
      expect(materials).toHaveFocus();
    });
    await user.keyboard('身份证复印件{Enter}户口簿');
    await user.keyboard('{F4}');
    await waitFor(async () => {
      expect(await recordTable(db, 'serviceRecords').count()).toBe(1);
    });
    const [entry] = await recordTable(db, 'serviceRecords').toArray();
    const liu = demo.staff.find((s) => s.staffNo === 'HCNJ003');
    expect(entry).toMatchObject({
      ticketId: tickets[0]?.id,
      staffId: liu?.id,
      outcome: 'notice_given',
      missingMaterials: ['身份证复印件', '户口簿'],
      serviceCode: 'seeker-registration',
    });
    const types = (
      await recordTable(db, 'ticketEvents')
        .where('ticketId')
        .equals(tickets[0]?.id ?? '')
        .toArray()
    )
      .map((e) => e.type)
      .sort();
    expect(types).toEqual(['called', 'done', 'printed', 'serving']);
    expect(await within(current).findByText(/暂无，按 F1 叫下一位/)).toBeInTheDocument();
  });

  it('recalls, skips a no-show and transfers with letter and digit keys', async () => {
    const user = userEvent.setup();
    const { db, demo, tickets } = await callerDb((m) => [
      ticket({ lane: 'A', number: 1, minutesAgo: 12, marketId: m }),
      ticket({ lane: 'A', number: 2, minutesAgo: 5, marketId: m }),
    ]);
    renderCaller(db, demo);
    await logInAtWindow1(user);
    await user.keyboard('{F1}');
    const current = await screen.findByRole('region', { name: '当前号码' });
    await within(current).findByText('A001');
    await user.keyboard('{F2}');
    await user.keyboard('{F6}');
    await within(current).findByText(/暂无/);
    await user.keyboard('{F1}');
    await within(current).findByText('A002');
    await user.keyboard('{F7}');
    await screen.findByRole('group', { name: '转移到其他业务或窗口' });
    await user.keyboard('d2{F7}');
    await within(current).findByText(/暂无/);
    const events = await recordTable(db, 'ticketEvents').toArray();
    const of = (id: string | undefined) =>
      events
        .filter((e) => e.ticketId === id && e.type !== 'printed')
        .map((e) => e.type)
        .sort();
    expect(of(tickets[0]?.id)).toEqual(['called', 'no_show', 'recalled']);
    expect(of(tickets[1]?.id)).toEqual(['called', 'transferred']);
    expect(events.find((e) => e.type === 'transferred')).toMatchObject({ toLane: 'D', windowNumber: 2 });
  });

  it('calls a typed number (F8), and takes Alt+letter and plain letters as shortcuts too', async () => {
    const user = userEvent.setup();
    const { db, demo } = await callerDb((m) => [
      ticket({ lane: 'A', number: 1, minutesAgo: 12, marketId: m }),
      ticket({ lane: 'C', number: 2, minutesAgo: 5, marketId: m }),
    ]);
    renderCaller(db, demo);
    await logInAtWindow1(user);
    await user.keyboard('{F8}');
    expect(screen.getByLabelText(/要叫的号码/)).toHaveFocus();
    await user.keyboard('c002{Enter}');
    const current = await screen.findByRole('region', { name: '当前号码' });
    expect(await within(current).findByText('C002')).toBeInTheDocument();
    await user.keyboard('{Alt>}k{/Alt}');
    await within(current).findByText(/暂无/);
    // With no text field focused, a plain letter works as well.
    screen.getByRole('button', { name: /叫下一位/ }).focus();
    await user.keyboard('n');
    expect(await within(current).findByText('A001')).toBeInTheDocument();
  });

  it('tells the window plainly when another window called the ticket first', async () => {
    const user = userEvent.setup();
    const { db, demo } = await callerDb((m) => [
      ticket({ lane: 'A', number: 23, minutesAgo: 12, marketId: m }),
      ticket({ lane: 'A', number: 24, minutesAgo: 5, marketId: m }),
    ]);
    const lostFirst: ClaimTransport = {
      claim: ({ ticketId }) =>
        Promise.resolve({ status: 'lost', ticketId, by: { windowNumber: 3, at: NOW }, round: 0 }),
    };
    renderCaller(db, demo, { claims: lostFirst });
    await logInAtWindow1(user);
    await user.keyboard('{F1}');
    expect(await screen.findByText(/A023 已被 3 号窗口叫号。/)).toBeInTheDocument();
    expect(screen.getByText(/下一位：A024，按 F1 叫号。/)).toBeInTheDocument();
  });

  it('offline, refuses a ticket of a shared lane and marks it in the list', async () => {
    const user = userEvent.setup();
    const { db, demo } = await callerDb((m) => [ticket({ lane: 'C', number: 7, minutesAgo: 12, marketId: m })]);
    const cutOff: ClaimTransport = { claim: () => Promise.reject(clientError('network')) };
    renderCaller(db, demo, { claims: cutOff });
    await logInAtWindow1(user);
    await user.keyboard('{F1}');
    expect(await screen.findByText(/C007 离线时不可叫号/)).toBeInTheDocument();
    const waiting = screen.getByRole('region', { name: '本窗口等候中' });
    expect(within(waiting).getByText(/离线时不可叫号/)).toBeInTheDocument();
    expect(
      await recordTable(db, 'ticketEvents')
        .filter((e) => e.type === 'called')
        .count(),
    ).toBe(0);
  });

  it('says a staff member without a PIN must ask for one, and counts wrong PINs down', async () => {
    const user = userEvent.setup();
    const { db, demo } = await callerDb(() => []);
    renderCaller(db, demo);
    await screen.findByRole('button', { name: /张丽/ });
    await waitFor(() => {
      expect(screen.getByRole('button', { name: /张丽/ })).toHaveFocus();
    });
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('npm run cli -- set-pin');
    expect(screen.queryByLabelText(/请输入 PIN/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /张丽/ })).toHaveFocus();
    await user.keyboard('{End}{ArrowUp}{ArrowUp}{Enter}');
    await screen.findByLabelText(/刘洋/);
    await user.keyboard('000000{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('PIN 不正确，还可尝试 4 次。');
  });

  it('locks itself after the idle time and asks for the PIN again', async () => {
    const user = userEvent.setup();
    const { db, demo } = await callerDb(() => []);
    renderCaller(db, demo, { claims: okClaims, idleMs: 300 });
    await logInAtWindow1(user);
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent('窗口已自动锁定');
    expect(screen.getByRole('heading', { name: '工作人员登录' })).toBeInTheDocument();
  });

  it('keeps the chosen window and the ticket at it across a lock: the next login goes straight back to both', async () => {
    const user = userEvent.setup();
    const { db, demo } = await callerDb((m) => [ticket({ lane: 'A', number: 1, minutesAgo: 12, marketId: m })]);
    renderCaller(db, demo);
    await logInAtWindow1(user);
    await user.keyboard('{F1}');
    await within(await screen.findByRole('region', { name: '当前号码' })).findByText('A001');
    await user.keyboard('{F9}');
    await screen.findByRole('heading', { name: '工作人员登录' });
    await waitFor(() => {
      expect(screen.getByRole('button', { name: /刘洋/ })).toHaveFocus();
    });
    await user.keyboard(`{Enter}${PIN}{Enter}`);
    expect(await screen.findByRole('heading', { name: '1 号窗口 · 刘洋（HCNJ003）' })).toBeInTheDocument();
    const current = screen.getByRole('region', { name: '当前号码' });
    expect(await within(current).findByText('A001')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /重呼/ })).toBeEnabled();
  });
});
