import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DiskBanner } from '../../../../renderer/app/DiskBanner';
import { HEALTHY, TerminalHealthProvider, useTerminalHealth } from '../../../../renderer/app/use-terminal-health';
import { FULL_DISK, installShell, OK_DISK, removeShell } from './fake-shell';

const wrapper = ({ children }: { children: ReactNode }) => <TerminalHealthProvider>{children}</TerminalHealthProvider>;

function health(disk: typeof OK_DISK) {
  return { disk, recentReloads: 0, nextRestartAt: null, uptimeSeconds: 1 };
}

afterEach(() => {
  removeShell();
});

describe('useTerminalHealth', () => {
  it('lets tickets be issued where nothing says otherwise: no provider, or a browser without the shell', () => {
    expect(renderHook(() => useTerminalHealth()).result.current).toEqual(HEALTHY);
    expect(renderHook(() => useTerminalHealth(), { wrapper }).result.current).toEqual(HEALTHY);
  });

  it('reads the shell’s health at start, then follows the disk guard’s pushes both ways', async () => {
    const shell = installShell();
    shell.getHealth.mockResolvedValue(health(FULL_DISK));
    const { result } = renderHook(() => useTerminalHealth(), { wrapper });
    await act(async () => {
      await Promise.resolve();
    });
    expect(result.current).toEqual({ canIssueTickets: false, disk: FULL_DISK });
    act(() => {
      shell.pushDisk(OK_DISK);
    });
    expect(result.current.canIssueTickets).toBe(true);
    act(() => {
      shell.pushDisk(FULL_DISK);
    });
    expect(result.current.canIssueTickets).toBe(false);
  });

  it('keeps a push that arrives before the start-up answer, which is older', async () => {
    const shell = installShell();
    let answer: (value: ReturnType<typeof health>) => void = () => undefined;
    shell.getHealth.mockReturnValue(
      new Promise((resolve) => {
        answer = resolve;
      }),
    );
    const { result } = renderHook(() => useTerminalHealth(), { wrapper });
    act(() => {
      shell.pushDisk(FULL_DISK);
    });
    await act(async () => {
      answer(health(OK_DISK));
      await Promise.resolve();
    });
    expect(result.current.canIssueTickets).toBe(false);
  });

  it('stops listening when unmounted', () => {
    const shell = installShell();
    const off = vi.fn();
    shell.onDiskStatus.mockReturnValue(off);
    const { unmount } = renderHook(() => useTerminalHealth(), { wrapper });
    expect(off).not.toHaveBeenCalled();
    unmount();
    expect(off).toHaveBeenCalledTimes(1);
  });
});

describe('the disk banner', () => {
  it('shows nothing while tickets may be issued', () => {
    installShell();
    render(
      <TerminalHealthProvider>
        <DiskBanner />
      </TerminalHealthProvider>,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says in Chinese and English that numbers are paused, with the free space, while the disk is full', async () => {
    const shell = installShell();
    render(
      <TerminalHealthProvider>
        <DiskBanner />
      </TerminalHealthProvider>,
    );
    await act(async () => {
      await Promise.resolve();
    });
    act(() => {
      shell.pushDisk(FULL_DISK);
    });
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent('磁盘空间不足，本机已暂停取号');
    expect(banner).toHaveTextContent('this terminal has stopped issuing numbers');
    expect(banner).toHaveTextContent('剩余空间 300 MB · 300 MB free');
    act(() => {
      shell.pushDisk(OK_DISK);
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
