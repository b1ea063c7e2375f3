// The 朗读 button on cards, the posting and screen instructions: speak, stop,
// and speak again. The session's one ReadAloud comes through context.
import { createContext, useContext, useEffect, useState } from 'react';
import { useI18n } from '../../i18n';
import { KioskIcon } from '../KioskIcon';
import type { ReadAloud } from './read-aloud';

export const ReadAloudContext = createContext<{ voice: ReadAloud; elder: boolean } | null>(null);

export function ReadAloudButton({ text, label }: { text: string; label?: string }) {
  const { t, lang } = useI18n();
  const ctx = useContext(ReadAloudContext);
  const [speaking, setSpeaking] = useState(false);
  const [mine, setMine] = useState(false);
  useEffect(() => {
    if (ctx === null) return;
    return ctx.voice.onChange((on) => {
      setSpeaking(on);
      if (!on) setMine(false);
    });
  }, [ctx]);
  if (ctx === null) return null;
  const playing = speaking && mine;
  return (
    <button
      type="button"
      className="kiosk-read"
      aria-pressed={playing}
      aria-label={playing ? t('kiosk.read.stop') : (label ?? t('kiosk.read.start'))}
      data-speaking={playing}
      onClick={(e) => {
        e.stopPropagation();
        if (playing) {
          ctx.voice.stop();
          return;
        }
        setMine(true);
        void ctx.voice.speak(text, { elder: ctx.elder, lang });
      }}
    >
      <KioskIcon name={playing ? 'stop' : 'speaker'} />
      {playing ? t('kiosk.read.stop') : t('kiosk.read.start')}
    </button>
  );
}
