// The staff exit inside the Electron shell: the hidden corner gesture opens a
// PIN pad; main checks the PIN (scrypt hash, lockout after repeated failures)
// and only then exits, reloads or shows the config. In a browser there is no
// shell to exit, so nothing is listened to and nothing is drawn.
import { useEffect, useRef, useState } from 'react';
import type { GigKioskApi, StaffAction, StaffExitResponse } from '../../../electron/ipc-contract';
import { useI18n, type MessageKey } from '../../i18n';
import { createCornerTapDetector, STAFF_GESTURE, type CornerTapOptions } from './corner-taps';
import '../shell-overlays.css';

/** An abandoned PIN pad closes itself, so the next seeker never finds it open. */
export const PIN_PAD_IDLE_MS = 30_000;
// The shell accepts six digits exactly (staffPinSchema in electron/ipc-contract.ts).
const MAX_PIN = 6;
const MIN_PIN = 6;

type Step =
  | { kind: 'closed' }
  | { kind: 'pin'; pin: string; error: string | null }
  | { kind: 'checking'; pin: string }
  | { kind: 'actions'; pin: string; error: string | null };

function refusalText(t: (key: MessageKey, values?: Record<string, string | number>) => string, r: StaffExitResponse) {
  if (r.ok) return null;
  if (r.reason === 'locked') return t('shell.staff.locked', { seconds: r.retryAfterSeconds ?? 0 });
  if (r.reason === 'no-pin-configured') return t('shell.staff.noPin');
  return t('shell.staff.wrongPin');
}

function shellApi(win: Window): GigKioskApi | null {
  return 'gigKiosk' in win && win.gigKiosk !== undefined ? win.gigKiosk : null;
}

export function StaffExit({ win = window, gesture = STAFF_GESTURE }: { win?: Window; gesture?: CornerTapOptions }) {
  const api = shellApi(win);
  const { t } = useI18n();
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [activity, setActivity] = useState(0);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (api === null) return undefined;
    const detector = createCornerTapDetector(gesture);
    const onPointer = (event: PointerEvent) => {
      // Capture phase, never cancelled: the tap still reaches whatever is under the finger.
      if (detector.tap(event.clientX, event.clientY, Date.now())) {
        setStep({ kind: 'pin', pin: '', error: null });
        setActivity((n) => n + 1);
      }
    };
    win.addEventListener('pointerdown', onPointer, { capture: true });
    return () => {
      win.removeEventListener('pointerdown', onPointer, { capture: true });
    };
  }, [api, win, gesture]);

  const open = step.kind !== 'closed';
  useEffect(() => {
    if (!open) return undefined;
    const timer = win.setTimeout(() => {
      setStep({ kind: 'closed' });
    }, PIN_PAD_IDLE_MS);
    return () => {
      win.clearTimeout(timer);
    };
  }, [open, activity, win]);

  if (api === null || step.kind === 'closed') return null;

  const touch = () => {
    setActivity((n) => n + 1);
  };
  const close = () => {
    setStep({ kind: 'closed' });
  };
  const send = (pin: string, action: StaffAction) => {
    touch();
    setStep({ kind: 'checking', pin });
    api.staffExit({ pin, action }).then(
      (answer) => {
        if (!mounted.current) return;
        if (!answer.ok) {
          setStep({ kind: 'pin', pin: '', error: refusalText(t, answer) });
        } else if (action === 'verify') {
          setStep({ kind: 'actions', pin, error: null });
        } else {
          // Main acts a moment after answering (exit, reload or the config page replace this page).
          setStep({ kind: 'closed' });
        }
      },
      (error: unknown) => {
        if (!mounted.current) return;
        const reason = error instanceof Error ? error.message : String(error);
        setStep(
          action === 'verify'
            ? { kind: 'pin', pin: '', error: t('shell.staff.failed', { reason }) }
            : { kind: 'actions', pin, error: t('shell.staff.failed', { reason }) },
        );
      },
    );
  };

  const pin = step.pin;
  const typing = step.kind === 'pin';
  const press = (digit: string) => {
    touch();
    if (step.kind === 'pin' && step.pin.length < MAX_PIN) setStep({ kind: 'pin', pin: step.pin + digit, error: null });
  };

  return (
    <div className="staff-exit-backdrop">
      <div className="staff-exit" role="dialog" aria-modal="true" aria-labelledby="staff-exit-title">
        <h2 id="staff-exit-title">{t('shell.staff.title')}</h2>
        {step.kind === 'actions' ? (
          <>
            <p>{t('shell.staff.choose')}</p>
            <div className="staff-exit-actions">
              {(['exit', 'reload', 'config'] as const).map((action) => (
                <button
                  key={action}
                  type="button"
                  className="primary"
                  onClick={() => {
                    send(pin, action);
                  }}
                >
                  {t(`shell.staff.${action}`)}
                </button>
              ))}
              <button type="button" onClick={close}>
                {t('shell.staff.cancel')}
              </button>
            </div>
            {step.error !== null && <p role="alert">{step.error}</p>}
          </>
        ) : (
          <>
            <p>{step.kind === 'checking' ? t('shell.staff.checking') : t('shell.staff.enterPin')}</p>
            <output className="staff-exit-dots" aria-live="polite">
              <span aria-hidden="true">{'●'.repeat(pin.length) || ' '}</span>
              <span className="staff-exit-sr-only">{t('shell.staff.entered', { count: pin.length })}</span>
            </output>
            {step.kind === 'pin' && step.error !== null && <p role="alert">{step.error}</p>}
            <div className="staff-exit-pad" role="group" aria-label={t('shell.staff.pad')}>
              {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => (
                <button
                  key={d}
                  type="button"
                  disabled={!typing}
                  onClick={() => {
                    press(d);
                  }}
                >
                  {d}
                </button>
              ))}
              <button
                type="button"
                disabled={!typing}
                onClick={() => {
                  touch();
                  setStep({ kind: 'pin', pin: '', error: null });
                }}
              >
                {t('shell.staff.clear')}
              </button>
              <button
                type="button"
                disabled={!typing}
                onClick={() => {
                  press('0');
                }}
              >
                0
              </button>
              <button
                type="button"
                disabled={!typing}
                onClick={() => {
                  touch();
                  setStep({ kind: 'pin', pin: pin.slice(0, -1), error: null });
                }}
              >
                {t('shell.staff.delete')}
              </button>
            </div>
            <div className="staff-exit-actions">
              <button
                type="button"
                className="primary"
                disabled={!typing || pin.length < MIN_PIN}
                onClick={() => {
                  send(pin, 'verify');
                }}
              >
                {t('shell.staff.ok')}
              </button>
              <button type="button" onClick={close}>
                {t('shell.staff.cancel')}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
