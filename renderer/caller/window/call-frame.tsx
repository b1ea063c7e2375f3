// What the call panel knows and the 当前服务 area shows: the machine's view of
// the ticket at this window (it is ahead of the synced queue while a call is
// written), the queue and the market's services. Only the frame provides it.
import { createContext, useContext } from 'react';
import type { QueueService } from '../../../domain/queue/config';
import type { CallerTicket, CurrentTicket } from '../../state/caller-machine';

export type CallPhase = 'idle' | 'called' | 'serving' | 'busy';

export interface CallFrame {
  readonly phase: CallPhase;
  readonly current: CurrentTicket | null;
  readonly offline: boolean;
  readonly queue: readonly CallerTicket[] | undefined;
  readonly services: readonly QueueService[];
}

const CallFrameContext = createContext<CallFrame | null>(null);
export const CallFrameProvider = CallFrameContext.Provider;

/** The call state, for parts rendered inside the window's frame. */
export function useCallFrame(): CallFrame {
  const frame = useContext(CallFrameContext);
  if (frame === null) throw new Error('useCallFrame outside the window frame');
  return frame;
}

/** A lane's label in the current language. */
export function laneLabelOf(services: readonly QueueService[], lane: string, zh: boolean): string {
  const s = services.find((x) => x.lane === lane);
  return s === undefined ? lane : zh ? s.label : s.labelEn;
}
