import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { allowListFor, guardNavigation, isAllowedUrl, isTrustedSender, originOf } from '../../../electron/navigation';
import { FakeWebContents, fakeEvent } from './fakes';

const prod = allowListFor(['app://renderer/index.html#/kiosk']);
const dev = allowListFor(['http://127.0.0.1:5173/#/kiosk']);

describe('isAllowedUrl', () => {
  it.each([
    ['app://renderer/index.html#/display', prod],
    ['app://renderer/assets/index-abc.js', prod],
    ['APP://RENDERER/index.html', prod],
    ['http://127.0.0.1:5173/#/caller', dev],
    ['http://127.0.0.1:5173/src/main.tsx?t=1', dev],
  ])('allows %s', (url, allow) => {
    expect(isAllowedUrl(url, allow)).toBe(true);
  });

  it.each([
    ['app://renderer.evil/index.html', prod, 'a host that only starts like ours'],
    ['app://shell/error', prod, 'the shell pages'],
    ['file:///etc/passwd', prod, 'file://'],
    ['https://renderer/index.html', prod, 'another scheme'],
    ['app://user:pw@renderer/index.html', prod, 'credentials'],
    ['http://127.0.0.1:5174/', dev, 'another port'],
    ['http://127.0.0.1/', dev, 'the default port'],
    ['https://127.0.0.1:5173/', dev, 'https instead of http'],
    ['http://127.0.0.1:5173@evil.example/', dev, 'userinfo that looks like our host'],
    ['http://127.0.0.1.evil.example:5173/', dev, 'a prefix of the host'],
    ['http://localhost:5173/', dev, 'a different name for the same machine'],
    ['javascript:alert(1)', dev, 'javascript:'],
    ['data:text/html,<script>1</script>', dev, 'data:'],
    ['about:blank', dev, 'about:blank'],
    ['not a url', dev, 'garbage'],
    ['', dev, 'the empty string'],
  ])('refuses %s (%s)', (url, allow) => {
    expect(isAllowedUrl(url, allow)).toBe(false);
  });

  it('refuses everything with an empty allow-list', () => {
    expect(isAllowedUrl('app://renderer/index.html', [])).toBe(false);
  });

  it('keeps the parts of a custom-scheme origin that URL.origin loses', () => {
    expect(new URL('app://renderer/x').origin).toBe('null');
    expect(originOf('app://renderer/x')).toEqual({ protocol: 'app:', hostname: 'renderer', port: '' });
    expect(() => originOf('about:blank')).toThrow(/origin/);
  });
});

describe('isTrustedSender', () => {
  const trusted = new Set([7]);
  const event = (url: string, opts: { parent?: unknown; id?: number; frame?: boolean } = {}) => ({
    sender: { id: opts.id ?? 7 },
    senderFrame: opts.frame === false ? null : { url, parent: opts.parent ?? null },
  });

  it('trusts the top frame of our window on the allowed origin', () => {
    expect(isTrustedSender(event('app://renderer/index.html#/kiosk'), prod, trusted)).toBe(true);
  });
  it('refuses another origin', () => {
    expect(isTrustedSender(event('https://evil.example/'), prod, trusted)).toBe(false);
  });
  it('refuses a sub-frame even on our origin', () => {
    expect(isTrustedSender(event('app://renderer/index.html', { parent: {} }), prod, trusted)).toBe(false);
  });
  it('refuses a destroyed or navigated-away frame', () => {
    expect(isTrustedSender(event('', { frame: false }), prod, trusted)).toBe(false);
  });
  it('refuses a WebContents that is not our window', () => {
    expect(isTrustedSender(event('app://renderer/index.html', { id: 8 }), prod, trusted)).toBe(false);
  });
});

describe('guardNavigation', () => {
  const setup = () => {
    const contents = new FakeWebContents();
    guardNavigation(contents as unknown as WebContents, prod);
    return contents;
  };

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: lets allowed URLs through and stops the rest',
    (name) => {
      const contents = setup();
      const ok = fakeEvent({ url: 'app://renderer/index.html#/kiosk' });
      contents.emit(name, ok);
      expect(ok.defaultPrevented).toBe(false);
      const bad = fakeEvent({ url: 'https://evil.example/' });
      contents.emit(name, bad);
      expect(bad.defaultPrevented).toBe(true);
    },
  );

  it('denies every new window, even one on the allow-list', () => {
    const contents = setup();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://renderer/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    const contents = setup();
    const ev = fakeEvent();
    contents.emit('will-attach-webview', ev, {}, {});
    expect(ev.defaultPrevented).toBe(true);
  });
});
