// What every screen of a terminal shares: its local database, its device
// context and sync engine (null until the terminal is enrolled), and the time
// source (injected so tests can fix "today").
import { createContext, useContext, type ReactNode } from 'react';
import type { SyncEngine } from '../../sync/client';
import type { TerminalDb } from '../db/database';
import type { DeviceContext } from '../db/device';

export interface Terminal {
  readonly db: TerminalDb;
  readonly now: () => number;
  readonly ctx?: DeviceContext | null;
  /** The sync engine; null while the terminal is not enrolled; absent where nothing syncs (component tests). */
  readonly engine?: SyncEngine | null;
}

const TerminalContext = createContext<Terminal | null>(null);

export function TerminalProvider({ value, children }: { value: Terminal; children: ReactNode }) {
  return <TerminalContext.Provider value={value}>{children}</TerminalContext.Provider>;
}

export function useTerminal(): Terminal {
  const t = useContext(TerminalContext);
  if (!t) throw new Error('useTerminal outside TerminalProvider');
  return t;
}
