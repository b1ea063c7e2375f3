import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/App';
import { generateDemoMarket } from '../../../../domain/demo/generate';
import { DEMO_SEED, demoRecords } from '../../../../domain/demo/records';
import { applyRemoteChanges } from '../../../../renderer/db/outbox';
import { TerminalProvider } from '../../../../renderer/app/terminal-context';
import { openTerminalDb, type TerminalDb } from '../../../../renderer/db/database';
import { I18nProvider } from '../../../../renderer/i18n';

const NOW = Date.parse('2026-11-26T02:00:00.000Z');
const DEVICE = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
let dbs: TerminalDb[] = [];
let counter = 0;

async function demoDb(): Promise<TerminalDb> {
  const db = await openTerminalDb(`app-test-${String(counter++)}`);
  dbs.push(db);
  // As a terminal's first pull from the embedded server would bring it.
  const demo = generateDemoMarket({ seed: DEMO_SEED, today: '2026-11-26', nowMillis: NOW });
  await applyRemoteChanges(db, { deviceId: DEVICE, now: () => NOW }, demoRecords(demo), { value: '1', epoch: 'e' });
  return db;
}

function renderAt(hash: string, db: TerminalDb) {
  window.location.hash = hash;
  return render(
    <I18nProvider>
      <TerminalProvider value={{ db, now: () => NOW }}>
        <App />
      </TerminalProvider>
    </I18nProvider>,
  );
}

afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

describe('App', () => {
  it('shows the kiosk of the demo market on its attract screen, its tiles one tap on, and the rights hotline', async () => {
    renderAt('#/kiosk', await demoDb());
    expect(await screen.findByRole('heading', { level: 1, name: /零工市场 · 自助查询机$/ })).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: '点击屏幕开始' }));
    const tiles = await screen.findAllByRole('listitem');
    expect(tiles.length).toBeGreaterThanOrEqual(10);
    expect(within(screen.getByRole('contentinfo')).getByText('12333')).toBeInTheDocument();
  });

  it('offers the three roles when the address names none', async () => {
    renderAt('', await demoDb());
    for (const name of ['自助查询机', '信息发布大屏', '窗口叫号']) {
      expect(await screen.findByRole('link', { name })).toHaveAttribute('href', expect.stringMatching(/^#\//));
    }
  });

  it('switches every string to English and back', async () => {
    renderAt('#/display', await demoDb());
    await screen.findByRole('heading', { level: 1, name: /信息发布大屏$/ });
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Lobby display$/ })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Rights protection hotline');
    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: /信息发布大屏$/ })).toBeInTheDocument();
  });

  it('asks to be enrolled when the terminal has no sync credentials', async () => {
    const db = await demoDb();
    window.location.hash = '#/kiosk';
    render(
      <I18nProvider>
        <TerminalProvider value={{ db, now: () => NOW, engine: null }}>
          <App />
        </TerminalProvider>
      </I18nProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: '终端注册' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '注册' })).toBeDisabled();
    await userEvent.type(screen.getByRole('textbox', { name: '注册码' }), 'ABCD-EFGH-JKLM-NPQR');
    expect(screen.getByRole('button', { name: '注册' })).toBeEnabled();
  });

  it('says plainly when the store holds no market yet', async () => {
    const db = await openTerminalDb(`app-test-${String(counter++)}`);
    dbs.push(db);
    renderAt('#/caller', db);
    expect(await screen.findByRole('alert')).toHaveTextContent('本终端尚未获得市场数据');
  });
});
