// Which work areas this build has: one line per area. An area without a line
// has no tab and its Alt+digit does nothing (no placeholder screen); each
// area's helper adds its own line when the area exists.
import type { ComponentType } from 'react';
import { CurrentArea } from './current/CurrentArea';
import { WORK_AREA_IDS, type WorkAreaId, type WorkAreaProps } from './work-area';

export const WORK_AREAS: Readonly<Partial<Record<WorkAreaId, ComponentType<WorkAreaProps>>>> = {
  current: CurrentArea,
};

/** The areas that exist, in WORK_AREA_IDS order (their shortcut order). */
export function registeredAreas(
  registry: Readonly<Partial<Record<WorkAreaId, ComponentType<WorkAreaProps>>>> = WORK_AREAS,
): WorkAreaId[] {
  return WORK_AREA_IDS.filter((id) => registry[id] !== undefined);
}
