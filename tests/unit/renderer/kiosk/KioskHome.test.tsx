import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deriveTicketState } from '../../../../domain/queue/ticket-state';
import type { Market } from '../../../../domain/records/market';
import { TerminalProvider } from '../../../../renderer/app/terminal-context';
import { recordTable, type TerminalDb } from '../../../../renderer/db/database';
import { ticketEventsOf, ticketsOfDay } from '../../../../renderer/db/queries';
import { I18nProvider } from '../../../../renderer/i18n';
import { KioskHome, type KioskHomeProps } from '../../../../renderer/kiosk/KioskHome';
import { demoKioskDb, fakeAuthority, NOW, TODAY } from './support';

let dbs: TerminalDb[] = [];

afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
  vi.restoreAllMocks();
});

async function renderKiosk(props: Partial<KioskHomeProps> = {}) {
  const kiosk = await demoKioskDb();
  dbs.push(kiosk.db);
  const authority = fakeAuthority();
  const view = render(
    <I18nProvider>
      <TerminalProvider value={{ db: kiosk.db, now: () => NOW, ctx: kiosk.ctx }}>
        <KioskHome
          market={kiosk.market}
          portOptions={{ leaseTransport: authority.transport, serverUrl: 'http://server' }}
          {...props}
        />
      </TerminalProvider>
    </I18nProvider>,
  );
  // Every visit starts on the attract screen.
  await userEvent.click(await screen.findByRole('button', { name: '点击屏幕开始' }));
  return { ...kiosk, authority, view };
}

async function takeNumber(service: RegExp | string, priority: string) {
  await userEvent.click(screen.getByRole('button', { name: '取号' }));
  await userEvent.click(await screen.findByRole('button', { name: service }));
  await userEvent.click(await screen.findByRole('button', { name: priority }));
}

async function ticketState(db: TerminalDb, market: Market) {
  const ticket = (await ticketsOfDay(db, market.id, TODAY))[0];
  if (ticket === undefined) throw new Error('no ticket');
  return deriveTicketState(ticket, await ticketEventsOf(db, ticket.id), { strict: true });
}

