// 求职登记 (第七条(二)): one question per screen, 上一步/下一步 always on
// screen, a plain problem line when an answer cannot be taken. The machine
// (renderer/state/kiosk-register-machine) owns the flow; this draws it.
import { useMachine } from '@xstate/react';
import { useMemo } from 'react';
import { currentNotice } from '../../../domain/consent/notice';
import { maskPhone, maskResidentId } from '../../../domain/ids/mask';
import { localDay } from '../../../domain/clock/local-day';
import { districtLabel, occupationLabel, payMethodLabel, weekdaysLabel } from '../../../domain/reference/labels';
import type { Market } from '../../../domain/records/market';
import { useTerminal } from '../../app/terminal-context';
import { useI18n, type MessageKey } from '../../i18n';
import {
  createKioskRegisterMachine,
  type RegisterContext,
  type RegisterEvent,
  type RegisterProblem,
  type RegisterStep,
} from '../../state/kiosk-register-machine';
import { KioskIcon } from '../KioskIcon';
import { ReadAloudButton } from '../speech/ReadAloudButton';
import { DigitPad, groupPhone } from './DigitPad';
import { NameKeyboard } from './NameKeyboard';
import { Receipt } from './Receipt';
import { seekerPorts } from './save-seeker';
import { PayStep, WorkStep } from './WorkSteps';

const TITLE: Readonly<Record<RegisterStep, MessageKey>> = {
  consent: 'kiosk.register.consentTitle',
  phone: 'kiosk.register.phone',
  name: 'kiosk.register.name',
  work: 'kiosk.register.work',
  pay: 'kiosk.register.pay',
  id: 'kiosk.register.id',
  review: 'kiosk.register.review',
};
const PROBLEM: Readonly<Record<RegisterProblem, MessageKey>> = {
  consent: 'kiosk.register.problem.consent',
  phone: 'kiosk.register.problem.phone',
  name: 'kiosk.register.problem.name',
  id: 'kiosk.register.problem.id',
  save: 'kiosk.register.problem.save',
};

export interface RegisterProps {
  market: Market;
  serverUrl: string;
  onHome: () => void;
  onRecommend: () => void;
}

export function Register({ market, serverUrl, onHome, onRecommend }: RegisterProps) {
  const { t } = useI18n();
  const { db, ctx, now } = useTerminal();
  const machine = useMemo(() => {
    if (ctx === undefined || ctx === null)
      throw new Error('求职登记需要已登记的终端 / registration needs an enrolled terminal');
    return createKioskRegisterMachine(seekerPorts(db, ctx, market));
  }, [db, ctx, market]);
  const [state, send] = useMachine(machine, { input: { today: localDay(now()) } });
  const c = state.context;
  if (state.matches('receipt') && c.seekerId !== null) {
    return (
      <section className="kiosk-register" aria-labelledby="kiosk-register-heading">
        <h2 id="kiosk-register-heading">{t('kiosk.home.register')}</h2>
        <Receipt serverUrl={serverUrl} seekerId={c.seekerId} onHome={onHome} onRecommend={onRecommend} />
      </section>
    );
  }
  const saving = state.matches('saving');
  const failed = state.matches('failed');
  return (
    <section className="kiosk-register" aria-labelledby="kiosk-register-heading">
      <div className="kiosk-heading-row">
        <h2 id="kiosk-register-heading">
          {t('kiosk.home.register')} · {t(TITLE[c.step])}
        </h2>
        <ReadAloudButton text={c.step === 'consent' ? currentNotice(c.today).zh.join('') : t(TITLE[c.step])} />
      </div>
      <StepBody c={c} send={send} />
      {c.problem !== null && (
        <p role="alert" className="kiosk-problem-inline">
          {t(PROBLEM[c.problem])}
        </p>
      )}
      <div className="kiosk-actions">
        {failed ? (
          <button
            type="button"
            className="primary"
            onClick={() => {
              send({ type: 'RETRY' });
            }}
          >
            <KioskIcon name="retry" />
            {t('kiosk.ticket.retry')}
          </button>
        ) : c.step === 'review' ? (
          <button
            type="button"
            className="primary"
            disabled={saving}
            onClick={() => {
              send({ type: 'SUBMIT' });
            }}
          >
            {saving ? t('kiosk.register.saving') : t('kiosk.register.submit')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => {
              send({ type: 'NEXT' });
            }}
          >
            {c.step === 'id' && c.idNumber === '' ? t('kiosk.register.skip') : t('kiosk.register.next')}
          </button>
        )}
        {c.step !== 'consent' && (
          <button
            type="button"
            disabled={saving}
            onClick={() => {
              send({ type: 'BACK' });
            }}
          >
            {t('kiosk.register.previous')}
          </button>
        )}
      </div>
    </section>
  );
}

