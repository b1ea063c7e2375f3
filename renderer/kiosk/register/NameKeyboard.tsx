// The name by pinyin: the on-screen letter keyboard (simple-keyboard) types
// pinyin, and the candidate row offers hanzi from domain/ime, surnames first
// for the first character. A tap on a candidate adds it to the name and keeps
// the letters it did not use. The keyboard's buffer is destroyed on unmount.
import { useEffect, useMemo, useRef, useState } from 'react';
import { SimpleKeyboard } from 'simple-keyboard';
import 'simple-keyboard/build/css/index.css';
import { candidates } from '../../../domain/ime/candidates';
import { useI18n } from '../../i18n';

const LAYOUT = { default: ['q w e r t y u i o p', 'a s d f g h j k l', 'z x c v b n m {bksp}'] };
const ROW = 10;

export function NameKeyboard({ name, onName }: { name: string; onName: (name: string) => void }) {
  const { t } = useI18n();
  const [pinyin, setPinyin] = useState('');
  const host = useRef<HTMLDivElement>(null);
  const keyboard = useRef<SimpleKeyboard | null>(null);
  const latest = useRef({ name, onName, pinyin });
  useEffect(() => {
    latest.current = { name, onName, pinyin };
  }, [name, onName, pinyin]);
  useEffect(() => {
    if (host.current === null) return;
    const k = new SimpleKeyboard(host.current, {
      layout: LAYOUT,
      display: { '{bksp}': '⌫' },
      theme: 'hg-theme-default kiosk-keyboard',
      preventMouseDownDefault: true,
      onKeyPress: (button) => {
        const now = latest.current;
        if (button === '{bksp}') {
          if (now.pinyin !== '') setPinyin(now.pinyin.slice(0, -1));
          else now.onName(Array.from(now.name).slice(0, -1).join(''));
        } else if (/^[a-z]$/.test(button) && now.pinyin.length < 12) {
          setPinyin(now.pinyin + button);
        }
      },
    });
    keyboard.current = k;
    return () => {
      k.destroy();
      keyboard.current = null;
    };
  }, []);
  const offered = useMemo(() => candidates(pinyin, { first: name.length === 0, limit: ROW }), [pinyin, name.length]);
  return (
    <div>
      <output className="kiosk-typed" aria-label={t('kiosk.register.name')} data-testid="typed-name">
        {name}
        {pinyin !== '' && <span className="kiosk-pinyin"> {pinyin}</span>}
      </output>
      <div className="kiosk-candidates" role="group" aria-label={t('kiosk.register.candidates')}>
        {offered.map((c) => (
          <button
            key={`${c.char}-${c.syllable}`}
            type="button"
            onClick={() => {
              onName(name + c.char);
              setPinyin(pinyin.slice(c.consumes));
            }}
          >
            {c.char}
          </button>
        ))}
      </div>
      <div ref={host} className="kiosk-name-keyboard" role="group" aria-label={t('kiosk.register.letters')} />
    </div>
  );
}
