// What the caller screens take from outside beyond the terminal context: the
// claim transport, the storage for window choice and PIN lockouts, and the
// idle time before the window locks. The real ones by default; tests and
// special set-ups provide their own.
import { createContext, useContext, type ReactNode } from 'react';
import type { ClaimTransport } from '../../sync/client/queue-claim';

export interface CallerServices {
  readonly claims?: ClaimTransport;
  readonly storage?: Storage;
  /** Inactivity before the window locks itself (default 5 minutes). */
  readonly idleMs?: number;
}

const CallerServicesContext = createContext<CallerServices>({});

export function CallerServicesProvider({ value, children }: { value: CallerServices; children: ReactNode }) {
  return <CallerServicesContext.Provider value={value}>{children}</CallerServicesContext.Provider>;
}

export function useCallerServices(): CallerServices {
  return useContext(CallerServicesContext);
}
