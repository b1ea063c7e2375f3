import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { recordTable, type TerminalDb } from '../../../../renderer/db/database';
import { startKiosk } from './start-kiosk';

let dbs: TerminalDb[] = [];
afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

async function openRegister(idleMs?: number) {
  const kiosk = await startKiosk(idleMs === undefined ? {} : { idleMs, countdownSeconds: 1 });
  dbs.push(kiosk.db);
  await userEvent.click(screen.getByRole('button', { name: '求职登记' }));
  await screen.findByRole('region', { name: '个人信息告知' });
  return kiosk;
}

const next = () => userEvent.click(screen.getByRole('button', { name: /^下一步$|^不填，下一步$/ }));

async function tapDigits(digits: string) {
  for (const d of digits) await userEvent.click(screen.getByRole('button', { name: d }));
}

async function typeLetters(letters: string) {
  for (const l of letters) {
    const key = document.querySelector(`.kiosk-keyboard [data-skbtn="${l}"]`);
    if (!(key instanceof HTMLElement)) throw new Error(`no key ${l}`);
    await userEvent.click(key);
  }
}

describe('kiosk 求职登记', { timeout: 20_000 }, () => {
  it('goes no further than the notice until the seeker ticks it, and refuses a phone that is not a mobile', async () => {
    await openRegister();
    await next();
    expect(screen.getByRole('alert')).toHaveTextContent('请先勾选');
    await userEvent.click(screen.getByRole('checkbox', { name: '我已阅读并同意' }));
    await next();
    await tapDigits('0231234');
    await next();
    expect(screen.getByRole('alert')).toHaveTextContent('11 位手机号码');
  });

  it(
    'registers with the notice version, a mobile, a pinyin-typed name and trades, and never asks 婚育/民族/宗教',
    {
      timeout: 30_000,
    },
    async () => {
      const { db } = await openRegister();
      await userEvent.click(screen.getByRole('checkbox', { name: '我已阅读并同意' }));
      await next();
      await tapDigits('13800138000');
      expect(screen.getByTestId('typed')).toHaveTextContent('138 0013 8000');
      await next();
      await typeLetters('wang');
      await userEvent.click(screen.getAllByRole('button', { name: '王' })[0] as HTMLElement);
      await typeLetters('fang');
      await userEvent.click(screen.getAllByRole('button', { name: '芳' })[0] as HTMLElement);
      expect(screen.getByTestId('typed-name')).toHaveTextContent('王芳');
      await next();
      await userEvent.click(screen.getByRole('button', { name: '保洁' }));
      expect(document.body.textContent).not.toMatch(/婚|民族|宗教信仰/);
      await next();
      await userEvent.click(screen.getByRole('button', { name: '每天 200 元以上' }));
      await next();
      await next();
      expect(screen.getByText('王芳')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: '确认登记' }));
      expect(await screen.findByText('登记成功')).toBeInTheDocument();
      expect(await screen.findByRole('img', { name: '登记状态二维码' })).toBeInTheDocument();
      const [seeker] = await recordTable(db, 'seekers').toArray();
      expect(seeker).toMatchObject({
        name: '王芳',
        phone: '13800138000',
        skills: ['cleaning'],
        expectedPay: { amount: 200, unit: 'day', method: null },
        consent: { noticeVersion: '2026-11-v1' },
        registeredVia: 'kiosk',
      });
      expect(await db.outbox.filter((m) => m.args.table === 'seekers').count()).toBe(1);
    },
  );

  it(
    'an idle reset mid-registration leaves the typed digits nowhere: not on screen, not in the store',
    {
      timeout: 20_000,
    },
    async () => {
      const { db } = await openRegister(3_000);
      await userEvent.click(screen.getByRole('checkbox', { name: '我已阅读并同意' }));
      await next();
      await tapDigits('1390023');
      expect(screen.getByTestId('typed')).toHaveTextContent('139 0023');
      await act(() => new Promise((r) => setTimeout(r, 5_500)));
      expect(await screen.findByRole('button', { name: '点击屏幕开始' })).toBeInTheDocument();
      expect(document.body.textContent).not.toContain('0023');
      const everything = JSON.stringify([await recordTable(db, 'seekers').toArray(), await db.outbox.toArray()]);
      expect(everything).not.toContain('1390023');
    },
  );
});
