// Shared test helpers for the main-process tests: small fakes standing in for
// Electron objects that cannot be created without the Electron binary.
import { EventEmitter } from 'node:events';

/** An Electron-style event with preventDefault. */
export function fakeEvent(
  extra: Record<string, unknown> = {},
): { defaultPrevented: boolean; preventDefault: () => void } & Record<string, unknown> {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** Enough of WebContents for the guards, the lockdown and the watchdog. */
export class FakeWebContents extends EventEmitter {
  readonly id: number;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  zoomFactor = 1;
  visualZoomLimits: [number, number] | null = null;
  reloads = 0;
  crashes = 0;
  readonly sent: [string, unknown][] = [];

  constructor(id = 1) {
    super();
    this.id = id;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  setZoomFactor(f: number): void {
    this.zoomFactor = f;
  }
  setVisualZoomLevelLimits(min: number, max: number): Promise<void> {
    this.visualZoomLimits = [min, max];
    return Promise.resolve();
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  reload(): void {
    this.reloads += 1;
  }
  forcefullyCrashRenderer(): void {
    this.crashes += 1;
  }
}
