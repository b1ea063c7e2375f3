// The finish and transfer forms' fields: kept by the frame, because their keys
// (F4/F7 to open and confirm, digits and lane letters to choose) work from
// every work area.
import { useState } from 'react';
import type { FinishOutcome } from '../../state/caller-machine';

export type CallPanel = 'none' | 'finish' | 'transfer';

export interface CallForms {
  readonly panel: CallPanel;
  readonly outcome: FinishOutcome;
  readonly materials: string;
  readonly note: string;
  readonly toLane: string | null;
  readonly toWindow: number | null;
  setPanel(panel: CallPanel): void;
  setOutcome(outcome: FinishOutcome): void;
  setMaterials(text: string): void;
  setNote(text: string): void;
  /** Choosing another lane clears the window chosen for the last one. */
  setToLane(lane: string): void;
  setToWindow(window: number | null): void;
  openFinish(): void;
  openTransfer(): void;
}

export function useCallForms(): CallForms {
  const [panel, setPanel] = useState<CallPanel>('none');
  const [outcome, setOutcome] = useState<FinishOutcome>('completed');
  const [materials, setMaterials] = useState('');
  const [note, setNote] = useState('');
  const [toLane, setLane] = useState<string | null>(null);
  const [toWindow, setToWindow] = useState<number | null>(null);
  return {
    panel,
    outcome,
    materials,
    note,
    toLane,
    toWindow,
    setPanel,
    setOutcome,
    setMaterials,
    setNote,
    setToLane: (lane) => {
      setLane(lane);
      setToWindow(null);
    },
    setToWindow,
    openFinish: () => {
      setOutcome('completed');
      setMaterials('');
      setNote('');
      setPanel('finish');
    },
    openTransfer: () => {
      setLane(null);
      setToWindow(null);
      setPanel('transfer');
    },
  };
}