function StepBody({ c, send }: { c: RegisterContext; send: (e: RegisterEvent) => void }) {
  const { t, lang } = useI18n();
  switch (c.step) {
    case 'consent': {
      const notice = currentNotice(c.today);
      return (
        <div className="kiosk-form-step">
          <div className="kiosk-consent" tabIndex={0} role="region" aria-label={t('kiosk.register.consentTitle')}>
            {(lang === 'zh' ? notice.zh : notice.en).map((p) => (
              <p key={p}>{p}</p>
            ))}
            <p>{t('kiosk.register.version', { version: notice.version })}</p>
          </div>
          <label className="kiosk-check">
            <input
              type="checkbox"
              checked={c.ticked}
              onChange={(e) => {
                send({ type: 'TICK', ticked: e.target.checked });
              }}
            />
            {t('kiosk.register.agree')}
          </label>
        </div>
      );
    }
    case 'phone':
      return (
        <DigitPad
          label={t('kiosk.register.phone')}
          value={c.phone}
          shown={groupPhone(c.phone)}
          onKey={(digit) => {
            send({ type: 'PHONE_DIGIT', digit });
          }}
          onDelete={() => {
            send({ type: 'PHONE_DELETE' });
          }}
        />
      );
    case 'name':
      return (
        <NameKeyboard
          name={c.name}
          onName={(name) => {
            send({ type: 'NAME', name });
          }}
        />
      );
    case 'work':
      return <WorkStep c={c} send={send} />;
    case 'pay':
      return <PayStep c={c} send={send} />;
    case 'id':
      return (
        <div className="kiosk-form-step">
          <p>{t('kiosk.register.idHint')}</p>
          <DigitPad
            label={t('kiosk.register.id')}
            value={c.idNumber}
            shown={c.idNumber.length === 18 ? maskResidentId(c.idNumber) : '•'.repeat(c.idNumber.length)}
            extra="X"
            onKey={(key) => {
              send({ type: 'ID_KEY', key });
            }}
            onDelete={() => {
              send({ type: 'ID_DELETE' });
            }}
          />
        </div>
      );
    case 'review': {
      const rows: [MessageKey, string, RegisterStep][] = [
        ['kiosk.register.name', c.name, 'name'],
        ['kiosk.register.phone', maskPhone(c.phone), 'phone'],
        ['kiosk.search.trades', c.trades.map((code) => occupationLabel(code, code, lang)).join('、') || '—', 'work'],
        [
          'kiosk.register.days',
          c.weekdays.length === 0 ? t('kiosk.register.any') : weekdaysLabel(c.weekdays, lang),
          'work',
        ],
        [
          'kiosk.register.areas',
          c.areas.map((a) => districtLabel(a, lang)).join('、') || t('kiosk.register.any'),
          'work',
        ],
        [
          'kiosk.register.pay',
          (c.dailyPay === null ? t('kiosk.register.any') : t('kiosk.register.perDay', { amount: c.dailyPay })) +
            (c.payMethod === null ? '' : ` · ${payMethodLabel(c.payMethod, lang)}`),
          'pay',
        ],
        ['kiosk.register.id', c.idNumber === '' ? t('kiosk.register.none') : maskResidentId(c.idNumber), 'id'],
      ];
      return (
        <dl className="kiosk-summary kiosk-form-step">
          {rows.map(([label, value, step]) => (
            <div key={label}>
              <dt>{t(label)}</dt>
              <dd>
                {value}{' '}
                <button
                  type="button"
                  onClick={() => {
                    send({ type: 'EDIT', step });
                  }}
                >
                  {t('kiosk.register.change')}
                </button>
              </dd>
            </div>
          ))}
        </dl>
      );
    }
  }
}
