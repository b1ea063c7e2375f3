// The window's keyboard shortcuts (DESIGN §5: every call action has one; the
// screen works without a mouse). Electron takes F5, F11 and F12, and Tab is
// blocked in the kiosk window, so actions sit on F1–F4 and F6–F9, each also on
// Alt+letter; plain letters work too when no text field has the focus and no
// form is open (a form uses letters and digits for its own choices).
import { WORK_AREA_IDS, type WorkAreaId } from './areas/work-area';

export type CallerAction = 'next' | 'recall' | 'start' | 'finish' | 'noShow' | 'transfer' | 'callNumber' | 'lock';

export const SHORTCUTS: Readonly<Record<CallerAction, { readonly fkey: string; readonly letter: string }>> = {
  next: { fkey: 'F1', letter: 'n' },
  recall: { fkey: 'F2', letter: 'r' },
  start: { fkey: 'F3', letter: 's' },
  finish: { fkey: 'F4', letter: 'f' },
  noShow: { fkey: 'F6', letter: 'k' },
  transfer: { fkey: 'F7', letter: 't' },
  callNumber: { fkey: 'F8', letter: 'g' },
  lock: { fkey: 'F9', letter: 'l' },
};

export interface KeyLike {
  readonly key: string;
  readonly code?: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/** The action a key press asks for, or null. `plainAllowed`: no text field focused and no form open. */
export function actionForKey(e: KeyLike, plainAllowed: boolean): CallerAction | null {
  if (e.ctrlKey || e.metaKey) return null;
  for (const [action, keys] of Object.entries(SHORTCUTS) as [CallerAction, (typeof SHORTCUTS)[CallerAction]][]) {
    if (e.key === keys.fkey) return action;
    // With Alt, some layouts change e.key (macOS: Alt+N is a dead key), so read the physical key too.
    const letter = e.key.toLowerCase();
    const physical = e.code === `Key${keys.letter.toUpperCase()}`;
    if (e.altKey && (letter === keys.letter || physical)) return action;
    if (!e.altKey && plainAllowed && letter === keys.letter) return action;
  }
  return null;
}

/** The label shown on a button and announced (aria-keyshortcuts). */
export function shortcutLabel(action: CallerAction): { readonly shown: string; readonly aria: string } {
  const keys = SHORTCUTS[action];
  return { shown: keys.fkey, aria: `${keys.fkey} Alt+${keys.letter.toUpperCase()}` };
}

/**
 * The work area Alt+1 … Alt+7 asks for, in WORK_AREA_IDS order, or null. Only
 * with Alt: plain digits choose within the finish and transfer forms. The
 * physical key is read too, because Alt+digit types another character on some
 * layouts (macOS: Alt+1 is ¡).
 */
export function areaForKey(e: KeyLike): WorkAreaId | null {
  if (!e.altKey || e.ctrlKey || e.metaKey) return null;
  const digit = /^Digit([1-9])$/.exec(e.code ?? '')?.[1] ?? (/^[1-9]$/.test(e.key) ? e.key : null);
  if (digit === null) return null;
  return WORK_AREA_IDS[Number(digit) - 1] ?? null;
}

/** The label of an area's tab shortcut (Alt+1 for the first area). */
export function areaShortcut(area: WorkAreaId): string {
  return `Alt+${String(WORK_AREA_IDS.indexOf(area) + 1)}`;
}
