// Every user-facing string of the renderer. Add an area's file to AREAS; a
// key defined in two areas is an error (tests/unit/renderer/i18n).
import type { Message } from './define';
import { caller } from './messages/caller';
import { common } from './messages/common';
import { display } from './messages/display';
import { help } from './messages/help';
import { kiosk } from './messages/kiosk';
import { kioskServices } from './messages/kiosk-services';
import { shell } from './messages/shell';
import { storage } from './messages/storage';
import { sync } from './messages/sync';
import { windowFrame } from './messages/window';
import { windowDesk } from './messages/window-desk';

export const AREAS = {
  common,
  sync,
  kiosk,
  kioskServices,
  caller,
  display,
  shell,
  help,
  storage,
  windowFrame,
  windowDesk,
} as const;

type Areas = typeof AREAS;
type UnionOf<T> = T[keyof T];
type MergedKeys = UnionOf<{ [A in keyof Areas]: keyof Areas[A] }>;
export type MessageKey = Extract<MergedKeys, string>;

export const CATALOGUE: Readonly<Record<MessageKey, Message>> = Object.assign({}, ...Object.values(AREAS)) as Record<
  MessageKey,
  Message
>;
