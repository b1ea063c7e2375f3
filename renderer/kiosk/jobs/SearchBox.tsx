// The free-text search: a field a hardware keyboard or an IME can type into,
// and an on-screen letter keyboard (simple-keyboard) for pinyin initials, since
// most kiosks have only a touch screen. The keyboard's own buffer is kept in
// step with the search machine's text and is destroyed on unmount, so an
// idle reset leaves nothing typed behind.
import { useEffect, useRef, useState } from 'react';
import { SimpleKeyboard } from 'simple-keyboard';
import 'simple-keyboard/build/css/index.css';
import { useI18n } from '../../i18n';
import { KioskIcon } from '../KioskIcon';

const LAYOUT = {
  default: ['q w e r t y u i o p', 'a s d f g h j k l', 'z x c v b n m {bksp}', '{space}'],
};

function LetterKeyboard({ text, onText }: { text: string; onText: (text: string) => void }) {
  const { t } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  const keyboard = useRef<SimpleKeyboard | null>(null);
  const latest = useRef(onText);
  useEffect(() => {
    latest.current = onText;
  }, [onText]);
  useEffect(() => {
    if (host.current === null) return;
    const k = new SimpleKeyboard(host.current, {
      layout: LAYOUT,
      display: { '{bksp}': '⌫', '{space}': '␣' },
      theme: 'hg-theme-default kiosk-keyboard',
      preventMouseDownDefault: true,
      onChange: (input) => {
        latest.current(input);
      },
    });
    keyboard.current = k;
    return () => {
      k.destroy();
      keyboard.current = null;
    };
  }, []);
  useEffect(() => {
    keyboard.current?.setInput(text);
  }, [text]);
  return <div ref={host} role="group" aria-label={t('kiosk.search.keyboard')} />;
}

export function SearchBox({ text, onText }: { text: string; onText: (text: string) => void }) {
  const { t } = useI18n();
  const [keyboardOpen, setKeyboardOpen] = useState(false);
  return (
    <div className="kiosk-search">
      <div className="kiosk-search-row">
        <label htmlFor="kiosk-search-text" className="kiosk-filter-title">
          {t('kiosk.search.textLabel')}
        </label>
        <input
          id="kiosk-search-text"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('kiosk.search.text')}
          value={text}
          onChange={(e) => {
            onText(e.target.value);
          }}
        />
        <button
          type="button"
          aria-pressed={keyboardOpen}
          onClick={() => {
            setKeyboardOpen(!keyboardOpen);
          }}
        >
          <KioskIcon name="keyboard" />
          {t('kiosk.search.keyboard')}
        </button>
        {text !== '' && (
          <button
            type="button"
            onClick={() => {
              onText('');
            }}
          >
            {t('kiosk.search.clearText')}
          </button>
        )}
      </div>
      {keyboardOpen && <LetterKeyboard text={text} onText={onText} />}
    </div>
  );
}