describe('KioskHome', () => {
  it('offers "取号" and "找工作" as big tiles and "呼叫工作人员" on the home screen', async () => {
    await renderKiosk();
    expect(screen.getByRole('button', { name: '取号' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '找工作' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '呼叫工作人员' })).toBeInTheDocument();
  });

  it('keeps the job search reachable from "找工作" and comes back home', async () => {
    await renderKiosk();
    await userEvent.click(screen.getByRole('button', { name: '找工作' }));
    expect(await screen.findByRole('heading', { name: '找工作' })).toBeInTheDocument();
    expect(await screen.findByText(/^找到 \d+ 个岗位$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '呼叫工作人员' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '返回首页' }));
    expect(await screen.findByRole('button', { name: '取号' })).toBeInTheDocument();
  });

  it('takes a number in a browser: service, priority, the ticket with its QR, then print and done', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { db, market } = await renderKiosk();
    await takeNumber('政策咨询', '老年人');
    expect(await screen.findByTestId('ticket-number')).toHaveTextContent('D001');
    expect(screen.getByTestId('people-ahead')).toHaveTextContent('0 人');
    expect(screen.getByTestId('wait')).toHaveTextContent('即将叫号');
    expect(await screen.findByRole('img', { name: '号票 D001 的排队进度二维码' })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/svg\+xml/),
    );
    // Not handed out until printed.
    expect((await ticketState(db, market)).handedOut).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: '打印号票' }));
    expect(await screen.findByText('号票已打印，请取走号票。')).toBeInTheDocument();
    expect(print).toHaveBeenCalledTimes(1);
    expect(await ticketState(db, market)).toMatchObject({ print: 'printed', handedOut: true, priority: 'elderly' });
    await userEvent.click(screen.getByRole('button', { name: '完成' }));
    expect(await screen.findByRole('button', { name: '取号' })).toBeInTheDocument();
  });

  it('prints through the Electron printer, shows a failure plainly and reprints', async () => {
    const printEscPos = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, reason: 'no-printer', message: { zh: '未连接打印机', en: 'no printer' } })
      .mockResolvedValueOnce({ ok: true, via: 'network' });
    const api = {
      getConfig: () => Promise.resolve({ printer: { paperWidth: 58, network: true } }),
      getHealth: () => Promise.resolve({ disk: { canIssueTickets: true } }),
      printEscPos,
    };
    Object.defineProperty(window, 'gigKiosk', { value: api, configurable: true });
    try {
      const { db, market } = await renderKiosk();
      await takeNumber('求职登记', '都不是');
      expect(await screen.findByRole('alert')).toHaveTextContent('号票打印失败');
      expect(screen.getByRole('alert')).toHaveTextContent('未连接打印机');
      expect((await ticketState(db, market)).print).toBe('failed');
      await userEvent.click(screen.getByRole('button', { name: '重新打印' }));
      expect(await screen.findByText('号票已打印，请取走号票。')).toBeInTheDocument();
      expect(printEscPos).toHaveBeenCalledTimes(2);
      const bytes = (printEscPos.mock.calls[0]?.[0] as { bytes: Uint8Array }).bytes;
      expect(bytes.byteLength).toBeGreaterThan(100);
      expect(await ticketState(db, market)).toMatchObject({ print: 'printed', handedOut: true });
    } finally {
      Reflect.deleteProperty(window, 'gigKiosk');
    }
  });

  it('under Electron stops issuing when the disk guard says the disk is nearly full', async () => {
    const api = { getHealth: () => Promise.resolve({ disk: { canIssueTickets: false } }) };
    Object.defineProperty(window, 'gigKiosk', { value: api, configurable: true });
    try {
      const { db, market } = await renderKiosk();
      await takeNumber('政策咨询', '都不是');
      expect(await screen.findByRole('alert')).toHaveTextContent('暂停取号');
      expect(await ticketsOfDay(db, market.id, TODAY)).toEqual([]);
      expect(screen.getByRole('button', { name: '呼叫工作人员' })).toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(window, 'gigKiosk');
    }
  });

  it('with no server to reach, says plainly the call was not sent and to go to a window, and withdraws it', async () => {
    const { db } = await renderKiosk();
    await userEvent.click(screen.getByRole('button', { name: '取号' }));
    await userEvent.click(screen.getByRole('button', { name: '呼叫工作人员' }));
    const alert = await screen.findByTestId('call-staff-message');
    await waitFor(() => {
      expect(alert).toHaveTextContent('呼叫没有发送出去');
    });
    expect(alert).toHaveTextContent('请直接到服务窗口');
    expect(screen.queryByText(/已通知|已送达|正在赶来/)).not.toBeInTheDocument();
    // The request was written for the screen the seeker was on, and withdrawn so nobody comes later.
    await waitFor(async () => {
      expect(await recordTable(db, 'helpRequests').toArray()).toEqual([
        expect.objectContaining({ screen: 'ticket', status: 'cancelled', takenBy: null }),
      ]);
    });
    await userEvent.click(screen.getByRole('button', { name: '知道了' }));
    expect(screen.queryByTestId('call-staff-message')).not.toBeInTheDocument();
  });

  it('after the idle time shows a countdown with "继续" that keeps the flow', async () => {
    // Long enough that the home screen's own quiet reset (to attract) cannot beat the first tap on a busy machine.
    await renderKiosk({ idleMs: 700, countdownSeconds: 5 });
    await userEvent.click(screen.getByRole('button', { name: '取号' }));
    await userEvent.click(await screen.findByRole('button', { name: '政策咨询' }));
    const dialog = await screen.findByRole('alertdialog', { name: '您还在使用吗？' }, { timeout: 3000 });
    await userEvent.click(within(dialog).getByRole('button', { name: '继续' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '老年人' })).toBeInTheDocument();
  });

  it('when the countdown runs out goes back to the attract screen with the flow wiped', async () => {
    await renderKiosk({ idleMs: 700, countdownSeconds: 1 });
    await userEvent.click(screen.getByRole('button', { name: '取号' }));
    await userEvent.click(await screen.findByRole('button', { name: '政策咨询' }));
    await screen.findByRole('alertdialog', {}, { timeout: 3000 });
    await waitFor(
      () => {
        expect(screen.getByRole('button', { name: '点击屏幕开始' })).toBeInTheDocument();
      },
      { timeout: 3000 },
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '点击屏幕开始' }));
    // A new visit starts at the service step, not where the last person left off.
    await userEvent.click(screen.getByRole('button', { name: '取号' }));
    expect(await screen.findByRole('heading', { name: '请选择要办理的业务' })).toBeInTheDocument();
  });

  it('gives every button of the home and service screens an accessible name', async () => {
    await renderKiosk();
    for (const button of screen.getAllByRole('button')) {
      expect(button).toHaveAccessibleName();
    }
    await userEvent.click(screen.getByRole('button', { name: '取号' }));
    for (const button of screen.getAllByRole('button')) {
      expect(button).toHaveAccessibleName();
    }
  });
});
