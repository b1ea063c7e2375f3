// Main process. The navigation allow-list: which origins the terminal window
// may show and which frames may talk to main over IPC. URLs are parsed and
// compared by scheme, host and port exactly; never by string prefix, because
// `app://renderer.evil` and `http://127.0.0.1:5173@evil.example` both start
// with an allowed prefix.
import type { WebContents } from 'electron';

export interface AllowedOrigin {
  /** With the colon, as URL.protocol gives it: `app:`, `http:`. */
  readonly protocol: string;
  /** Lower-case host name without port. */
  readonly hostname: string;
  /** The explicit port, or '' for the scheme's default. */
  readonly port: string;
}

export type AllowList = readonly AllowedOrigin[];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    // Not a URL at all: callers treat null as "refuse".
    return null;
  }
}

/**
 * The origin of `url` as an allow-list entry. Node's URL reports the origin of
 * non-special schemes such as `app:` as "null", so the parts are kept instead.
 */
export function originOf(url: string): AllowedOrigin {
  const u = parse(url);
  if (!u || !u.hostname) throw new Error(`不是可用的来源地址 / not a usable origin URL: ${url}`);
  return { protocol: u.protocol, hostname: u.hostname.toLowerCase(), port: u.port };
}

export function allowListFor(urls: readonly string[]): AllowList {
  return urls.map(originOf);
}

/** True only when `url` parses and its scheme, host and port equal an entry. */
export function isAllowedUrl(url: string, allow: AllowList): boolean {
  const u = parse(url);
  if (!u) return false;
  // Credentials in a URL are a classic spoofing trick; the terminal never needs them.
  if (u.username || u.password) return false;
  const host = u.hostname.toLowerCase();
  return allow.some((o) => o.protocol === u.protocol && o.hostname === host && o.port === u.port);
}

/** The parts of an IPC event the sender check needs (Electron's IpcMainInvokeEvent fits). */
export interface SenderEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/**
 * An IPC message is trusted only from the top frame of one of our windows,
 * currently showing an allowed origin. A frame that navigated away or was
 * destroyed (senderFrame null) is refused.
 */
export function isTrustedSender(
  event: SenderEvent,
  allow: AllowList,
  trustedWebContents: ReadonlySet<number>,
): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  if (!trustedWebContents.has(event.sender.id)) return false;
  return isAllowedUrl(frame.url, allow);
}

/**
 * Refuse every navigation, redirect and new window that leaves the allow-list,
 * and every <webview>. Window opening is refused even on the allow-list: a
 * kiosk has exactly one window, and a second one could escape the lockdown.
 */
export function guardNavigation(contents: WebContents, allow: AllowList): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedUrl(event.url, allow)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedUrl(event.url, allow)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedUrl(event.url, allow)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
