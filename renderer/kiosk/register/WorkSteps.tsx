// The questions after the name: trades by picture, which days and what part
// of the day, which districts, and the pay expected. Every answer is a tap;
// none is required, and 婚育, 民族, 宗教 are never asked.
import { DISTRICTS } from '../../../domain/reference/districts';
import { districtLabel, payMethodLabel, weekdayLabel } from '../../../domain/reference/labels';
import { PAY_METHODS, type PayMethod } from '../../../domain/posting/content';
import { useI18n, type MessageKey } from '../../i18n';
import { DAY_PARTS, type DayPart, type RegisterContext, type RegisterEvent } from '../../state/kiosk-register-machine';
import { TradeTiles } from '../jobs/TradeTiles';

const PAY_CHOICES = [150, 200, 250, 300] as const;
const PART_LABEL: Readonly<Record<DayPart, MessageKey>> = {
  any: 'kiosk.register.part.any',
  morning: 'kiosk.register.part.morning',
  afternoon: 'kiosk.register.part.afternoon',
  evening: 'kiosk.register.part.evening',
};

type Send = (event: RegisterEvent) => void;

export function WorkStep({ c, send }: { c: RegisterContext; send: Send }) {
  const { t, lang } = useI18n();
  return (
    <div className="kiosk-form-step">
      <TradeTiles
        chosen={c.trades}
        onToggle={(code) => {
          send({ type: 'TOGGLE_TRADE', code });
        }}
      />
      <fieldset>
        <legend>{t('kiosk.register.days')}</legend>
        <div className="kiosk-choice-row">
          {[1, 2, 3, 4, 5, 6, 7].map((d) => (
            <button
              key={d}
              type="button"
              aria-pressed={c.weekdays.includes(d)}
              onClick={() => {
                send({ type: 'TOGGLE_DAY', day: d });
              }}
            >
              {weekdayLabel(d, lang)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('kiosk.register.dayPart')}</legend>
        <div className="kiosk-choice-row">
          {(Object.keys(DAY_PARTS) as DayPart[]).map((p) => (
            <button
              key={p}
              type="button"
              aria-pressed={c.dayPart === p}
              onClick={() => {
                send({ type: 'DAY_PART', part: p });
              }}
            >
              {t(PART_LABEL[p])}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('kiosk.register.areas')}</legend>
        <div className="kiosk-choice-row">
          {DISTRICTS.map((d) => (
            <button
              key={d.code}
              type="button"
              aria-pressed={c.areas.includes(d.code)}
              onClick={() => {
                send({ type: 'TOGGLE_AREA', code: d.code });
              }}
            >
              {districtLabel(d.code, lang)}
            </button>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function PayStep({ c, send }: { c: RegisterContext; send: Send }) {
  const { t, lang } = useI18n();
  return (
    <div className="kiosk-form-step">
      <fieldset>
        <legend>{t('kiosk.register.pay')}</legend>
        <div className="kiosk-choice-row">
          {PAY_CHOICES.map((amount) => (
            <button
              key={amount}
              type="button"
              aria-pressed={c.dailyPay === amount}
              onClick={() => {
                send({ type: 'PAY', dailyPay: amount });
              }}
            >
              {t('kiosk.register.perDay', { amount })}
            </button>
          ))}
          <button
            type="button"
            aria-pressed={c.dailyPay === null}
            onClick={() => {
              send({ type: 'PAY', dailyPay: null });
            }}
          >
            {t('kiosk.register.any')}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('kiosk.register.method')}</legend>
        <div className="kiosk-choice-row">
          {([...PAY_METHODS, null] as (PayMethod | null)[]).map((m) => (
            <button
              key={m ?? 'any'}
              type="button"
              aria-pressed={c.payMethod === m}
              onClick={() => {
                send({ type: 'PAY_METHOD', method: m });
              }}
            >
              {m === null ? t('kiosk.register.any') : payMethodLabel(m, lang)}
            </button>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
