// The contract between the window's frame and its work areas (issue 11): the
// frame owns which area shows and its shortcut; an area owns its own flow (a
// renderer/state/window-*.ts machine) and reads the local store itself.
// Areas are built in parallel, so this shape is the one thing they share.
import type { Market } from '../../../domain/records/market';
import type { CallerTicket, CallerWindow } from '../../state/caller-machine';
import type { StaffIdentity } from '../../state/staff-session-machine';

/** Every work area of the window, in the order of their shortcuts (Alt+1 … Alt+7). */
export const WORK_AREA_IDS = ['current', 'employers', 'postings', 'review', 'seekers', 'ledger', 'today'] as const;
export type WorkAreaId = (typeof WORK_AREA_IDS)[number];

export interface WorkAreaProps {
  readonly market: Market;
  /** The staff member logged in: collector, reviewer or publisher of what this area records. */
  readonly staff: StaffIdentity;
  readonly window: CallerWindow;
  /** The ticket at this window now (called or serving), or null. */
  readonly current: CallerTicket | null;
  /** Ask the frame to show another area, e.g. 审核 after a warned posting is submitted. */
  readonly goTo: (area: WorkAreaId) => void;
}
