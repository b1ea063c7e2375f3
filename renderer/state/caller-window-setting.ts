// Which window this caller is, and which lanes it serves.
//
// The market's Terminal records (role caller, windowNumber, lanes) are the
// truth about windows. An enrolled device has its own device id, which need
// not be the id of any Terminal record (the demo's records are made by the
// seed, not by enrolment). So: (a) a Terminal record whose id is this device's
// id wins; (b) otherwise staff pick the window number once, at first login,
// and it is kept in localStorage beside the terminal's database. Only the
// number is kept, never the lanes: those are read from the Terminal record of
// that window each time, so an administrator's change to a window's lanes
// reaches the caller with the next pull.
import { z } from 'zod';
import { windowsFromTerminals, type WindowLanes } from '../../domain/queue/config';
import type { Terminal } from '../../domain/records/market';

export interface ResolvedWindow {
  readonly windowNumber: number;
  readonly lanes: readonly string[];
  /** Where it came from: this device's own record, or the local choice. */
  readonly source: 'terminal-record' | 'local-setting';
}

const settingSchema = z.object({ windowNumber: z.number().int().min(1).max(99) });
const key = (dbName: string) => `gig-kiosk:caller-window:${dbName}`;

export function loadWindowSetting(dbName: string, storage: Storage = localStorage): number | null {
  const saved = storage.getItem(key(dbName));
  if (saved === null) return null;
  try {
    const parsed = settingSchema.safeParse(JSON.parse(saved));
    return parsed.success ? parsed.data.windowNumber : null;
  } catch {
    // An unreadable setting is as good as none: staff pick the window again.
    return null;
  }
}

export function saveWindowSetting(dbName: string, windowNumber: number, storage: Storage = localStorage): void {
  storage.setItem(key(dbName), JSON.stringify(settingSchema.parse({ windowNumber })));
}

/** The windows staff may pick from: the market's callers, one entry per number (lanes merged). */
export function windowChoices(terminals: readonly Terminal[]): WindowLanes[] {
  const byNumber = new Map<number, Set<string>>();
  for (const w of windowsFromTerminals(terminals)) {
    const lanes = byNumber.get(w.number) ?? new Set<string>();
    for (const lane of w.lanes) lanes.add(lane);
    byNumber.set(w.number, lanes);
  }
  return [...byNumber.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, lanes]) => ({ number, lanes: [...lanes].sort() }));
}

export function resolveWindow(
  terminals: readonly Terminal[],
  deviceId: string | null,
  setting: number | null,
): ResolvedWindow | null {
  const own = terminals.find((t) => t.id === deviceId && t.role === 'caller' && !t.deleted && !t.revoked);
  if (own !== undefined && own.windowNumber !== null) {
    return { windowNumber: own.windowNumber, lanes: [...own.lanes].sort(), source: 'terminal-record' };
  }
  if (setting === null) return null;
  const chosen = windowChoices(terminals).find((w) => w.number === setting);
  return chosen === undefined ? null : { windowNumber: chosen.number, lanes: chosen.lanes, source: 'local-setting' };
}
