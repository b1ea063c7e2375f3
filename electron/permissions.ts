// Main process. Web permissions deny by default. A role gets a permission only
// when its table entry names it AND the request comes from an allowed origin.
// Today no role needs any: reading aloud (speechSynthesis) and the display's
// chime need no permission (autoplay is a webPreference, see window.ts), the
// window is already full screen, and no terminal uses camera, microphone
// ('media'), location, notifications, clipboard or USB/serial/HID from the page.
import type { Session } from 'electron';
import type { TerminalRole } from '../domain/records/market';
import { isAllowedUrl, type AllowList } from './navigation';

/** Permissions a role may be granted. Empty on purpose; add one here, with its reason, when a screen needs it. */
export const ROLE_PERMISSIONS: Readonly<Record<TerminalRole, ReadonlySet<string>>> = {
  kiosk: new Set<string>(),
  display: new Set<string>(),
  caller: new Set<string>(),
};

/** Pure decision shared by the request and the check handler. */
export function isPermissionAllowed(
  role: TerminalRole,
  permission: string,
  origin: string,
  allow: AllowList,
  table: Readonly<Record<TerminalRole, ReadonlySet<string>>> = ROLE_PERMISSIONS,
): boolean {
  if (!table[role].has(permission)) return false;
  return isAllowedUrl(origin, allow);
}

/**
 * Install the handlers on the session the window uses. Both are needed: most
 * web APIs check first and only then request (Electron docs,
 * `setPermissionCheckHandler`). Device pickers (HID, USB, serial, Bluetooth)
 * are refused too.
 */
export function applyPermissionPolicy(session: Session, role: TerminalRole, allow: AllowList): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    // requestingUrl is the frame asking; fall back to the page's URL.
    const origin = details.requestingUrl || contents.getURL();
    callback(isPermissionAllowed(role, permission, origin, allow));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(role, permission, requestingOrigin, allow),
  );
  session.setDevicePermissionHandler(() => false);
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
}
