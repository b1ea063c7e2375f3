// The window's side forms (finish, transfer): a titled group of keyboard
// choices with a confirm button that shows its shortcut and a cancel on Escape.
import type { ReactNode, Ref } from 'react';
import { useI18n } from '../i18n';

export function CallerPanel({
  heading,
  hint,
  confirmLabel,
  confirmKey,
  confirmDisabled = false,
  onConfirm,
  onCancel,
  fieldsetRef,
  children,
}: {
  heading: string;
  hint: string;
  confirmLabel: string;
  /** The shortcut that confirms, as aria-keyshortcuts spells it. */
  confirmKey: string;
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** The window focuses the checked (or first) choice through this. */
  fieldsetRef: Ref<HTMLFieldSetElement>;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <form
      className="caller-panel"
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm();
      }}
    >
      <fieldset ref={fieldsetRef}>
        <legend>{heading}</legend>
        <p className="caller-muted">{hint}</p>
        {children}
        <div className="caller-row">
          <button type="submit" className="primary" aria-keyshortcuts={confirmKey} disabled={confirmDisabled}>
            {confirmLabel}
          </button>
          <button type="button" aria-keyshortcuts="Escape" onClick={onCancel}>
            {t('caller.action.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** One choice of a panel: a radio, the key that picks it, and its words. */
export function CallerChoice({
  name,
  value,
  checked,
  keyLabel,
  onChoose,
  children,
}: {
  name: string;
  value?: string;
  checked: boolean;
  keyLabel: string | number;
  onChoose: () => void;
  children: ReactNode;
}) {
  return (
    <label className="caller-choice">
      <input type="radio" name={name} value={value} checked={checked} onChange={onChoose} />
      <kbd>{keyLabel}</kbd> {children}
    </label>
  );
}
