import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { recordTable, type TerminalDb } from '../../../../renderer/db/database';
import { startKiosk } from './start-kiosk';

let dbs: TerminalDb[] = [];
afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

async function openRecommend() {
  const kiosk = await startKiosk();
  dbs.push(kiosk.db);
  await userEvent.click(screen.getByRole('button', { name: '为你推荐' }));
  await screen.findByRole('heading', { name: '为你推荐' });
  return kiosk;
}

describe('kiosk 为你推荐', { timeout: 20_000 }, () => {
  it('lists no job until a quick profile is tapped, then ranked jobs each with its reasons', async () => {
    await openRecommend();
    expect(screen.queryByRole('button', { name: '我要报名' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '保洁家政' }));
    await screen.findByText(/^为您找到 \d+ 个合适的岗位$/);
    const cards = screen.getAllByRole('article');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const reasons = within(card).getByRole('list', { name: '推荐理由' });
      expect(reasons.textContent).toMatch(/工种相符/);
    }
  });

  it(
    '我要报名 on a recommendation takes the 即时快招 ticket for that job, and 上一步 returns to the list',
    {
      timeout: 20_000,
    },
    async () => {
      const { db } = await openRecommend();
      await userEvent.click(screen.getByRole('button', { name: '附近日结零工' }));
      const first = (await screen.findAllByRole('article'))[0];
      if (first === undefined) throw new Error('no recommendation');
      const title = within(first).getByRole('heading', { level: 3 }).textContent;
      await userEvent.click(within(first).getByRole('button', { name: '我要报名' }));
      await userEvent.click(await screen.findByRole('button', { name: '上一步' }));
      expect(await screen.findByRole('heading', { name: '为你推荐' })).toBeInTheDocument();
      const again = (await screen.findAllByRole('article'))[0];
      if (again === undefined) throw new Error('the list was not kept');
      await userEvent.click(within(again).getByRole('button', { name: '我要报名' }));
      await userEvent.click(await screen.findByRole('button', { name: '都不是' }));
      expect(await screen.findByTestId('slip-job')).toHaveTextContent(title);
      const applications = await recordTable(db, 'applications').toArray();
      expect(applications).toHaveLength(1);
    },
  );
});
