// The terminal's health as the Electron shell reports it: today the disk
// guard, whose `canIssueTickets: false` means the kiosk must stop handing out
// numbers before the disk fills (DESIGN §6). Read once at start (getHealth),
// then kept current by main's pushes (onDiskStatus). In a browser, and in
// component tests with no provider, tickets may always be issued: there is no
// shell to say otherwise, and a write that fails still fails loudly.
import { createContext, createElement, useContext, useEffect, useState, type ReactNode } from 'react';
import type { DiskStatus, GigKioskApi } from '../../electron/ipc-contract';

export interface TerminalHealth {
  /** False only when the shell says the disk is nearly full. */
  readonly canIssueTickets: boolean;
  /** The last disk status from the shell; null in a browser or before the first answer. */
  readonly disk: DiskStatus | null;
}

export const HEALTHY: TerminalHealth = { canIssueTickets: true, disk: null };

const TerminalHealthContext = createContext<TerminalHealth>(HEALTHY);

function shellApi(win: Window): GigKioskApi | null {
  return 'gigKiosk' in win && win.gigKiosk !== undefined ? win.gigKiosk : null;
}

/** Follows the shell's disk status; stays HEALTHY outside the shell. */
export function useShellHealth(win: Window = window): TerminalHealth {
  const [health, setHealth] = useState<TerminalHealth>(HEALTHY);
  useEffect(() => {
    const api = shellApi(win);
    if (api === null) return undefined;
    let live = true;
    // A push is newer than the answer to a request that was sent before it arrived.
    let pushed = false;
    const apply = (disk: DiskStatus) => {
      if (live) setHealth({ canIssueTickets: disk.canIssueTickets, disk });
    };
    const off = api.onDiskStatus((disk) => {
      pushed = true;
      apply(disk);
    });
    api.getHealth().then(
      (h) => {
        if (!pushed) apply(h.disk);
      },
      (error: unknown) => {
        // The next push from the disk guard still arrives; until then the screens carry on as before.
        console.warn(`读取终端状态失败 / cannot read the terminal health: ${String(error)}`);
      },
    );
    return () => {
      live = false;
      off();
    };
  }, [win]);
  return health;
}

/** Mounted once by App; every screen below reads the same health. */
export function TerminalHealthProvider({ children, win }: { children: ReactNode; win?: Window }) {
  const health = useShellHealth(win);
  return createElement(TerminalHealthContext.Provider, { value: health }, children);
}

/** What a screen reads: `useTerminalHealth().canIssueTickets` gates the kiosk's "take a number". */
export function useTerminalHealth(): TerminalHealth {
  return useContext(TerminalHealthContext);
}
