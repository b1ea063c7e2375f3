// Browsers hold audio back until someone touches the page. In a browser the
// display shows this button once; after a click the AudioContext runs and the
// button goes. (In Electron the shell allows autoplay and it never shows.)
import { useCallback, useSyncExternalStore } from 'react';
import type { ClipPlayer } from '../audio/clip-player';
import { useI18n } from '../i18n';

export function SoundGate({ player }: { player: ClipPlayer }) {
  const { t } = useI18n();
  const subscribe = useCallback((onChange: () => void) => player.subscribe(onChange), [player]);
  const suspended = useSyncExternalStore(subscribe, () => player.suspended);
  if (!suspended) return null;
  return (
    <button
      type="button"
      className="button primary sound-gate"
      onClick={() => {
        player.unlock().catch((error: unknown) => {
          console.warn('无法启用声音 / sound could not be enabled', error);
        });
      }}
    >
      {t('display.sound.enable')}
    </button>
  );
}
