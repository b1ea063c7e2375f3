// Main process. The IPC side of the staff exit: the renderer detects the
// hidden gesture (five taps in a corner within 3 s) and shows a PIN pad; main
// checks the PIN against the config's scrypt hash, with a lockout after
// repeated failures, and only then performs exit, reload or the config view.
import type { StaffAction, StaffExitRequest, StaffExitResponse } from './ipc-contract';
import type { PinAttemptLimiter } from './staff-pin';

export interface StaffExitDeps {
  /** The stored hash, or null when the config sets no PIN (the exit is then disabled). */
  readonly pinHash: string | null;
  readonly limiter: PinAttemptLimiter;
  readonly verify: (pin: string, hash: string) => Promise<boolean>;
  /** Carry out an accepted action (after the reply is sent, so the renderer gets its answer first). */
  readonly perform: (action: Exclude<StaffAction, 'verify'>) => void;
}

function lockedResponse(retryAfterMs: number): StaffExitResponse {
  const seconds = Math.ceil(retryAfterMs / 1000);
  return {
    ok: false,
    reason: 'locked',
    retryAfterSeconds: seconds,
    message: { zh: `PIN 错误次数过多，请 ${seconds} 秒后再试`, en: `Too many wrong PINs; try again in ${seconds} s` },
  };
}

export function createStaffExitHandler(deps: StaffExitDeps): (request: StaffExitRequest) => Promise<StaffExitResponse> {
  return async ({ pin, action }) => {
    if (deps.pinHash === null) {
      return {
        ok: false,
        reason: 'no-pin-configured',
        retryAfterSeconds: null,
        message: {
          zh: '本机未设置管理 PIN，无法退出',
          en: 'No staff PIN is configured on this terminal; exit is disabled',
        },
      };
    }
    const gate = deps.limiter.check();
    if (!gate.allowed) return lockedResponse(gate.retryAfterMs);
    if (!(await deps.verify(pin, deps.pinHash))) {
      deps.limiter.recordFailure();
      const after = deps.limiter.check();
      if (!after.allowed) return lockedResponse(after.retryAfterMs);
      return {
        ok: false,
        reason: 'wrong-pin',
        retryAfterSeconds: null,
        message: { zh: 'PIN 不正确', en: 'Wrong PIN' },
      };
    }
    deps.limiter.recordSuccess();
    if (action !== 'verify') {
      const chosen = action;
      setTimeout(() => {
        deps.perform(chosen);
      }, 50);
    }
    return { ok: true, action };
  };
}
