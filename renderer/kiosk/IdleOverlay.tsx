// The countdown before an idle reset (DESIGN §5: no timed screen without a
// visible "continue").
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';

export function IdleOverlay({ remaining, onContinue }: { remaining: number; onContinue: () => void }) {
  const { t } = useI18n();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Focus moves into the dialog, so a keyboard or switch user reaches "继续" at once.
    button.current?.focus();
  }, []);
  return (
    <div className="kiosk-overlay">
      <div
        className="kiosk-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="kiosk-idle-title"
        aria-describedby="kiosk-idle-text"
      >
        <h2 id="kiosk-idle-title">{t('kiosk.idle.title')}</h2>
        <p id="kiosk-idle-text" aria-live="polite">
          {t('kiosk.idle.countdown', { seconds: remaining })}
        </p>
        <button ref={button} type="button" className="primary kiosk-continue" onClick={onContinue}>
          {t('kiosk.idle.continue')}
        </button>
      </div>
    </div>
  );
}
