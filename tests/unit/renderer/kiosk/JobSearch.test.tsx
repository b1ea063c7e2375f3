import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { maskPhone } from '../../../../domain/ids/mask';
import { recordTable, type TerminalDb } from '../../../../renderer/db/database';
import { startKiosk } from './start-kiosk';
import { TODAY } from './support';

let dbs: TerminalDb[] = [];

// jsdom lays nothing out, so the virtualized list would measure a 0 px window and draw no card:
// give elements a kiosk-sized box for this file.
const BOX = { clientHeight: 1200, clientWidth: 1000, offsetHeight: 1200, offsetWidth: 1000 } as const;
const saved = Object.keys(BOX).map((k) => [k, Object.getOwnPropertyDescriptor(Element.prototype, k)] as const);
beforeAll(() => {
  for (const [k, v] of Object.entries(BOX)) {
    Object.defineProperty(HTMLElement.prototype, k, { configurable: true, get: () => v });
  }
});
afterAll(() => {
  for (const [k] of saved) Reflect.deleteProperty(HTMLElement.prototype, k);
});
afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
  document.documentElement.removeAttribute('data-kiosk-mode');
});

async function openJobs() {
  const kiosk = await startKiosk();
  dbs.push(kiosk.db);
  await userEvent.click(screen.getByRole('button', { name: '找工作' }));
  await screen.findByText(/^找到 \d+ 个岗位$/);
  return kiosk;
}

const count = () => Number(/找到 (\d+) 个岗位/.exec(screen.getByText(/^找到 \d+ 个岗位$/).textContent)?.[1]);

// Each test generates the demo market and renders the kiosk in jsdom: seconds on a loaded 2-core machine.
describe('kiosk job search', { timeout: 20_000 }, () => {
  it('counts every open posting of the store, and fewer after typing "bj"', async () => {
    const { db } = await openJobs();
    const open = (await recordTable(db, 'postings').toArray()).filter(
      (p) => p.status === 'published' && p.validUntil >= TODAY && !p.deleted,
    );
    expect(count()).toBe(open.length);
    await userEvent.type(screen.getByRole('searchbox', { name: '搜索岗位' }), 'bj');
    await waitFor(() => {
      expect(count()).toBeLessThan(open.length);
    });
    expect(count()).toBeGreaterThan(0);
    const list = screen.getByRole('region', { name: '零工岗位' });
    expect(within(list).getAllByRole('button').length).toBeGreaterThan(0);
  });

  it('offers to widen the filters when nothing matches, and widening brings jobs back', async () => {
    await openJobs();
    await userEvent.type(screen.getByRole('searchbox', { name: '搜索岗位' }), 'qqqq');
    expect(await screen.findByText('没有找到符合条件的岗位')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /不限关键词/ }));
    await waitFor(() => {
      expect(count()).toBeGreaterThan(0);
    });
    expect(screen.getByRole('searchbox', { name: '搜索岗位' })).toHaveValue('');
  });

  it('opens a card as the full posting with a masked contact and a phone QR, and back keeps the search', async () => {
    const { db } = await openJobs();
    await userEvent.click(screen.getByRole('button', { name: '日结' }));
    const before = count();
    const list = screen.getByRole('region', { name: '零工岗位' });
    const first = within(list).getAllByRole('button')[0];
    if (first === undefined) throw new Error('no card');
    await userEvent.click(first);
    const heading = await screen.findByRole('heading', { level: 2 });
    const sameTitle = (await recordTable(db, 'postings').toArray()).filter((p) => p.title === heading.textContent);
    expect(sameTitle.length).toBeGreaterThan(0);
    for (const label of ['职业（工种）', '技能要求', '工作地点', '工作时长', '工作内容', '薪资待遇', '计酬方式']) {
      expect(screen.getByText(label)).toBeInTheDocument();
    }
    const shown = document.body.textContent;
    expect(sameTitle.some((p) => shown.includes(maskPhone(p.contact.phone)))).toBe(true);
    for (const p of sameTitle) expect(shown).not.toContain(p.contact.phone);
    expect(await screen.findByRole('img', { name: /手机页面二维码/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '上一步' }));
    await screen.findByText(/^找到 \d+ 个岗位$/);
    expect(count()).toBe(before);
    expect(screen.getByRole('button', { name: '日结' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('switches the whole document to elder sizes and back', async () => {
    await openJobs();
    await userEvent.click(screen.getByRole('button', { name: '长辈模式：关' }));
    expect(document.documentElement.dataset.kioskMode).toBe('elder');
    await userEvent.click(screen.getByRole('button', { name: '长辈模式：开' }));
    expect(document.documentElement.dataset.kioskMode).toBeUndefined();
  });

  it("opens 政策与补贴 as the policy page of the store, with the market's job fairs", async () => {
    await openJobs();
    await userEvent.click(screen.getByRole('button', { name: '返回首页' }));
    await userEvent.click(screen.getByRole('button', { name: '政策与补贴' }));
    expect(await screen.findByRole('heading', { name: '政策与补贴' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '专场招聘' })).toBeInTheDocument();
  });

  it(
    '我要报名 from a posting: a 即时快招 ticket with the job on the slip, its print state shown, an Application stored',
    { timeout: 20_000 },
    async () => {
      const { db } = await openJobs();
      const list = screen.getByRole('region', { name: '零工岗位' });
      const first = within(list).getAllByRole('button')[0];
      if (first === undefined) throw new Error('no card');
      await userEvent.click(first);
      const title = (await screen.findByRole('heading', { level: 2 })).textContent;
      await userEvent.click(screen.getByRole('button', { name: '我要报名' }));
      // Back from the priority step returns to the posting, not home.
      await userEvent.click(await screen.findByRole('button', { name: '上一步' }));
      expect(await screen.findByRole('heading', { level: 2, name: title })).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: '我要报名' }));
      await userEvent.click(await screen.findByRole('button', { name: '都不是' }));
      expect(await screen.findByTestId('slip-job')).toHaveTextContent(title);
      expect(screen.getByTestId('ticket-number').textContent).toMatch(/^C\d{3}$/);
      expect(screen.getByTestId('print-state')).toHaveTextContent('打印状态：未打印');
      const applications = await recordTable(db, 'applications').toArray();
      expect(applications).toHaveLength(1);
      const ticket = await recordTable(db, 'tickets').get(applications[0]?.ticketId ?? '');
      expect(ticket?.context).toEqual({ postingId: applications[0]?.postingId, applicationId: applications[0]?.id });
    },
  );
});
