import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PIN_PAD_IDLE_MS, StaffExit } from '../../../../../renderer/app/staff-exit/StaffExit';
import { I18nProvider } from '../../../../../renderer/i18n';
import { installShell, removeShell } from '../fake-shell';

function renderExit() {
  return render(
    <I18nProvider>
      <StaffExit />
    </I18nProvider>,
  );
}

/** One tap at (x, y), then `afterMs` of time passing. */
function tap(x = 20, y = 20, afterMs = 400) {
  fireEvent.pointerDown(document.body, { clientX: x, clientY: y });
  act(() => {
    vi.advanceTimersByTime(afterMs);
  });
}

function fiveCornerTaps() {
  for (let i = 0; i < 5; i++) tap();
}

function typePin(pin: string) {
  const pad = screen.getByRole('group', { name: 'PIN 数字键盘' });
  for (const d of pin) fireEvent.click(within(pad).getByRole('button', { name: d }));
}

/** Let the mocked IPC promise settle and React apply what follows. */
async function settle() {
  await act(async () => {
    await Promise.resolve();
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  removeShell();
});

describe('the staff exit', () => {
  it('does nothing in a browser, where there is no shell to exit', () => {
    renderExit();
    fiveCornerTaps();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens the PIN pad on five taps in the top-left corner within 3 s, not when slower or elsewhere', () => {
    installShell();
    renderExit();
    for (let i = 0; i < 5; i++) tap(20, 20, 800);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    for (let i = 0; i < 5; i++) tap(1800, 20);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    fiveCornerTaps();
    expect(screen.getByRole('dialog', { name: '管理员操作' })).toBeInTheDocument();
    expect(screen.getByText('请输入管理 PIN')).toBeInTheDocument();
  });

  it('checks the PIN with main, then offers exit, reload and config and sends the chosen one', async () => {
    const shell = installShell();
    shell.staffExit
      .mockResolvedValueOnce({ ok: true, action: 'verify' })
      .mockResolvedValueOnce({ ok: true, action: 'reload' });
    renderExit();
    fiveCornerTaps();
    expect(screen.getByRole('button', { name: '确定' })).toBeDisabled();
    typePin('246810');
    expect(screen.getByText('已输入 6 位')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    await settle();
    expect(shell.staffExit).toHaveBeenLastCalledWith({ pin: '246810', action: 'verify' });
    for (const name of ['退出程序', '重新加载', '查看配置']) expect(screen.getByRole('button', { name })).toBeEnabled();
    fireEvent.click(screen.getByRole('button', { name: '重新加载' }));
    await settle();
    expect(shell.staffExit).toHaveBeenLastCalledWith({ pin: '246810', action: 'reload' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says a PIN is wrong, or locked with the wait, and clears the pad for another try', async () => {
    const shell = installShell();
    shell.staffExit
      .mockResolvedValueOnce({
        ok: false,
        reason: 'wrong-pin',
        retryAfterSeconds: null,
        message: { zh: 'PIN 不正确', en: 'Wrong PIN' },
      })
      .mockResolvedValueOnce({
        ok: false,
        reason: 'locked',
        retryAfterSeconds: 300,
        message: { zh: '锁定', en: 'locked' },
      });
    renderExit();
    fiveCornerTaps();
    typePin('111111');
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent('PIN 不正确');
    expect(screen.getByText('已输入 0 位')).toBeInTheDocument();
    typePin('222222');
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent('请 300 秒后再试');
    expect(screen.queryByRole('button', { name: '退出程序' })).not.toBeInTheDocument();
  });

  it('reports a refused IPC call instead of hanging on "checking"', async () => {
    const shell = installShell();
    shell.staffExit.mockRejectedValueOnce(new Error('IPC request refused on gig:staff:exit: sender frame not allowed'));
    renderExit();
    fiveCornerTaps();
    typePin('246810');
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent('操作失败：IPC request refused');
  });

  it('closes an abandoned PIN pad after 30 s, counting from the last key pressed', () => {
    installShell();
    renderExit();
    fiveCornerTaps();
    act(() => {
      vi.advanceTimersByTime(PIN_PAD_IDLE_MS - 1000);
    });
    typePin('1');
    act(() => {
      vi.advanceTimersByTime(PIN_PAD_IDLE_MS - 1000);
    });
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes on cancel without calling main', () => {
    const shell = installShell();
    renderExit();
    fiveCornerTaps();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(shell.staffExit).not.toHaveBeenCalled();
  });
});
