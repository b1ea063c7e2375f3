// Main process. Self-recovery of the renderer. A terminal runs unattended for
// months: a renderer that crashes, is killed for memory or hangs is reloaded,
// but at most 3 times in 5 minutes, so a page that crashes on load cannot spin
// the CPU forever; past that the window shows a recovery page with the reason
// and tries again by itself when the window has passed.
import type { WebContents } from 'electron';
import type { Bilingual } from './ipc-contract';

export type RendererFailure =
  | { readonly kind: 'gone'; readonly reason: string; readonly exitCode: number }
  | { readonly kind: 'unresponsive' }
  | { readonly kind: 'load-failed'; readonly errorCode: number; readonly description: string };

export type RecoveryDecision =
  | { readonly action: 'reload'; readonly attempt: number }
  | {
      readonly action: 'recovery-page';
      readonly message: Bilingual;
      readonly detail: string;
      /** When the window has room for another automatic reload. */
      readonly retryAfterMs: number;
    };

export interface RecoveryPolicy {
  decide(failure: RendererFailure): RecoveryDecision;
  /** Reloads counted in the current window (for the health report). */
  recentReloads(): number;
}

export function describeFailure(failure: RendererFailure): string {
  switch (failure.kind) {
    case 'gone':
      return `render-process-gone: ${failure.reason} (exit ${failure.exitCode})`;
    case 'unresponsive':
      return 'unresponsive: the page stopped responding';
    case 'load-failed':
      return `load failed: ${failure.description} (${failure.errorCode})`;
  }
}

/** Pure, with an injected clock: a sliding window of reload times. */
export function createRecoveryPolicy(
  opts: { maxReloads?: number; windowMs?: number; now?: () => number } = {},
): RecoveryPolicy {
  const maxReloads = opts.maxReloads ?? 3;
  const windowMs = opts.windowMs ?? 5 * 60_000;
  const now = opts.now ?? Date.now;
  const reloads: number[] = [];
  const prune = (t: number): void => {
    while (reloads.length > 0 && (reloads[0] ?? t) <= t - windowMs) reloads.shift();
  };
  return {
    decide(failure) {
      const t = now();
      prune(t);
      if (reloads.length < maxReloads) {
        reloads.push(t);
        return { action: 'reload', attempt: reloads.length };
      }
      const oldest = reloads[0] ?? t;
      return {
        action: 'recovery-page',
        message: {
          zh: '本机页面多次出错，已暂停自动重启。稍后将自动重试；如仍出错，请联系工作人员。',
          en: 'The screen failed several times in a row; automatic reloads are paused. It will retry by itself; if it keeps failing, please call staff.',
        },
        detail: describeFailure(failure),
        retryAfterMs: Math.max(1000, oldest + windowMs - t),
      };
    },
    recentReloads() {
      prune(now());
      return reloads.length;
    },
  };
}

export interface WatchdogOptions {
  readonly policy: RecoveryPolicy;
  /** Show the recovery page (main renders it and loads app://shell/recovery). */
  readonly onGiveUp: (decision: Extract<RecoveryDecision, { action: 'recovery-page' }>) => void;
  /** True while main is quitting or relaunching on purpose: those exits are not failures. */
  readonly isQuitting: () => boolean;
  /** A hang shorter than this is tolerated (a long GC or a big IndexedDB write). */
  readonly hangGraceMs?: number;
}

/** Wire the policy to a window's WebContents. */
export function attachWatchdog(contents: WebContents, opts: WatchdogOptions): void {
  const hangGraceMs = opts.hangGraceMs ?? 10_000;
  let hangTimer: ReturnType<typeof setTimeout> | null = null;
  // Set when we kill a hung renderer ourselves, so its 'killed' exit is not counted twice.
  let killedByUs = false;

  const clearHang = (): void => {
    if (hangTimer !== null) clearTimeout(hangTimer);
    hangTimer = null;
  };

  const handle = (failure: RendererFailure): void => {
    const decision = opts.policy.decide(failure);
    if (decision.action === 'recovery-page') {
      opts.onGiveUp(decision);
      return;
    }
    if (failure.kind === 'unresponsive') {
      // A hung renderer ignores reload(); kill it first (Electron docs, forcefullyCrashRenderer).
      killedByUs = true;
      contents.forcefullyCrashRenderer();
    }
    contents.reload();
  };

  contents.on('render-process-gone', (_event, details) => {
    clearHang();
    if (opts.isQuitting()) return;
    if (killedByUs) {
      killedByUs = false;
      return;
    }
    handle({ kind: 'gone', reason: details.reason, exitCode: details.exitCode });
  });
  contents.on('unresponsive', () => {
    if (hangTimer !== null || opts.isQuitting()) return;
    hangTimer = setTimeout(() => {
      hangTimer = null;
      handle({ kind: 'unresponsive' });
    }, hangGraceMs);
  });
  contents.on('responsive', clearHang);
  contents.on('did-fail-load', (_event, errorCode, description, _url, isMainFrame) => {
    // -3 is ERR_ABORTED: a navigation we refused or replaced, not a failure.
    if (!isMainFrame || errorCode === -3 || opts.isQuitting()) return;
    handle({ kind: 'load-failed', errorCode, description });
  });
}
