// The reviewer's actions, each on a button that shows its key, and the three
// short forms they open: the justification for a warned posting, the reject
// reasons (chips on the number keys plus text), and the reason to unpublish.
import { useEffect, useRef } from 'react';
import {
  MIN_JUSTIFICATION,
  REJECT_REASONS,
  REJECT_REASON_LABELS,
  type RejectReason,
} from '../../../domain/window/review';
import { useI18n } from '../../i18n';

/** Letter shortcuts while browsing the queue (no modifier: the frame keeps Alt+digit). */
export const REVIEW_KEYS = {
  approve: 'A',
  reject: 'R',
  unpublish: 'U',
  expire: 'E',
  pending: 'Q',
  published: 'P',
} as const;
export type ReviewKeyAction = keyof typeof REVIEW_KEYS;

export function KeyButton({
  label,
  keys,
  onPress,
  disabled = false,
  primary = false,
}: {
  label: string;
  keys: string;
  onPress: () => void;
  disabled?: boolean;
  primary?: boolean;
}) {
  return (
    <button
      type="button"
      className={primary ? 'primary' : undefined}
      aria-keyshortcuts={keys}
      disabled={disabled}
      onClick={onPress}
    >
      {label} <kbd>{keys.replace('Control', 'Ctrl')}</kbd>
    </button>
  );
}

function FormButtons({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="review-form-buttons">
      <KeyButton label={t('review.action.confirm')} keys="Control+Enter" onPress={onConfirm} primary />
      <KeyButton label={t('review.action.cancel')} keys="Escape" onPress={onCancel} />
    </div>
  );
}

function useAutoFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

export function TextForm({
  label,
  text,
  onText,
  onConfirm,
  onCancel,
}: {
  label: string;
  text: string;
  onText: (text: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useAutoFocus<HTMLTextAreaElement>();
  return (
    <div className="review-form">
      <label>
        {label}
        <textarea
          ref={ref}
          value={text}
          rows={3}
          maxLength={500}
          onChange={(e) => {
            onText(e.target.value);
          }}
        />
      </label>
      <FormButtons onConfirm={onConfirm} onCancel={onCancel} />
    </div>
  );
}

export function JustifyForm(props: Omit<Parameters<typeof TextForm>[0], 'label'>) {
  const { t } = useI18n();
  return <TextForm {...props} label={t('review.justification', { min: MIN_JUSTIFICATION })} />;
}

export function RejectForm({
  reasons,
  text,
  onToggle,
  onText,
  onConfirm,
  onCancel,
}: {
  reasons: readonly RejectReason[];
  text: string;
  onToggle: (reason: RejectReason) => void;
  onText: (text: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const first = useAutoFocus<HTMLInputElement>();
  return (
    <div className="review-form">
      <fieldset className="review-chips">
        <legend>{t('review.reasons')}</legend>
        {REJECT_REASONS.map((r, i) => (
          <label key={r} className={reasons.includes(r) ? 'chip on' : 'chip'}>
            <input
              ref={i === 0 ? first : undefined}
              type="checkbox"
              checked={reasons.includes(r)}
              aria-keyshortcuts={String(i + 1)}
              onChange={() => {
                onToggle(r);
              }}
            />
            <kbd>{i + 1}</kbd> {lang === 'zh' ? REJECT_REASON_LABELS[r].zh : REJECT_REASON_LABELS[r].en}
          </label>
        ))}
      </fieldset>
      <label>
        {t('review.rejectText')}
        <textarea
          value={text}
          rows={2}
          maxLength={400}
          onChange={(e) => {
            onText(e.target.value);
          }}
        />
      </label>
      <FormButtons onConfirm={onConfirm} onCancel={onCancel} />
    </div>
  );
}
