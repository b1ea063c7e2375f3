// A big digit pad: the phone and ID number are tapped, never typed on a
// keyboard the seeker may not know. Digits are shown large and spaced so the
// seeker can check them; `extra` adds a key (the ID number's X).
import { useI18n } from '../../i18n';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function DigitPad({
  label,
  value,
  shown,
  extra,
  onKey,
  onDelete,
}: {
  label: string;
  value: string;
  /** What the field shows (grouped digits); defaults to the value. */
  shown?: string;
  extra?: string;
  onKey: (key: string) => void;
  onDelete: () => void;
}) {
  const { t } = useI18n();
  return (
    <div>
      <output className="kiosk-typed" aria-label={label} data-testid="typed" aria-live="polite">
        {shown ?? value}
      </output>
      <div className="kiosk-digit-pad" role="group" aria-label={t('kiosk.register.pad')}>
        {[...KEYS, extra ?? '', '0'].map((k, i) =>
          k === '' ? (
            <span key={`blank-${String(i)}`} />
          ) : (
            <button
              key={k}
              type="button"
              onClick={() => {
                onKey(k);
              }}
            >
              {k}
            </button>
          ),
        )}
        <button type="button" aria-label={t('kiosk.register.delete')} onClick={onDelete}>
          ⌫
        </button>
      </div>
    </div>
  );
}

/** 138 0013 8000: the way people read a mobile number back. */
export function groupPhone(digits: string): string {
  return [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7)].filter((p) => p !== '').join(' ');
}
