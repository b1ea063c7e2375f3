import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EnrolmentScreen } from '../../../../renderer/app/EnrolmentScreen';
import { TerminalProvider } from '../../../../renderer/app/terminal-context';
import { openTerminalDb, type TerminalDb } from '../../../../renderer/db/database';
import { I18nProvider } from '../../../../renderer/i18n';
import { CONFIG_MARKET, installShell, removeShell } from './fake-shell';

const DEVICE = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
const TOKEN = 'tok_'.padEnd(48, 'x');
let counter = 0;
let dbs: TerminalDb[] = [];

function stubEnrol(
  status = 200,
  body: unknown = { deviceId: DEVICE, token: TOKEN, marketId: CONFIG_MARKET, role: 'kiosk', epoch: 'e1' },
) {
  const fetch = vi.fn((_url: string, _init: RequestInit) =>
    Promise.resolve(new Response(JSON.stringify(body), { status })),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function renderScreen(onEnrolled = vi.fn()) {
  const db = await openTerminalDb(`enrol-screen-${String(counter++)}`);
  dbs.push(db);
  render(
    <I18nProvider>
      <TerminalProvider value={{ db, now: Date.now, engine: null }}>
        <EnrolmentScreen label="自助查询机" onEnrolled={onEnrolled} />
      </TerminalProvider>
    </I18nProvider>,
  );
  return { db, onEnrolled };
}

afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
  localStorage.clear();
  removeShell();
  vi.unstubAllGlobals();
});

describe('the enrolment screen', () => {
  it('inside the shell, enrols with the config’s server and hands the credentials to main', async () => {
    const fetch = stubEnrol();
    const shell = installShell();
    const { onEnrolled } = await renderScreen();
    await userEvent.type(screen.getByRole('textbox', { name: '注册码' }), 'ABCD-EFGH-JKLM-NPQR');
    await userEvent.click(screen.getByRole('button', { name: '注册' }));
    await vi.waitFor(() => {
      expect(onEnrolled).toHaveBeenCalled();
    });
    expect(fetch.mock.calls[0]?.[0]).toBe('http://10.0.0.2:8787/v1/enrol');
    expect(JSON.parse(fetch.mock.calls[0]?.[1].body as string)).toMatchObject({
      code: 'ABCD-EFGH-JKLM-NPQR',
      label: '自助查询机',
    });
    expect(shell.saveCredentials).toHaveBeenCalledWith(expect.objectContaining({ deviceId: DEVICE, role: 'kiosk' }));
    expect(localStorage.length).toBe(0);
  });

  it('shows main’s refusal and stays on the screen', async () => {
    stubEnrol();
    const shell = installShell();
    shell.saveCredentials.mockResolvedValue({
      ok: false,
      reason: 'wrong-market',
      message: { zh: '注册码属于另一个市场', en: 'The code belongs to another market' },
    });
    const { onEnrolled } = await renderScreen();
    await userEvent.type(screen.getByRole('textbox', { name: '注册码' }), 'ABCD-EFGH-JKLM-NPQR');
    await userEvent.click(screen.getByRole('button', { name: '注册' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('注册失败：注册码属于另一个市场');
    expect(onEnrolled).not.toHaveBeenCalled();
  });

  it('in a browser, enrols with the page’s own origin and keeps the credentials in localStorage', async () => {
    const fetch = stubEnrol();
    const { db, onEnrolled } = await renderScreen();
    await userEvent.type(screen.getByRole('textbox', { name: '注册码' }), 'ABCD-EFGH-JKLM-NPQR');
    await userEvent.click(screen.getByRole('button', { name: '注册' }));
    await vi.waitFor(() => {
      expect(onEnrolled).toHaveBeenCalled();
    });
    expect(fetch.mock.calls[0]?.[0]).toBe(`${window.location.origin}/v1/enrol`);
    expect(localStorage.getItem(`gig-kiosk:sync:${db.name}`)).toContain(DEVICE);
  });
});
