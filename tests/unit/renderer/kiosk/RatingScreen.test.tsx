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

describe('kiosk 服务评价', { timeout: 20_000 }, () => {
  it('saves three levels and the chips that fit them, anonymous, only once all three are chosen', async () => {
    const kiosk = await startKiosk();
    dbs.push(kiosk.db);
    await userEvent.click(screen.getByRole('button', { name: '服务评价' }));
    const submit = await screen.findByRole('button', { name: '提交评价' });
    const env = screen.getByRole('group', { name: '服务环境' });
    const proc = screen.getByRole('group', { name: '服务过程' });
    const res = screen.getByRole('group', { name: '服务结果' });
    await userEvent.click(within(env).getByRole('button', { name: '非常满意' }));
    await userEvent.click(within(env).getByRole('button', { name: '大厅整洁' }));
    await userEvent.click(within(proc).getByRole('button', { name: '不满意' }));
    await userEvent.click(within(proc).getByRole('button', { name: '等太久' }));
    // A complaint chip goes when the level turns to praise.
    await userEvent.click(within(proc).getByRole('button', { name: '满意' }));
    expect(within(proc).queryByRole('button', { name: '等太久' })).toBeNull();
    expect(submit).toBeDisabled();
    await userEvent.click(within(res).getByRole('button', { name: '一般' }));
    await userEvent.click(submit);
    expect(await screen.findByText('谢谢您的评价！')).toBeInTheDocument();
    const [rating] = await recordTable(kiosk.db, 'surveyResponses').toArray();
    expect(rating).toMatchObject({ environment: 5, process: 4, result: 3, reasons: ['clean_hall'], ticketId: null });
    expect(rating).not.toHaveProperty('phone');
  });
});
