import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { displayFixture, event, renderDisplay, waitingTicket, type DisplayFixture } from './support';

let fixtures: DisplayFixture[] = [];

async function fixture(): Promise<DisplayFixture> {
  const f = await displayFixture();
  fixtures.push(f);
  return f;
}

afterEach(() => {
  for (const f of fixtures) f.db.close();
  fixtures = [];
});

const nowCalling = () => screen.getByRole('region', { name: '正在叫号' });

describe('DisplayBoard', () => {
  it('shows a called ticket very large in "now calling" with its window, and announces it once', async () => {
    const f = await fixture();
    const ticket = await waitingTicket(f, 'A', 23);
    await event(f, ticket, 'called', 2);
    renderDisplay(f);
    const current = await within(nowCalling()).findByRole('status');
    await waitFor(() => {
      expect(current).toHaveTextContent('A023');
    });
    expect(current).toHaveTextContent('2 号窗口');
    expect(within(current).getByLabelText('请 A023 号 到 2 号窗口 办理')).toHaveClass('call-flash');
    await waitFor(() => {
      expect(f.spoken.map((c) => [c.display, c.windowNumber])).toEqual([['A023', 2]]);
    });
  });

  it('puts a new call on top, moves the earlier one to the recent calls, and announces a recall again', async () => {
    const f = await fixture();
    const first = await waitingTicket(f, 'A', 1);
    const second = await waitingTicket(f, 'B', 1);
    await event(f, first, 'called', 1);
    renderDisplay(f);
    await waitFor(() => {
      expect(within(nowCalling()).getByRole('status')).toHaveTextContent('A001');
    });
    await event(f, second, 'called', 3);
    await waitFor(() => {
      expect(within(nowCalling()).getByRole('status')).toHaveTextContent('B001');
    });
    expect(within(nowCalling()).getByRole('list')).toHaveTextContent('A001 → 1 号窗口');
    await event(f, first, 'recalled', 1);
    await waitFor(() => {
      expect(within(nowCalling()).getByRole('status')).toHaveTextContent('A001');
    });
    await waitFor(() => {
      expect(f.spoken.map((c) => c.display)).toEqual(['A001', 'B001', 'A001']);
    });
  });

  it('shows how many wait for each service, by name with its lane letter, and the calling rule in words', async () => {
    const f = await fixture();
    await waitingTicket(f, 'A', 1);
    await waitingTicket(f, 'A', 2);
    const called = await waitingTicket(f, 'A', 3);
    await event(f, called, 'called', 1);
    await waitingTicket(f, 'C', 1);
    renderDisplay(f);
    const panel = screen.getByRole('region', { name: '等候人数' });
    await waitFor(() => {
      expect(within(panel).getByText('求职登记').closest('li')).toHaveTextContent('A求职登记2 人等候');
    });
    expect(within(panel).getByText('即时快招对接').closest('li')).toHaveTextContent('C即时快招对接1 人等候');
    expect(panel).toHaveTextContent('先叫 1 位优先号，再叫 2 位普通号');
  });

  it('says so when nobody has been called yet, and shows the job board, the job fairs and the notices', async () => {
    const f = await fixture();
    renderDisplay(f);
    expect(await within(nowCalling()).findByText('暂无叫号')).toBeInTheDocument();
    const jobs = screen.getByRole('region', { name: /零工岗位/ });
    await waitFor(() => {
      expect(within(jobs).getAllByRole('listitem').length).toBeGreaterThan(0);
    });
    expect(within(jobs).getAllByRole('listitem').length).toBeLessThanOrEqual(9);
    expect(screen.getByRole('region', { name: '近期专场招聘' })).toBeInTheDocument();
    const ticker = await screen.findByRole('region', { name: '通知公告' });
    expect(within(ticker).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('in English shows services, trades, districts, pay and job-fair dates in English, postings as written', async () => {
    const f = await fixture();
    await waitingTicket(f, 'A', 1);
    renderDisplay(f, {}, 'en');
    const panel = screen.getByRole('region', { name: 'Waiting' });
    await waitFor(() => {
      expect(panel).toHaveTextContent('Job-seeker registration');
    });
    expect(panel).toHaveTextContent('Priority tickets');
    const jobs = screen.getByRole('region', { name: /Gig jobs/ });
    await waitFor(() => {
      expect(within(jobs).getAllByRole('listitem').length).toBeGreaterThan(0);
    });
    const card = within(jobs).getAllByRole('listitem')[0];
    expect(card).toHaveTextContent(/CNY\/(hour|day|piece|task|month)/);
    expect(card).toHaveTextContent(/paid (daily|weekly|monthly|on completion)/);
    expect(card).not.toHaveTextContent(/元\/|日结|周结|月结/);
    const fairs = screen.getByRole('region', { name: /job fairs/i });
    await waitFor(() => {
      expect(fairs.querySelector('.fair-time')).not.toBeNull();
    });
    expect(fairs.querySelector('.fair-time')?.textContent).toMatch(/^\d{2}\/\d{2}, \d{2}:\d{2}/);
  });
});
