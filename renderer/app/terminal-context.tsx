// What every screen of a terminal shares: its local database and the time
// source (injected so tests can fix "today").
import { createContext, useContext, type ReactNode } from 'react';
import type { TerminalDb } from '../db/database';

export interface Terminal {
  readonly db: TerminalDb;
  readonly now: () => number;
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
