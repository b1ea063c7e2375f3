import type { Session } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { allowListFor } from '../../../electron/navigation';
import { applyPermissionPolicy, isPermissionAllowed, ROLE_PERMISSIONS } from '../../../electron/permissions';
import { fakeEvent } from './fakes';

const allow = allowListFor(['app://renderer/index.html']);

type RequestHandler = (
  contents: { getURL(): string },
  permission: string,
  cb: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string) => boolean;

class FakeSession extends EventEmitter {
  request: RequestHandler | null = null;
  check: CheckHandler | null = null;
  device: (() => boolean) | null = null;
  setPermissionRequestHandler(h: RequestHandler) {
    this.request = h;
  }
  setPermissionCheckHandler(h: CheckHandler) {
    this.check = h;
  }
  setDevicePermissionHandler(h: () => boolean) {
    this.device = h;
  }
}

describe('permissions', () => {
  it('grants nothing to any role today', () => {
    for (const role of ['kiosk', 'display', 'caller'] as const) expect(ROLE_PERMISSIONS[role].size).toBe(0);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', 'unknown'])(
    'denies %s on our own origin, for every role',
    (permission) => {
      for (const role of ['kiosk', 'display', 'caller'] as const) {
        expect(isPermissionAllowed(role, permission, 'app://renderer/index.html', allow)).toBe(false);
      }
    },
  );

  it('denies even a granted permission to another origin', () => {
    const table = { ...ROLE_PERMISSIONS, display: new Set(['speaker-selection']) };
    expect(isPermissionAllowed('display', 'speaker-selection', 'app://renderer/index.html', allow, table)).toBe(true);
    expect(isPermissionAllowed('display', 'speaker-selection', 'https://evil.example', allow, table)).toBe(false);
    expect(isPermissionAllowed('kiosk', 'speaker-selection', 'app://renderer/index.html', allow, table)).toBe(false);
  });

  it('installs request, check and device handlers that deny, and cancels device pickers', () => {
    const session = new FakeSession();
    applyPermissionPolicy(session as unknown as Session, 'display', allow);
    const answers: boolean[] = [];
    session.request?.({ getURL: () => 'app://renderer/index.html' }, 'media', (g) => answers.push(g), {
      requestingUrl: '',
    });
    session.request?.({ getURL: () => '' }, 'notifications', (g) => answers.push(g), {
      requestingUrl: 'app://renderer/index.html',
    });
    expect(answers).toEqual([false, false]);
    expect(session.check?.(null, 'media', 'app://renderer')).toBe(false);
    expect(session.device?.()).toBe(false);
    for (const name of ['select-hid-device', 'select-usb-device']) {
      const ev = fakeEvent();
      const picked: unknown[] = [];
      session.emit(name, ev, {}, (id: unknown) => picked.push(id));
      expect(ev.defaultPrevented).toBe(true);
      expect(picked).toEqual(['']);
    }
    const ev = fakeEvent();
    const picked: unknown[] = [];
    session.emit('select-serial-port', ev, [], {}, (id: unknown) => picked.push(id));
    expect(ev.defaultPrevented && picked).toEqual(['']);
  });
});
