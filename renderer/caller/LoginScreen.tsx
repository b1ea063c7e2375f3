// PIN login (works offline: the hash came with the staff records). Staff pick
// themselves from the list with the arrow keys (Tab is blocked in the kiosk
// window, so focus is moved for them), then type the PIN on the keyboard or
// the digit pad. The session machine decides; this renders it.
import { useSelector } from '@xstate/react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { Staff } from '../../domain/records/market';
import { PIN_MAX_LENGTH } from '../../domain/staff/pin';
import { useI18n, type Locale } from '../i18n';
import type { LoginNotice, staffSessionMachine } from '../state/staff-session-machine';

type Session = ActorRefFrom<typeof staffSessionMachine>;

function clockTime(millis: number, locale: Locale): string {
  return new Date(millis).toLocaleTimeString(locale, {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
  });
}

function NoticeText({ notice }: { notice: LoginNotice }) {
  const { t, locale } = useI18n();
  switch (notice.kind) {
    case 'wrongPin':
      return <>{t('caller.login.wrongPin', { left: notice.attemptsLeft })}</>;
    case 'locked':
      return <>{t('caller.login.locked', { time: clockTime(notice.until, locale) })}</>;
    case 'noPin':
      return <>{t('caller.login.noPin')}</>;
    case 'damagedPin':
      return <>{t('caller.login.damagedPin')}</>;
    case 'autoLocked':
      return <>{t('caller.login.autoLocked')}</>;
  }
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

export function LoginScreen({ staff, session }: { staff: readonly Staff[]; session: Session }) {
  const { t } = useI18n();
  const notice = useSelector(session, (s) => s.context.notice);
  const verifying = useSelector(session, (s) => s.matches('verifying'));
  const lastStaffId = useSelector(session, (s) => s.context.lastStaffId);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);
  const chosen = staff.find((s) => s.id === chosenId) ?? null;

  // Without Tab, focus must start somewhere useful: the PIN field, or the person who was here last.
  useEffect(() => {
    if (chosen !== null) {
      pinRef.current?.focus();
      return;
    }
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
    if (buttons === undefined || buttons.length === 0) return;
    const index = Math.max(
      0,
      staff.findIndex((s) => s.id === lastStaffId),
    );
    buttons[index]?.focus();
  }, [chosen, staff, lastStaffId]);

  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.findIndex((b) => b === document.activeElement);
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? buttons.length - 1
          : (at + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
    buttons[next]?.focus();
  };

  const submit = () => {
    if (chosen === null || pin === '' || verifying) return;
    session.send({
      type: 'LOGIN',
      staff: { id: chosen.id, name: chosen.name, staffNo: chosen.staffNo, pinHash: chosen.pinHash },
      pin,
    });
    // Whatever the answer, the next try starts from an empty field.
    setPin('');
  };

  const back = () => {
    setChosenId(null);
    setPin('');
    session.send({ type: 'DISMISS' });
  };

  return (
    <section className="caller-login" aria-labelledby="caller-login-heading">
      <h2 id="caller-login-heading">{t('caller.login.heading')}</h2>
      {notice !== null && (
        <p role="alert" className="caller-notice">
          <NoticeText notice={notice} />
        </p>
      )}
      {chosen === null ? (
        staff.length === 0 ? (
          <p>{t('caller.login.noStaff')}</p>
        ) : (
          <>
            <p id="caller-pick-hint">{t('caller.login.pickStaff')}</p>
            <ul
              ref={listRef}
              className="caller-staff-list"
              aria-label={t('caller.login.staffList')}
              aria-describedby="caller-pick-hint"
              onKeyDown={onListKey}
            >
              {staff.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    onClick={() => {
                      // No PIN, nothing to type: say so at once (the machine words it).
                      if (s.pinHash === null) {
                        session.send({ type: 'LOGIN', staff: { ...s, pinHash: null }, pin: '' });
                        return;
                      }
                      setChosenId(s.id);
                      session.send({ type: 'DISMISS' });
                    }}
                  >
                    {s.name} · {s.staffNo}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )
      ) : (
        <form
          className="caller-pin"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <label htmlFor="caller-pin-input">
            {t('caller.login.pinFor', { name: chosen.name, staffNo: chosen.staffNo })}
          </label>
          <input
            id="caller-pin-input"
            ref={pinRef}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={PIN_MAX_LENGTH}
            value={pin}
            disabled={verifying}
            aria-describedby="caller-pin-count"
            onChange={(e) => {
              setPin(e.target.value.replace(/\D/g, '').slice(0, PIN_MAX_LENGTH));
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                back();
              }
            }}
          />
          <p id="caller-pin-count" className="caller-muted" aria-live="polite">
            {verifying ? t('caller.login.verifying') : t('caller.login.pinDigits', { count: pin.length })}
          </p>
          <div className="caller-pad" role="group" aria-label={t('caller.login.pad')}>
            {DIGITS.map((d) => (
              <button
                key={d}
                type="button"
                // The pad is for touch and mouse; keyboard users type the digits.
                tabIndex={-1}
                disabled={verifying}
                onClick={() => {
                  setPin((p) => (p + d).slice(0, PIN_MAX_LENGTH));
                  pinRef.current?.focus();
                }}
              >
                {d}
              </button>
            ))}
            <button
              type="button"
              tabIndex={-1}
              disabled={verifying}
              onClick={() => {
                setPin((p) => p.slice(0, -1));
                pinRef.current?.focus();
              }}
            >
              {t('caller.login.backspace')}
            </button>
            <button
              type="button"
              tabIndex={-1}
              disabled={verifying}
              onClick={() => {
                setPin('');
                pinRef.current?.focus();
              }}
            >
              {t('caller.login.clear')}
            </button>
          </div>
          <div className="caller-row">
            <button type="submit" className="primary" disabled={verifying || pin === ''}>
              {t('caller.login.submit')}
            </button>
            <button type="button" onClick={back}>
              {t('caller.login.back')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
