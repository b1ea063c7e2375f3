// The call panel's buttons and the call-by-number field: each button shows
// its key; the keys themselves are handled by the frame, from every area.
import { useState, type Ref, type RefObject } from 'react';
import { useI18n } from '../../i18n';
import { shortcutLabel, type CallerAction } from '../shortcuts';

/** The toolbar's buttons, in the order of their keys (F1, F2, F3, F4, F6, F7, F9). */
const TOOLBAR_ACTIONS = [
  'next',
  'recall',
  'start',
  'finish',
  'noShow',
  'transfer',
  'lock',
] as const satisfies readonly CallerAction[];

function ActionButton({
  action,
  label,
  disabled,
  primary,
  onPress,
}: {
  action: CallerAction;
  label: string;
  disabled: boolean;
  primary: boolean;
  onPress: () => void;
}) {
  const keys = shortcutLabel(action);
  return (
    <button
      type="button"
      className={primary ? 'primary' : undefined}
      aria-keyshortcuts={keys.aria}
      disabled={disabled}
      data-action={action}
      onClick={onPress}
    >
      {label} <kbd>{keys.shown}</kbd>
    </button>
  );
}

export function CallToolbar({
  can,
  run,
  toolbarRef,
}: {
  can: Readonly<Record<CallerAction, boolean>>;
  run: (action: CallerAction) => void;
  toolbarRef: Ref<HTMLDivElement>;
}) {
  const { t } = useI18n();
  return (
    <div className="caller-actions" role="toolbar" aria-label={t('caller.actions')} ref={toolbarRef}>
      {TOOLBAR_ACTIONS.map((action) => (
        <ActionButton
          key={action}
          action={action}
          primary={action === 'next'}
          label={t(`caller.action.${action}`)}
          disabled={!can[action]}
          onPress={() => {
            run(action);
          }}
        />
      ))}
    </div>
  );
}

export function CallNumberForm({
  enabled,
  onCall,
  inputRef,
  toolbarRef,
}: {
  enabled: boolean;
  onCall: (display: string) => void;
  inputRef: Ref<HTMLInputElement>;
  /** Escape hands the keyboard back to the toolbar. */
  toolbarRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useI18n();
  const [number, setNumber] = useState('');
  const keys = shortcutLabel('callNumber');
  return (
    <form
      className="caller-number caller-row"
      onSubmit={(e) => {
        e.preventDefault();
        if (number.trim() === '' || !enabled) return;
        onCall(number);
        setNumber('');
      }}
    >
      <label htmlFor="caller-number-input">
        {t('caller.number.label')} <kbd>{keys.shown}</kbd>
      </label>
      <input
        id="caller-number-input"
        ref={inputRef}
        value={number}
        autoComplete="off"
        aria-keyshortcuts={keys.aria}
        disabled={!enabled}
        onChange={(e) => {
          setNumber(e.target.value.toUpperCase().slice(0, 5));
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setNumber('');
            toolbarRef.current?.querySelector<HTMLButtonElement>('button:enabled')?.focus();
          }
        }}
      />
      <button type="submit" disabled={!enabled || number.trim() === ''}>
        {t('caller.number.go')}
      </button>
    </form>
  );
}
